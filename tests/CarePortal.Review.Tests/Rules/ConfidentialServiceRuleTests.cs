using Xunit;

namespace CarePortal.Review.Tests.Rules;

public sealed class ConfidentialServiceRuleTests
{
    private const string Rule = "confidential-service";

    [Theory]
    [InlineData("food", "Mom completed her [|parenting classes|] and attends [|AA meetings|]. She works hard.")]
    [InlineData("food", "Mom is in [|outpatient rehab|] and does weekly [|drug screens|]. She works hard.")]
    [InlineData("food", "Dad is on [|probation|] and in [|anger management|]. He works hard.")]
    [InlineData("food", "Mom goes to [|therapy|] and [|counseling|] every week. She works hard.")]
    [InlineData("food", "Mom attends [|domestic violence classes|]. She works hard.")]
    public void Specific_services_and_treatments_are_found(string need, string marked) =>
        RuleAssert.Fires(Rule, need, marked, replacement: "services");

    [Theory]
    [InlineData("food", "Mom is working hard on completing services. She works hard.")]
    [InlineData("food", "Mom is a counselor at the summer camp. She works hard.")]
    [InlineData("food", "Mom has completed all of her services and is proud of her progress.")]
    public void Services_in_general_terms_are_fine(string need, string text) =>
        RuleAssert.DoesNotFire(Rule, need, text);
}
