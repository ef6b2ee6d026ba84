using CarePortal.Review;
using Xunit;

namespace CarePortal.Cli.Tests;

/// <summary>Edge cases of placing the caret, with findings made by hand (the real reviewer rarely produces them).</summary>
public sealed class TextFormatterTests
{
    private static string[] Format(string text, params Finding[] findings)
    {
        using var output = new StringWriter();
        new TextFormatter(colour: false).Write(output, text, new ReviewResult(findings, Verdict.NeedsChanges, Approver.None));
        return output.ToString().TrimEnd('\n').Split('\n');
    }

    private static Finding At(string marked, string rule = "jargon", string? replacement = null)
    {
        var (text, span) = Cli.Marked(marked);
        return new Finding(rule, Severity.Warning, span, text.Substring(span.Start, span.Length), "explain", replacement);
    }

    [Fact]
    public void Windows_line_endings_do_not_shift_the_column()
    {
        const string marked = "first line\r\nsecond [|line|]\r\nthird";

        var lines = Format(Cli.Marked(marked).Text, At(marked, replacement: "row"));

        Assert.Equal(["2:8 warning jargon: explain", "    second line", "           ^~~~", "    fix: row", "", "verdict: needs changes (1 warning)"], lines);
    }

    [Fact]
    public void Tabs_before_the_span_are_kept_so_the_caret_lines_up()
    {
        const string marked = "\tItem:\t[|TTV|]";

        var lines = Format(Cli.Marked(marked).Text, At(marked));

        Assert.Equal("    \t     \t^~~", lines[2]);
    }

    [Fact]
    public void A_span_across_lines_is_underlined_to_the_end_of_its_first_line()
    {
        const string marked = "call [|555\n0134|] soon";

        var lines = Format(Cli.Marked(marked).Text, At(marked, "confidential-contact"));

        Assert.Equal(["1:6 warning confidential-contact: explain", "    call 555", "         ^~~"], lines[..3]);
    }

    private static Finding Document(string text, string rule = "details-missing") =>
        new(rule, Severity.Warning, new TextSpan(text.Length, 0), "", "say what size");

    [Theory]
    [InlineData("Needs a bed.")]
    [InlineData("Needs a bed.\n")]
    [InlineData("Needs a bed.\r\n")]
    [InlineData("First line.\nNeeds a bed.\n\n")]
    [InlineData("")]
    public void A_document_finding_is_at_the_end_of_text_with_no_line_col_and_no_caret(string text)
    {
        var lines = Format(text, Document(text));

        Assert.Equal(["end of text warning details-missing: say what size", "", "verdict: needs changes (1 warning)"], lines);
    }

    [Fact]
    public void Document_and_span_findings_together_keep_their_own_positions()
    {
        const string marked = "At the last [|TTV|] she asked for a bed.\n";
        var text = Cli.Marked(marked).Text;

        var lines = Format(text, At(marked), Document(text, "connection-missing"));

        Assert.Equal(
        [
            "1:13 warning jargon: explain", "    At the last TTV she asked for a bed.", "                ^~~", "",
            "end of text warning connection-missing: say what size", "",
            "verdict: needs changes (2 warnings)",
        ], lines);
    }

    [Fact]
    public void An_empty_span_inside_the_text_still_has_its_line_and_column()
    {
        const string marked = "Needs a bed[||].\n";
        var text = Cli.Marked(marked).Text;

        var lines = Format(text, At(marked, "grammar"));

        Assert.Equal(["1:12 warning grammar: explain", "    Needs a bed.", "               ^"], lines[..3]);
    }
}
