using Xunit;

namespace CarePortal.Review.Tests.Rules;

public sealed class StrengthsMissingRuleTests
{
    private const string Rule = "strengths-missing";

    [Theory]
    [InlineData("food", "The family needs groceries.")]
    [InlineData("food", "The family needs groceries. They have been through a hard year.")]
    [InlineData("food", "The family needs groceries. Mom is not working.")]
    [InlineData("food", "The family needs groceries. This would be a great help.")]
    public void A_description_with_nothing_positive_about_the_family_is_flagged(string need, string text) =>
        Assert.Single(RuleAssert.FiresOnDocument(Rule, need, text));

    [Theory]
    [InlineData("food", "The family needs groceries. Mom has a steady job.")]
    [InlineData("food", "The family needs groceries. Mom has made great progress.")]
    [InlineData("food", "The family needs groceries. Mom is a loving, devoted parent.")]
    [InlineData("food", "The family needs groceries. The kids are honor roll students.")]
    [InlineData("food", "The family needs groceries. Mom works hard.")]
    [InlineData("food", "The family needs groceries. Mom is doing her best and the kids are thriving.")]
    public void A_strength_effort_or_progress_satisfies_the_rule(string need, string text) =>
        RuleAssert.DoesNotFire(Rule, need, text);
}
