using Xunit;

namespace CarePortal.Review.Tests.Rules;

public sealed class ConnectionMissingRuleTests
{
    private const string Rule = "connection-missing";

    [Fact]
    public void A_description_without_an_offer_to_connect_gets_a_suggestion_only()
    {
        const string Text = "The family needs groceries. Mom works hard.";

        var finding = Assert.Single(RuleAssert.FiresOnDocument(Rule, "food", Text));

        Assert.Equal(Severity.Suggestion, finding.Severity);
        Assert.Equal(Verdict.Ready, Reviewer.Default.Review(Text, "food").Verdict);
    }

    [Theory]
    [InlineData("food", "The family needs groceries. Mom works hard and would love to meet the partners who help.")]
    [InlineData("food", "The family needs groceries. Mom works hard and is open to a visit.")]
    [InlineData("food", "The family needs groceries. Mom works hard and hopes to connect with a church family.")]
    public void An_offer_to_meet_or_connect_satisfies_the_rule(string need, string text) =>
        RuleAssert.DoesNotFire(Rule, need, text);
}
