using Xunit;

namespace CarePortal.Review.Tests.Rules;

public sealed class ConfidentialAddressRuleTests
{
    private const string Rule = "confidential-address";
    private const string Replacement = ""; // the sentence or clause is taken out, to be kept in the private details

    [Theory]
    [InlineData("food", "The family lives at [|1420 Maple Ridge Drive, Apt 3B|]. She works hard.")]
    [InlineData("food", "They live in [|Shady Pines Mobile Home Park, Lot 14|]. She works hard.")]
    [InlineData("food", "She lives in [|Sunset Village Apartments|]. She works hard.")]
    [InlineData("food", "Her mailing address is [|PO Box 442|]. She works hard.")]
    [InlineData("food", "They moved to [|unit 12|] last month. She works hard.")]
    [InlineData("food", "The family moved to the [|37064|] area. She works hard.")]
    public void Street_addresses_units_zip_codes_and_named_complexes_are_found(string need, string marked) =>
        RuleAssert.Fires(Rule, need, marked, replacement: Replacement);

    [Theory]
    [InlineData("food", "The family lives in Davidson County. She works hard.")]
    [InlineData("food", "She drove 15 miles and has 12000 followers. She works hard.")]
    [InlineData("food", "We need 2 bags of rice, 10 cans of soup, and 3 gallons of milk for 5 people. She works hard.")]
    [InlineData("food", "Mom has a lot of love for her kids. She works hard.")]
    public void Counties_quantities_and_ordinary_numbers_are_not_addresses(string need, string text) =>
        RuleAssert.DoesNotFire(Rule, need, text);
}
