using System.Text.RegularExpressions;
using Xunit;

namespace CarePortal.Cli.Tests;

public sealed class ReviewTests
{
    // dev-002 in the shared corpus (labelled clean), with the offer to meet the partners that the product suggests.
    internal const string Clean =
        "A single mom of three is asking for help with one month of rent. She lost hours this winter when the plant where " +
        "she works cut back to part-time, and she fell behind for the first time. She has since picked up a second job at a " +
        "restaurant, and her hours at the plant return to normal next month, so this is a short-term gap. She is a devoted " +
        "mother who keeps her children in school every day and involved at church. Payment would go directly to the " +
        "landlord, and the worker has a copy of the lease. The family would love to meet the partners who help.";

    internal const string WithJargon =
        "Grandma is doing a wonderful job with the boys and keeps them in school every day.\n" +
        "At the last [|TTV|] she asked for two twin beds with mattresses, sheets and blankets.\n";

    [Fact]
    public void A_clean_description_exits_0_and_is_ready()
    {
        var run = Cli.Run(Clean, "review", "--need", "rent");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("verdict: ready (no findings)", run.Stdout.TrimEnd());
        Assert.Empty(run.Stderr);
    }

    // dev-002 without its offer to connect, ending in a newline: only the connection-missing suggestion is left.
    internal const string OnlyConnectionMissing =
        "A single mom of three is asking for help with one month of rent. She lost hours this winter when the plant where " +
        "she works cut back to part-time, and she fell behind for the first time. She has since picked up a second job at a " +
        "restaurant, and her hours at the plant return to normal next month, so this is a short-term gap. She is a devoted " +
        "mother who keeps her children in school every day and involved at church. Payment would go directly to the " +
        "landlord, and the worker has a copy of the lease.\n";

    [Fact]
    public void Only_a_suggestion_exits_0_and_still_prints_it()
    {
        var run = Cli.Run(OnlyConnectionMissing, "review", "--need", "rent");

        Assert.Equal(0, run.ExitCode);
        var lines = run.StdoutLines;
        Assert.StartsWith("end of text suggestion connection-missing: ", lines[0], StringComparison.Ordinal);
        Assert.Equal("", lines[1]);
        Assert.Equal("verdict: ready (1 suggestion)", lines[2]);
        Assert.Equal(3, lines.Length);
        Assert.Empty(run.Stderr);
    }

    [Fact]
    public void Only_a_suggestion_exits_0_in_json_too()
    {
        var run = Cli.Run(OnlyConnectionMissing, "review", "--need", "rent", "--format", "json");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("\"verdict\": \"ready\"", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("\"rule\": \"connection-missing\"", run.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Needs_changes_exits_1_with_the_caret_under_the_span()
    {
        var (text, span) = Cli.Marked(WithJargon);

        var run = Cli.Run(text, "review", "-", "--need", "bed");

        Assert.Equal(1, run.ExitCode);
        var lines = run.StdoutLines;
        var header = Array.FindIndex(lines, l => Regex.IsMatch(l, @"^\d+:\d+ (blocker|warning|suggestion) jargon: \S"));
        Assert.True(header >= 0, run.Stdout);
        var column = span.Start - text.IndexOf('\n', StringComparison.Ordinal);
        Assert.StartsWith($"2:{column} ", lines[header], StringComparison.Ordinal);
        Assert.Equal("    At the last TTV she asked for two twin beds with mattresses, sheets and blankets.", lines[header + 1]);
        Assert.Equal("    " + new string(' ', column - 1) + "^~~", lines[header + 2]);
        Assert.StartsWith("verdict: needs changes (", lines[^1], StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_is_reviewed_like_standard_input()
    {
        var (text, _) = Cli.Marked(WithJargon);
        using var file = new TempFile(text);

        var fromFile = Cli.Run("", "review", file.Path, "--need", "bed");
        var fromStdin = Cli.Run(text, "review", "--need=bed");

        Assert.Equal(1, fromFile.ExitCode);
        Assert.Equal(fromStdin.Stdout, fromFile.Stdout);
    }

    [Fact]
    public void The_verdict_counts_findings_by_severity()
    {
        var (text, _) = Cli.Marked(WithJargon);

        var run = Cli.Run(text, "review", "--need", "bed");

        Assert.Matches(@"^verdict: [a-z ,]+ \(\d+ (blocker|warning|suggestion)s?(, \d+ (warning|suggestion)s?)*\)$", run.StdoutLines[^1]);
    }

    [Fact]
    public void A_gas_card_request_needs_supervisor_approval_and_exits_1()
    {
        const string text =
            "Dad found a new job and works hard every day. He is asking for a gas card to cover his drive to work " +
            "until his first paycheck. The family would love to meet the partners who help.";

        var run = Cli.Run(text, "review", "--need", "transportation");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains(run.StdoutLines, l => l.Contains(" gas-card: ", StringComparison.Ordinal));
        Assert.StartsWith("verdict: needs approval by supervisor (", run.StdoutLines[^1], StringComparison.Ordinal);
    }

    [Fact]
    public void Colour_is_off_unless_asked_for()
    {
        var (text, _) = Cli.Marked(WithJargon);

        var plain = Cli.Run(text, colour: false, "review", "--need", "bed");
        var coloured = Cli.Run(text, colour: true, "review", "--need", "bed");

        Assert.DoesNotContain('\e', plain.Stdout);
        Assert.Contains("\e[", coloured.Stdout, StringComparison.Ordinal);
        Assert.Equal(plain.Stdout, Regex.Replace(coloured.Stdout, @"\e\[[0-9;]*m", ""));
    }

    [Fact]
    public void An_unknown_need_exits_2_and_lists_the_known_needs()
    {
        var run = Cli.Run(Clean, "review", "--need", "pony");

        Assert.Equal(2, run.ExitCode);
        Assert.Empty(run.Stdout);
        Assert.StartsWith("careportal: unknown need 'pony'; known needs: ", run.Stderr, StringComparison.Ordinal);
        foreach (var need in new[] { "clothing", "baby-items", "bed", "rent", "utilities", "other" })
            Assert.Contains(need, run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void A_text_over_the_limit_exits_2()
    {
        var run = Cli.Run(new string('a', 100_001), "review", "--need", "other");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("the limit is 100000", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void An_agency_glossary_adds_jargon()
    {
        using var glossary = new TempFile("""
            {"terms": [{"term": "WRAP", "replacement": "in-home support", "plain": "support services in the home"}]}
            """);
        const string text = "Mom is doing great and the kids love school. The [|WRAP|] worker asked for a twin bed with sheets.";
        var (plain, span) = Cli.Marked(text);

        var run = Cli.Run(plain, "review", "--need", "bed", "--format", "json", "--glossary", glossary.Path);

        Assert.Contains($"\"start\": {span.Start}", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("\"replacement\": \"in-home support\"", run.Stdout, StringComparison.Ordinal);
    }
}
