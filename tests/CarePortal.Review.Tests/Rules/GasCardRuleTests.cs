using Xunit;

namespace CarePortal.Review.Tests.Rules;

public sealed class GasCardRuleTests
{
    private const string Rule = "gas-card";

    [Theory]
    [InlineData("transportation", "A [|gas card|] would help Dad get to work. He works hard.")]
    [InlineData("transportation", "A $50 [|fuel card|] would help Dad get to work. He works hard.")]
    [InlineData("transportation", "[|Gas cards|] or a bus pass would help Dad get to work. He works hard.")]
    [InlineData("transportation", "Dad needs a [|gas gift card|]. He works hard.")]
    public void Gas_and_fuel_cards_are_found(string need, string marked) =>
        RuleAssert.Fires(Rule, need, marked);

    [Theory]
    [InlineData("appliance", "The family needs a gas stove. Mom works hard.")]
    [InlineData("utilities", "The gas bill is behind. Mom works hard.")]
    [InlineData("transportation", "Dad does not need a gas card; a bus pass would help. He works hard.")]
    public void Gas_appliances_gas_bills_and_refusals_are_not_gas_cards(string need, string text) =>
        RuleAssert.DoesNotFire(Rule, need, text);
}
