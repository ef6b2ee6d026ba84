using Xunit;

namespace CarePortal.Review.Tests.Rules;

public sealed class ConfidentialNameRuleTests
{
    private const string Rule = "confidential-name";

    [Theory]
    [InlineData("clothing", "Grandma is caring for [|Aaliyah|] and her brother [|Jamal|], who need coats in girls size 7 and boys size 10. Grandma works hard.")]
    [InlineData("food", "Dad and his son [|Oluwaseun|] are settling into a new home. Dad works hard.")]
    [InlineData("food", "[|Priya Patel|] and her children need groceries. Mom is a hard worker.")]
    [InlineData("clothing", "Mom is raising [|Nguyen Thi Lan|]'s two girls, sizes 5 and 6. Mom works hard.")]
    [InlineData("food", "Mom and little [|Siobhan|] need groceries. Mom is a hard worker.")]
    [InlineData("food", "Mom, [|Xiomara Gutierrez-Lopez|], works hard.")]
    [InlineData("food", "Mom's name is [|Fatima|]. She works hard.")]
    [InlineData("food", "The [|Kowalski|] family needs groceries. Mom is a hard worker.")]
    public void Family_names_from_many_cultures_are_found(string need, string marked) =>
        RuleAssert.Fires(Rule, need, marked);

    [Theory]
    [InlineData("food", "The family attends Grace Community Church and shops at Kroger. Mom is a hard worker.")]
    [InlineData("food", "Mom works at Walmart and Dollar General. She is a hard worker.")]
    [InlineData("food", "Mom was referred by Catholic Charities and the Salvation Army. She is a hard worker.")]
    [InlineData("food", "Mom will call the food bank in Franklin County. She is a hard worker.")]
    [InlineData("food", "DCS is requesting groceries for a mom of three. She is a hard worker.")]
    public void Agency_church_business_and_place_names_are_not_family_names(string need, string text) =>
        RuleAssert.DoesNotFire(Rule, need, text);

    [Theory]
    [InlineData("She has had to \u201crob Peter to pay Paul,\u201d and the water bill got short shrift. She works hard and needs help with it.")]
    [InlineData("This Augusta boy wants his mother to have a good Christmas. She works hard and needs a couch.")]
    [InlineData("In Spring of 2019 the bottom fell out. She works hard and needs a couch.")]
    [InlineData("They called Family Promise and got gift cards to Good Will. She works hard and needs a couch.")]
    [InlineData("He likes Dragon Ball Z and Hot Wheels. Mom works hard and needs a couch.")]
    public void Sayings_seasons_towns_and_organisations_are_not_names(string text) =>
        RuleAssert.DoesNotFire("confidential-name", "furniture", text);

    [Fact]
    public void A_season_that_is_a_given_name_acting_as_a_person_is_a_name() =>
        RuleAssert.Fires("confidential-name", "furniture", "[|Summer|] needs a couch and works hard at her new job.");
}
