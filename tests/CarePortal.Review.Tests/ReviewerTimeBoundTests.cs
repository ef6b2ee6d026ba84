using System.Text.RegularExpressions;
using CarePortal.Review.Rules;
using CarePortal.Review.Text;
using Xunit;

namespace CarePortal.Review.Tests;

/// <summary>A check whose patterns run out of time (a busy machine, a strange text) fails closed: it never passes the text silently.</summary>
public sealed class ReviewerTimeBoundTests
{
    [Fact]
    public void A_check_that_runs_out_of_time_twice_says_so_as_a_finding_of_its_rule()
    {
        var context = new ReviewContext("Call Mom at 615-555-0134.", NeedTemplates.Load([])["food"], Lexicon.Shared, Glossary.Load([]));
        var findings = new List<Finding>();

        var finished = Reviewer.CheckWithinTime(new EndlessPatternRule(), context, findings);

        Assert.False(finished);
        var finding = Assert.Single(findings); // the finding made before the time ran out is taken back
        Assert.Equal("confidential-contact", finding.Rule);
        Assert.Equal(Severity.Blocker, finding.Severity);
        Assert.Equal(new TextSpan(context.Text.Length, 0), finding.Span);
        Assert.Contains("could not finish in time", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_check_that_finishes_keeps_its_own_findings()
    {
        var context = new ReviewContext("Call Mom at 615-555-0134.", NeedTemplates.Load([])["food"], Lexicon.Shared, Glossary.Load([]));
        var findings = new List<Finding>();

        var finished = Reviewer.CheckWithinTime(new ConfidentialContactRule(), context, findings);

        Assert.True(finished);
        Assert.Equal("615-555-0134", Assert.Single(findings).Text);
    }

    /// <summary>
    /// A real expression that backtracks without end (unbounded on purpose, and allowed 1 ms), run by a rule after it has
    /// found something: the way a rule's own pattern runs out of time, made certain.
    /// </summary>
    private sealed class EndlessPatternRule : IRule
    {
        private static readonly Regex Endless = new("^(a+)+$", RegexOptions.None, TimeSpan.FromMilliseconds(1));

        public RuleInfo Info => RuleCatalog.ConfidentialContact;

        public void Check(ReviewContext context, List<Finding> findings)
        {
            findings.Add(Info.At(context, new TextSpan(0, 4)));
            Endless.IsMatch(new string('a', 40) + "!");
        }
    }
}
