using Xunit;

namespace CarePortal.Review.Tests.Rules;

public sealed class ConfidentialContactRuleTests
{
    private const string Rule = "confidential-contact";

    [Theory]
    [InlineData("food", "Please call Mom at [|(615) 555-0134|] or [|615.555.0199|]. She works hard.")]
    [InlineData("food", "Call [|615-555-0134|] or [|+1 615 555 0134|]. She works hard.")]
    [InlineData("food", "Call mom at [|555-0134|]. She works hard.")]
    [InlineData("food", "Her cell is [|615 555 0134|]. She works hard.")]
    [InlineData("food", "Reach her at [|1-800-555-0199|]. She works hard.")]
    public void Phone_numbers_in_every_common_format_are_found(string need, string marked) =>
        RuleAssert.Fires(Rule, need, marked, replacement: "");

    /// <summary>Numbers from other countries, found by libphonenumber (the pattern knows US layouts only).</summary>
    [Theory]
    [InlineData("food", "Call her sister in London at [|+44 20 7946 0958|]. She works hard.")]
    [InlineData("food", "Dad can be reached on [|+52 55 1234 5678|] until Friday. He works hard.")]
    public void International_phone_numbers_are_found(string need, string marked) =>
        RuleAssert.Fires(Rule, need, marked, replacement: "");

    [Fact]
    public void A_run_on_sentence_is_quoted_by_its_first_words_in_the_message()
    {
        var text = "Mom works hard and " + string.Concat(Enumerable.Repeat("can be reached at 615-555-0134 or ", 40)) + "at home.";

        var findings = Reviewer.Default.Review(text, "food").Findings.Where(f => f.Rule == Rule).ToList();

        Assert.Equal(40, findings.Count);
        Assert.All(findings, f => Assert.Contains("Take out \"Mom works hard and can be reached at 615-555-0134", f.Message, StringComparison.Ordinal));
        Assert.All(findings, f => Assert.True(f.Message.Length < 400, $"{f.Message.Length} characters: {f.Message}"));
    }

    [Fact]
    public void A_plus_sign_before_a_count_is_not_a_phone_number() =>
        RuleAssert.DoesNotFire(Rule, "food", "The family of 4 +2 cousins needs 12 cans of soup and 3 gallons of milk. Mom works hard.");

    [Theory]
    [InlineData("food", "Email [|mom.smith22@gmail.com|] or find her on Facebook [|@mommaB_22|]. She works hard.")]
    [InlineData("food", "Her Instagram is [|@jenny.b|]. She works hard.")]
    public void Emails_and_social_media_handles_are_found(string need, string marked) =>
        RuleAssert.Fires(Rule, need, marked, replacement: "");

    [Theory]
    [InlineData("food", "We need 2 bags of rice, 10 cans of soup, and 3 gallons of milk for 5 people. She works hard.")]
    [InlineData("rent", "Mom has worked at the plant for 12 years and pays rent on the 1st. She works hard.")]
    [InlineData("food", "Partners can reach the family through the DCS caseworker. Mom works hard.")]
    public void Quantities_and_mentions_of_contact_without_details_are_not_contacts(string need, string text) =>
        RuleAssert.DoesNotFire(Rule, need, text);
}
