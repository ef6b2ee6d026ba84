using Xunit;

namespace CarePortal.Cli.Tests;

public sealed class CommandLineTests
{
    [Theory]
    [InlineData("--help")]
    [InlineData("-h")]
    [InlineData("-?")]
    public void Help_lists_every_command_and_the_exit_codes(params string[] args)
    {
        var run = Cli.Run("", args);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("careportal [command] [options]", run.Stdout, StringComparison.Ordinal);
        foreach (var command in new[] { "review <FILE>", "fix <FILE>", "rules" })
            Assert.Contains(run.StdoutLines, l => l.TrimStart().StartsWith(command + " ", StringComparison.Ordinal));
        Assert.Contains("2 usage or input error", run.Stdout, StringComparison.Ordinal);
        Assert.Empty(run.Stderr);
    }

    [Theory]
    [InlineData("review", "--need <NEED>", "--format <text|json>", "--jsonl", "--glossary <FILE>")]
    [InlineData("fix", "--need <NEED>", "--glossary <FILE>")]
    public void Help_of_a_command_lists_its_options(string command, params string[] options)
    {
        var run = Cli.Run("", command, "--help");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains($"careportal {command} [<FILE>] [options]", run.Stdout, StringComparison.Ordinal);
        foreach (var option in options)
            Assert.Contains(run.StdoutLines, l => l.TrimStart().StartsWith(option + " ", StringComparison.Ordinal));
    }

    [Fact]
    public void Version_prints_the_tool_version()
    {
        var run = Cli.Run("", "--version");

        Assert.Equal(0, run.ExitCode);
        Assert.Matches(@"^careportal \d+\.\d+\.\d+\S*\n?$", run.Stdout.ReplaceLineEndings("\n"));
    }

    [Theory]
    [InlineData("missing command (commands: review, fix, rules)", new string[0])]
    [InlineData("Unrecognized command or argument 'lint'", new[] { "lint" })]
    [InlineData("unknown option '--colour' for review", new[] { "review", "--need", "bed", "--colour" })]
    [InlineData("unknown option '--format' for fix", new[] { "fix", "--need", "bed", "--format", "json" })]
    [InlineData("unknown format 'xml' (formats: text, json)", new[] { "review", "--need", "bed", "--format", "xml" })]
    [InlineData("Required argument missing for option: '--need'", new[] { "review", "--need" })]
    [InlineData("review needs --need NEED", new[] { "review" })]
    [InlineData("fix needs --need NEED", new[] { "fix", "-" })]
    [InlineData("Unrecognized command or argument 'b.txt'", new[] { "review", "a.txt", "b.txt", "--need", "bed" })]
    [InlineData("--jsonl reads every request from standard input", new[] { "review", "--jsonl", "--need", "bed" })]
    public void Usage_errors_exit_2_with_one_line_on_stderr(string message, string[] args)
    {
        var run = Cli.Run("", args);

        Assert.Equal(2, run.ExitCode);
        Assert.Empty(run.Stdout);
        Assert.Contains(message, run.Stderr, StringComparison.Ordinal);
        Assert.StartsWith("careportal: ", run.Stderr, StringComparison.Ordinal);
        Assert.Single(run.Stderr.TrimEnd().Split('\n'));
    }

    [Fact]
    public void After_a_double_dash_a_file_may_start_with_a_dash()
    {
        var run = Cli.Run("", "review", "--need", "bed", "--", "--notes.txt");

        Assert.Equal(2, run.ExitCode);
        Assert.Equal("careportal: file not found: --notes.txt", run.Stderr.TrimEnd());
    }

    [Theory]
    [InlineData("review")]
    [InlineData("fix")]
    public void Missing_file_exits_2_and_names_the_file(string command)
    {
        var path = Path.Combine(Path.GetTempPath(), $"careportal-missing-{Guid.NewGuid():N}.txt");

        var run = Cli.Run("", command, path, "--need", "bed");

        Assert.Equal(2, run.ExitCode);
        Assert.Equal($"careportal: file not found: {path}", run.Stderr.TrimEnd());
        Assert.Empty(run.Stdout);
    }

    [Fact]
    public void A_file_that_is_not_UTF8_text_exits_2()
    {
        using var file = new TempFile([0x66, 0x6f, 0xff, 0xfe, 0x00, 0x81]);

        var run = Cli.Run("", "review", file.Path, "--need", "bed");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("not UTF-8 text", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_glossary_file_exits_2()
    {
        var run = Cli.Run("The family needs a twin bed.", "review", "--need", "bed", "--glossary", "no-such-glossary.json");

        Assert.Equal(2, run.ExitCode);
        Assert.Equal("careportal: glossary file not found: no-such-glossary.json", run.Stderr.TrimEnd());
    }

    [Theory]
    [InlineData(true, null, true)]
    [InlineData(true, "", true)]
    [InlineData(true, "1", false)]
    [InlineData(false, null, false)]
    public void Colour_only_on_a_terminal_without_NO_COLOR(bool isTerminal, string? noColour, bool expected) =>
        Assert.Equal(expected, CliApp.ColourWanted(isTerminal, noColour));
}
