using Xunit;

namespace CarePortal.Review.Tests.Rules;

public sealed class PrivateDetailRuleTests
{
    private const string Rule = "private-detail";

    [Theory]
    [InlineData("rent", "Mom owes [|$1,250|] in back rent. She works hard.")]
    [InlineData("utilities", "The balance due is [|$312.40|] on the electric bill. She works hard.")]
    [InlineData("rent", "Rent is [|$850|] a month. She works hard.")]
    public void Exact_amounts_owed_are_found(string need, string marked) =>
        RuleAssert.Fires(Rule, need, marked);

    [Theory]
    [InlineData("food", "[|To get there, turn left at the Dollar General and it is the blue house.|] She works hard.")]
    [InlineData("food", "They live down a [|gravel road past mile marker 12.|] She works hard.")]
    public void Directions_to_the_home_are_found(string need, string marked) =>
        RuleAssert.Fires(Rule, need, marked);

    [Theory]
    [InlineData("utilities", "The bill can be [|paid by phone.|] She works hard.")]
    [InlineData("rent", "[|Make checks payable to Oak Properties.|] She works hard.")]
    [InlineData("rent", "The landlord accepts [|Zelle.|] She works hard.")]
    [InlineData("rent", "The landlord [|takes money orders only.|] She works hard.")]
    [InlineData("utilities", "Account #[|4471-2209-18|] with the water company. She works hard.")]
    public void Payment_methods_and_account_numbers_are_found(string need, string marked) =>
        RuleAssert.Fires(Rule, need, marked);

    [Theory]
    [InlineData("baby-items", "A crib runs about $150. Mom works hard and has a 3-month-old.")]
    [InlineData("baby-items", "A new car seat costs around $120. Mom works hard and the baby is 2 months old.")]
    [InlineData("rent", "Payment would go directly to the landlord. Mom is working hard.")]
    [InlineData("furniture", "Mom works hard and saved $200 toward a couch. She is proud.")]
    public void Estimated_prices_savings_and_paying_the_landlord_directly_are_not_private(string need, string text) =>
        RuleAssert.DoesNotFire(Rule, need, text);

    [Theory]
    [InlineData("rent", "Mom works hard. In late November, the last bill outstanding was for [|$525|] for a doctor.")]
    [InlineData("rent", "Mom works hard. A church was able to pay the [|$500|] on the credit card she used for the children's things.")]
    public void Amounts_outstanding_or_on_a_credit_card_are_private(string need, string marked) =>
        RuleAssert.Fires(Rule, need, marked);

    [Fact]
    public void A_need_posted_on_a_website_is_not_how_to_pay() =>
        RuleAssert.DoesNotFire(Rule, "furniture", "The social worker posted his needs on its website, sending a call to churches. Dad works hard.");
}
