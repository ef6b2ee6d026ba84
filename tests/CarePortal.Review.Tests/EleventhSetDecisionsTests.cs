using Xunit;

namespace CarePortal.Review.Tests;

/// <summary>
/// The causes of error that real-eleventh.jsonl (scored unseen) shared with the other real corpora, each written as a
/// sentence of its own: furniture asked for without its pieces, bedding without the bed's size, and "the right size"
/// (a wish, not a size given) are details a partner must ask for first.
/// </summary>
public sealed class EleventhSetDecisionsTests
{
    [Theory]
    [InlineData("furniture", "Mom works hard and has just signed her first lease. She needs furniture for the new place.")]
    [InlineData("other", "Mom works hard and has just signed her first lease. She could use help with appliances and furniture.")]
    [InlineData("rent", "Mom works hard. Critical items: rent help, furniture, towels.")]
    public void Furniture_asked_for_without_its_pieces_misses_details(string need, string text) =>
        RuleAssert.FiresOnDocument("details-missing", need, text);

    [Theory]
    [InlineData("furniture", "Mom works hard and has just signed her first lease. She needs furniture: a couch, a table and four chairs.")]
    [InlineData("other", "Mom works hard. She found the apartment through the Furniture Bank, which also gave her towels.")]
    public void Furniture_with_its_pieces_or_a_furniture_banks_name_misses_nothing(string need, string text) =>
        RuleAssert.DoesNotFire("details-missing", need, text);

    [Theory]
    [InlineData("other", "Dad works hard. This winter the family needs bedding and blankets.")]
    [InlineData("household", "Dad works hard. He needs pots, towels and a comforter for the boys.")]
    public void Bedding_asked_for_without_the_beds_size_misses_details(string need, string text) =>
        RuleAssert.FiresOnDocument("details-missing", need, text);

    [Fact]
    public void Bedding_with_the_beds_size_misses_nothing() =>
        RuleAssert.DoesNotFire("details-missing", "household", "Dad works hard. He needs pots, towels and a twin comforter for the boys.");

    [Fact]
    public void The_right_size_wished_for_is_not_a_size_given() =>
        RuleAssert.FiresOnDocument("details-missing", "other",
            "Mom works hard, but she can never buy the right size of jeans for him. She would be grateful for help with clothes.");

    [Theory]
    [InlineData("other", "Mom works hard. She needs help with groceries, the water bill and her medicine, as well as school clothing.")]
    [InlineData("other", "Mom works hard. For the boys it would be wonderful to have warm winter coats.")]
    [InlineData("other", "Mom works hard. Coats for both boys and a set of towels are what the family needs most.")]
    [InlineData("other", "Mom works hard. Jeans for the twins and a toaster complete the family's gift list.")]
    [InlineData("bed", "Mom works hard. She needs a twin bed for her son, and she is also asking for clothing for him.")]
    [InlineData("furniture", "Mom works hard. The new apartment is empty: she lacks basics like a table, chairs and beds for the kids.")]
    public void Clothes_asked_for_in_a_long_list_in_other_words_or_after_the_item_miss_their_sizes(string need, string text) =>
        RuleAssert.FiresOnDocument("details-missing", need, text);

    [Theory]
    [InlineData("other", "Mom works hard. Last year she received help with basic needs, like food and clothing, and now she needs a bus pass.")]
    [InlineData("furniture", "Mom works hard. She could use two dressers and some bins (especially for the kids' shoes and coats).")]
    [InlineData("baby-items", "Mom works hard. She needs a crib, size 1 diapers and newborn clothes for the baby.")]
    [InlineData("other", "Mom works hard. Father, age 40: towels, wash cloths, gift cards, socks in men's large.")]
    public void Clothes_not_asked_for_or_sized_by_the_needs_own_check_miss_nothing(string need, string text) =>
        RuleAssert.DoesNotFire("details-missing", need, text);

    [Theory]
    [InlineData("The bus is late most mornings, so Dad is often late getting to his job at the plant. The family needs a car.")]
    [InlineData("Her employer cut her hours in March. The family needs a car.")]
    [InlineData("Dad is an employee of the county, and the family needs a car.")]
    [InlineData("Mom is still working nights, and the family needs a car.")]
    [InlineData("As the only working parent, Mom relies on rides to work. The family needs a car.")]
    [InlineData("Dad had a hard time finding work after the move. The family needs a car.")]
    [InlineData("Her pay is barely enough to support the family. The family needs a car.")]
    public void Work_said_in_other_words_is_a_strength(string text) =>
        RuleAssert.DoesNotFire("strengths-missing", "transportation", text);

    [Theory]
    [InlineData("She is a retired state employee with a small pension. The family needs a car.")]
    [InlineData("Dad lost his job at the plant in March. The family needs a car.")]
    public void A_job_lost_or_left_behind_is_no_strength(string text) =>
        RuleAssert.FiresOnDocument("strengths-missing", "transportation", text);

    [Theory]
    [InlineData("Mom works hard. Her sister started a [|GoFundMe page|] to help with the deposit.")]
    [InlineData("Mom works hard. Friends at her work hope to [|raise money|] for the family's deposit.")]
    [InlineData("Mom works hard. She [|asked for $300|] toward the deposit.")]
    [InlineData("Mom works hard. Her application [|asked for monies|] to cover the deposit.")]
    [InlineData("Mom works hard. She came in with one simple [|request: gas money|].")]
    [InlineData("Mom works hard. She has saved, but the [|funds she needs|] for a deposit are out of reach.")]
    public void Money_for_the_family_asked_in_other_words_is_a_cash_request(string marked) =>
        RuleAssert.Fires("cash-request", "rent", marked);

    [Theory]
    [InlineData("Mom works hard. The fund hopes to reach $10,000 this year, and her landlord will be paid directly.")]
    [InlineData("Mom works hard. She does not want a GoFundMe page; the deposit can be paid to the landlord.")]
    public void A_funds_own_goal_or_a_fundraiser_refused_is_no_cash_request(string text) =>
        RuleAssert.DoesNotFire("cash-request", "rent", text);

    [Theory]
    [InlineData("Mom works hard. One of our home visitors, Dana, has seen her twice. When Dana came by, Mom asked for a couch.")]
    [InlineData("Mom works hard. The fire started on Jan. 26, and she needs a couch.")]
    public void A_home_visitor_named_again_and_an_abbreviated_month_are_not_family_names(string text) =>
        RuleAssert.DoesNotFire("confidential-name", "furniture", text);

    [Fact]
    public void A_name_after_a_role_and_a_comma_that_starts_a_clause_is_still_a_name() =>
        RuleAssert.Fires("confidential-name", "furniture", "Christmas is hard for [|Becky|], a single mother. With help from a good social worker, [|Becky|] was able to secure housing. She works hard and needs a couch.");

    [Theory]
    [InlineData("Mom works hard in the HR department and needs a couch.")]
    [InlineData("Mom works hard. She is in the housing program of Greater Good NW and needs a couch.")]
    [InlineData("Mom works hard. Like other OACAC clients, she needs a couch.")]
    public void Abbreviations_the_public_knows_and_an_agencys_clients_are_not_jargon(string text) =>
        RuleAssert.DoesNotFire("jargon", "furniture", text);
}
