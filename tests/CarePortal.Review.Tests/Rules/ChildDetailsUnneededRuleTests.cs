using Xunit;

namespace CarePortal.Review.Tests.Rules;

public sealed class ChildDetailsUnneededRuleTests
{
    private const string Rule = "child-details-unneeded";

    [Theory]
    [InlineData("rent", "Mom of a [|4-year-old|] and a [|9 year old|] needs help with rent. She works hard.")]
    [InlineData("food", "Her sons, [|ages 3 and 6|], need groceries. Mom works hard.")]
    [InlineData("furniture", "The [|14-year-old daughter|] needs a dresser. Mom works hard.")]
    [InlineData("utilities", "Grandma has [|three kids aged 2, 5 and 11|]. She works hard.")]
    [InlineData("food", "The baby is [|8 months old|] and the toddler [|wears a 3T|]. Mom works hard.")]
    public void Childrens_ages_and_sizes_in_a_request_that_does_not_need_them_are_found(string need, string marked) =>
        RuleAssert.Fires(Rule, need, marked);

    [Theory]
    [InlineData("clothing", "Her 6-year-old son needs a size 7 coat and boys size 12 shoes. Mom works hard.")]
    [InlineData("bed", "The 14-year-old daughter needs a twin bed. Mom works hard.")]
    [InlineData("school-supplies", "Her sons, ages 8 and 11, are in 3rd and 6th grade. Mom works hard.")]
    [InlineData("baby-items", "The baby is 8 months old and wears size 3 diapers. Mom works hard.")]
    public void Ages_and_sizes_belong_in_age_appropriate_requests(string need, string text) =>
        RuleAssert.DoesNotFire(Rule, need, text);

    [Theory]
    [InlineData("food", "Mom is a 34-year-old mother who works hard.")]
    [InlineData("food", "The family has lived here for 10 years. Mom works hard.")]
    [InlineData("furniture", "The family needs a kitchen table that seats 6. Mom works hard.")]
    public void Adults_ages_and_other_numbers_are_not_child_details(string need, string text) =>
        RuleAssert.DoesNotFire(Rule, need, text);

    [Fact]
    public void A_story_that_asks_for_nothing_keeps_its_ages() =>
        RuleAssert.DoesNotFire(Rule, "other", "A single father lives with his 12-year-old daughter. They care for each other.");

    [Fact]
    public void Ages_in_an_unnamed_need_that_asks_for_a_bill_are_found() =>
        RuleAssert.Fires(Rule, "other", "She works hard, but her [|two teens|] eat a lot and the electric bill is due.");
}
