using Xunit;

namespace CarePortal.Review.Tests.Rules;

public sealed class CashRequestRuleTests
{
    private const string Rule = "cash-request";

    [Theory]
    [InlineData("rent", "Mom is asking for [|cash|] to cover rent. She works hard.")]
    [InlineData("food", "A [|Walmart gift card|] would help. Mom works hard.")]
    [InlineData("food", "A [|prepaid Visa card|] or a [|money order|] would help. Mom works hard.")]
    [InlineData("food", "Could someone [|Venmo|] her $50? Mom works hard.")]
    [InlineData("food", "Please [|give mom the money|] for groceries. Mom works hard.")]
    [InlineData("food", "A grocery store [|gift certificate|] would help. Mom works hard.")]
    public void Cash_gift_cards_and_money_for_the_family_are_found(string need, string marked) =>
        RuleAssert.Fires(Rule, need, marked);

    [Theory]
    [InlineData("rent", "Payment would go directly to the landlord. Mom works hard.")]
    [InlineData("utilities", "The utility company can be paid directly by the partner. Mom works hard.")]
    [InlineData("food", "Mom is not asking for cash, just food. She works hard.")]
    [InlineData("transportation", "A gas card would help Dad get to work. He works hard.")]
    [InlineData("rent", "The landlord takes money orders only. She works hard.")]
    [InlineData("other", "Daycare tuition would be paid directly to the daycare. Mom works hard.")]
    public void Paying_a_business_directly_a_refusal_and_a_gas_card_are_not_cash_requests(string need, string text) =>
        RuleAssert.DoesNotFire(Rule, need, text);

    [Theory]
    [InlineData("Mom works hard. The fund provides school children with $50 gift cards that can be used only for clothing.")]
    [InlineData("Mom works hard. MOM helped by covering the deposit and providing gift cards to Good Will.")]
    public void Gift_cards_a_program_provides_are_not_asks(string text) =>
        RuleAssert.DoesNotFire(Rule, "furniture", text);

    [Theory]
    [InlineData("food", "Flora works hard. [|A gift of $300 would|] help her pay for groceries.")]
    [InlineData("appliance", "Theresa works hard. [|A gift of $500 to|] purchase her own washer would change her life.")]
    public void A_gift_of_money_to_the_person_is_a_cash_request(string need, string marked) =>
        RuleAssert.Fires(Rule, need, marked);
}
