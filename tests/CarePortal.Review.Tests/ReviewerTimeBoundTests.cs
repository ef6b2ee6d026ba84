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

    [Fact]
    public void A_check_whose_patterns_each_run_out_of_time_once_as_they_are_first_compiled_still_finishes()
    {
        var context = new ReviewContext("Call Mom at 615-555-0134.", NeedTemplates.Load([])["food"], Lexicon.Shared, Glossary.Load([]));
        var findings = new List<Finding>();
        var rule = new ColdPatternsRule(Reviewer.MostAttempts - 1);

        var finished = Reviewer.CheckWithinTime(rule, context, findings);

        Assert.True(finished);
        Assert.Equal("615-555-0134", Assert.Single(findings).Text); // only the last run's finding: earlier ones are taken back
        Assert.Equal(Reviewer.MostAttempts, rule.Runs);
    }

    [Fact]
    public void A_check_with_more_cold_patterns_than_runs_fails_closed()
    {
        var context = new ReviewContext("Call Mom at 615-555-0134.", NeedTemplates.Load([])["food"], Lexicon.Shared, Glossary.Load([]));
        var findings = new List<Finding>();

        var finished = Reviewer.CheckWithinTime(new ColdPatternsRule(Reviewer.MostAttempts), context, findings);

        Assert.False(finished);
        Assert.Contains("could not finish in time", Assert.Single(findings).Message, StringComparison.Ordinal);
    }

    /// <summary>
    /// The contact rule, with patterns that each run out of time on their first match, as a pattern whose code is compiled
    /// in that match can on a loaded machine (made certain: the framework's own exception, as its matcher throws it).
    /// </summary>
    private sealed class ColdPatternsRule(int coldPatterns) : IRule
    {
        private readonly ConfidentialContactRule contact = new();
        private int warm;

        public int Runs { get; private set; }

        public RuleInfo Info => contact.Info;

        public void Check(ReviewContext context, List<Finding> findings)
        {
            Runs++;
            contact.Check(context, findings);
            if (warm < coldPatterns)
            {
                warm++;
                throw new RegexMatchTimeoutException(context.Text, $"cold pattern {warm}", TimeSpan.FromMilliseconds(250));
            }
        }
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
