using CarePortal.Review;
using Xunit;

namespace CarePortal.Cli.Tests;

public sealed class RulesTests
{
    [Fact]
    public void Rules_lists_every_rule_with_practice_severity_and_title()
    {
        var run = Cli.Run("", "rules");

        Assert.Equal(0, run.ExitCode);
        Assert.StartsWith("id ", run.StdoutLines[0], StringComparison.Ordinal);
        Assert.Equal(Reviewer.Rules.Count, run.StdoutLines.Length - 1);
        foreach (var (rule, line) in Reviewer.Rules.Zip(run.StdoutLines.Skip(1)))
        {
            Assert.StartsWith(rule.Id + " ", line, StringComparison.Ordinal);
            Assert.Contains($" {(int)rule.Practice} ", line, StringComparison.Ordinal);
            Assert.Contains(rule.Severity.ToString().ToLowerInvariant(), line, StringComparison.Ordinal);
            Assert.EndsWith(rule.Title, line, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Rules_include_every_rule_of_the_corpus_format()
    {
        var run = Cli.Run("", "rules");

        foreach (var id in new[] { "confidential-name", "jargon", "cash-request", "gas-card", "strengths-missing", "details-missing" })
            Assert.Contains(run.StdoutLines, l => l.StartsWith(id + " ", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(Practice.Confidentiality, "3 confidentiality")]
    [InlineData(Practice.PlainLanguage, "4 plain language")]
    [InlineData(Practice.NoCash, "5 no cash")]
    public void A_practice_reads_as_its_number_and_name(Practice practice, string expected) =>
        Assert.Equal(expected, RulesFormatter.PracticeName(practice));
}
