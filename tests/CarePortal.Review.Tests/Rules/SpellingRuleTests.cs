using Xunit;

namespace CarePortal.Review.Tests.Rules;

public sealed class SpellingRuleTests
{
    private const string Rule = "spelling";

    [Theory]
    [InlineData("food", "Mom [|recieved|] her certificate. She loves her kids.", "received")]
    [InlineData("food", "Mom is [|definately|] proud. She loves her kids.", "definitely")]
    [InlineData("food", "The [|familly|] needs food. Mom loves her kids.", "family")]
    [InlineData("food", "The kids need food [|becuase|] the fridge broke. Mom loves her kids.", "because")]
    [InlineData("food", "Mom is grateful for the [|neccessary|] help. She loves her kids.", "necessary")]
    public void Misspelled_words_are_found_with_a_correction(string need, string marked, string replacement) =>
        RuleAssert.Fires(Rule, need, marked, replacement);

    /// <summary>A common word is passed before the proper-word test: "spanish" written small must never be one.</summary>
    [Fact]
    public void No_word_always_written_with_a_capital_is_a_common_word() =>
        Assert.DoesNotContain(CarePortal.Review.Rules.SpellingRule.ProperWordList, w => CarePortal.Review.Text.Lexicon.Shared.Common.Contains(w));

    /// <summary>A capitalised word mid-sentence is a proper noun, flagged only as a near miss of a month or a day: each kind of slip, at either end.</summary>
    [Theory]
    [InlineData("The rent is due by [|Febuary|] first. Mom loves her kids.", "February")]
    [InlineData("The rent is due by [|Wendesday|] noon. Mom loves her kids.", "Wednesday")]
    [InlineData("The rent is due by [|Tuesdy|] noon. Mom loves her kids.", "Tuesday")]
    [InlineData("The rent is due by [|Sundayy|] noon. Mom loves her kids.", "Sunday")]
    [InlineData("The rent is due by [|Xanuary|] first. Mom loves her kids.", "January")]
    [InlineData("The rent is due by [|Octobre|] first. Mom loves her kids.", "October")]
    public void A_month_or_day_one_slip_away_is_corrected(string marked, string replacement) =>
        RuleAssert.Fires(Rule, "rent", marked, replacement);

    [Theory]
    [InlineData("The rent is due by Febuaryy first. Mom loves her kids.")]
    [InlineData("The family moved from Sundance last year. Mom loves her kids.")]
    public void A_proper_noun_two_slips_from_every_month_and_day_is_left_alone(string text) =>
        RuleAssert.DoesNotFire(Rule, "rent", text);

    [Fact]
    public void A_correction_keeps_the_capital_of_a_sentence_start() =>
        RuleAssert.Fires(Rule, "food", "[|Becuase|] the fridge broke, the family needs food. Mom loves her kids.", "Because");

    [Theory]
    [InlineData("food", "Mom loves her kids, and they're doing well in school. She isn't giving up.")]
    [InlineData("food", "Grandma is a kinship caregiver who loves her grandkids.")]
    [InlineData("food", "Mom and Dad love their kids. The family attends Grace Community Church.")]
    [InlineData("food", "The family needs a microwave, a toaster and 2 skillets. Mom loves her kids.")]
    public void Correct_words_contractions_names_and_field_words_are_not_misspelled(string need, string text) =>
        RuleAssert.DoesNotFire(Rule, need, text);

    [Theory]
    [InlineData("rent", "Grandma works hard raising her [|grand children|].", "grandchildren")]
    [InlineData("rent", "Mom works hard; they risk eviction [|forbreaking|] the lease.", "for breaking")]
    public void Family_words_split_and_small_words_glued_to_an_inflected_word_are_misspelled(string need, string marked, string replacement) =>
        RuleAssert.Fires("spelling", need, marked, replacement);

    [Fact]
    public void A_grand_opening_is_two_words() =>
        RuleAssert.DoesNotFire("spelling", "rent", "Mom works hard and went to the grand opening of the store.");
}
