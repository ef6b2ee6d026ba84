using Xunit;

namespace CarePortal.Cli.Tests;

public sealed class FixTests
{
    private const string Text =
        "Mom is working hard and her daughter Maria is thriving in school.\n" +
        "After the kinship placement she asked for two twin beds with mattresses and sheets.";

    [Fact]
    public void Fix_prints_the_fixed_text_and_lists_the_changes_on_stderr()
    {
        var run = Cli.Run(Text, "fix", "--need", "bed");

        Assert.Equal(0, run.ExitCode);
        Assert.DoesNotContain("kinship", run.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("[", run.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("Maria", run.Stdout, StringComparison.Ordinal);
        Assert.EndsWith("mattresses and sheets.", run.Stdout, StringComparison.Ordinal);
        Assert.StartsWith("careportal: applied ", run.Stderr, StringComparison.Ordinal);
        Assert.Contains("  2:11 jargon: \"kinship placement\" -> \"home with a relative\"", run.Stderr, StringComparison.Ordinal);
        Assert.Contains("  1:38 confidential-name: \"Maria\" -> \"\"", run.Stderr, StringComparison.Ordinal);
        Assert.StartsWith("Mom is working hard and her daughter is thriving in school.", run.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Fix_of_a_clean_text_prints_it_unchanged()
    {
        var run = Cli.Run(ReviewTests.Clean, "fix", "--need", "rent");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(ReviewTests.Clean, run.Stdout);
        Assert.Equal("careportal: nothing to fix safely", run.Stderr.TrimEnd());
    }

    [Fact]
    public void Fix_with_an_unknown_need_exits_2()
    {
        var run = Cli.Run(Text, "fix", "--need", "pony");

        Assert.Equal(2, run.ExitCode);
        Assert.Empty(run.Stdout);
        Assert.Contains("known needs: ", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Fix_says_what_it_took_out_to_go_in_the_private_details()
    {
        var run = Cli.Run("Mom is working hard and asked for a twin bed. Call her at 615-555-0143.", "fix", "--need", "bed");

        Assert.Equal("Mom is working hard and asked for a twin bed.", run.Stdout);
        Assert.Contains("careportal: taken out of the description; put it in the request's private details:\n  \"Call her at 615-555-0143.\"",
            run.Stderr.ReplaceLineEndings("\n"), StringComparison.Ordinal);
    }
}
