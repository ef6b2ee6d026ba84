using Xunit;

namespace CarePortal.Review.Tests.Rules;

public sealed class ConfidentialIdRuleTests
{
    private const string Rule = "confidential-id";

    [Theory]
    [InlineData("food", "Mom's SSN is [|123-45-6789|]. She works hard.", "")]
    [InlineData("food", "The case number is [|2023-JV-04512|]. She works hard.", "")]
    [InlineData("food", "Dad's car, plate [|BKR-4412|], broke down. He works hard.", "")]
    [InlineData("car-repair", "The car has Tennessee license plate [|7ABC123|] and needs new brakes. Dad works hard.", "")]
    [InlineData("food", "Her Medicaid ID is [|1234567890|]. Mom works hard.", "")]
    public void Identifying_numbers_are_found(string need, string marked, string replacement) =>
        RuleAssert.Fires(Rule, need, marked, replacement);

    [Theory]
    [InlineData("food", "Her DOB is [|03/14/1988|]. She works hard.")]
    [InlineData("food", "Her date of birth is [|3-14-88|]. Mom works hard.")]
    [InlineData("food", "[|Born on March 14, 2015|], the youngest is doing great. Mom works hard.")]
    public void Dates_of_birth_in_any_format_are_found(string need, string marked) =>
        RuleAssert.Fires(Rule, need, marked, replacement: "");

    [Theory]
    [InlineData("food", "The family has lived here since 2015 and Mom started a new job on March 14. She works hard.")]
    [InlineData("food", "We need 2 bags of rice and 10 cans of soup. She works hard.")]
    [InlineData("appliance", "A 2019 model washer would be fine. Mom works hard.")]
    public void Years_dates_and_quantities_that_identify_no_one_are_not_ids(string need, string text) =>
        RuleAssert.DoesNotFire(Rule, need, text);
}
