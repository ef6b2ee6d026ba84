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
        RuleAssert.Fires(Rule, need, marked);

    [Fact]
    public void The_fix_says_services_only_where_the_word_reads_well()
    {
        Assert.Equal("services", RuleAssert.Fires(Rule, "food", "Mom completed her [|parenting classes|]. She works hard.").Single().Replacement);
        var onProbation = RuleAssert.Fires(Rule, "food", "Dad is on [|probation|]. He works hard.").Single();
        Assert.Null(onProbation.Replacement);
        Assert.Contains("in general terms", onProbation.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("food", "Mom works hard. Counseling is helping one of the boys with his grief.")]
    [InlineData("food", "Mom works in the kitchen of a rehab facility. She works hard.")]
    [InlineData("food", "Mom takes her son to medical appointments and therapy sessions. She works hard.")]
    public void A_childs_treatment_and_a_workplace_are_not_a_parents_service(string need, string text) =>
        RuleAssert.DoesNotFire(Rule, need, text);

    [Theory]
    [InlineData("food", "Mom is working hard on completing services. She works hard.")]
    [InlineData("food", "Mom is a counselor at the summer camp. She works hard.")]
    [InlineData("food", "Mom has completed all of her services and is proud of her progress.")]
    public void Services_in_general_terms_are_fine(string need, string text) =>
        RuleAssert.DoesNotFire(Rule, need, text);
}
