using Xunit;

namespace CarePortal.Review.Tests.Rules;

public sealed class DeficitLanguageRuleTests
{
    private const string Rule = "deficit-language";

    [Theory]
    [InlineData("food", "Mom is [|lazy|] and the home is [|dirty|]. She loves her kids.")]
    [InlineData("food", "Dad is a former [|addict|] who was [|non-compliant|]. He loves his kids.")]
    [InlineData("food", "The parents were [|neglectful|] and [|unfit|]. They love their kids.")]
    [InlineData("food", "Mom is [|unmotivated|] and [|irresponsible|]. She loves her kids.")]
    [InlineData("food", "Mom is an [|alcoholic|]. She loves her kids.")]
    [InlineData("food", "The home was [|filthy|]. Mom loves her kids.")]
    [InlineData("food", "Dad is [|uncooperative|]. He loves his kids.")]
    public void Negative_labels_about_the_family_are_found(string need, string marked)
    {
        var findings = RuleAssert.Fires(Rule, need, marked);

        Assert.All(findings, f => Assert.Contains("Instead of", f.Message, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("food", "Mom washed the dirty laundry. She loves her kids.")]
    [InlineData("food", "Mom is working hard and the kids are doing well in school.")]
    [InlineData("food", "The kids need clean clothes because the washer broke. Mom loves her kids.")]
    public void Words_about_things_and_plain_facts_are_not_labels(string need, string text) =>
        RuleAssert.DoesNotFire(Rule, need, text);
}
