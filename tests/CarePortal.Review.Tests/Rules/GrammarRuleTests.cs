using Xunit;

namespace CarePortal.Review.Tests.Rules;

public sealed class GrammarRuleTests
{
    private const string Rule = "grammar";

    [Theory]
    [InlineData("food", "The kids are excited to go to [|there|] new school. She loves her kids.", "their")]
    [InlineData("food", "Mom [|could of|] used more help. She loves her kids.", "could have")]
    [InlineData("food", "Mom works [|alot|] of hours. She loves her kids.", "a lot")]
    [InlineData("food", "Mom [|needs needs|] food. She loves her kids.", "needs")]
    [InlineData("food", "[|Their|] going to move soon. She loves her kids.", "They're")]
    [InlineData("food", "[|mom|] needs food for the kids. She loves her kids.", "Mom")]
    public void Clear_grammar_slips_are_found_with_a_fix(string need, string marked, string replacement) =>
        RuleAssert.Fires(Rule, need, marked, replacement);

    [Theory]
    [InlineData("food", "Mom had had a hard year. She loves her kids.")]
    [InlineData("food", "Mom wants to make sure there is food on the table. She loves her kids.")]
    [InlineData("food", "The kids love their school. Mom loves her kids. They're excited.")]
    [InlineData("food", "Mom works a lot of hours. She loves her kids.")]
    public void Correct_grammar_is_not_flagged(string need, string text) =>
        RuleAssert.DoesNotFire(Rule, need, text);

    [Theory]
    [InlineData("household", "The fund helped a grandfather [|who\u2019s|] young grandson was placed in his care. He works hard.", "whose")]
    [InlineData("household", "The fund helped a mother [|who's|] children need beds. She works hard.", "whose")]
    public void Whos_before_what_someone_has_is_whose(string need, string marked, string replacement) =>
        RuleAssert.Fires("grammar", need, marked, replacement);

    [Fact]
    public void Whos_as_who_is_is_fine() =>
        RuleAssert.DoesNotFire("grammar", "household", "The grandfather, who's 63, works hard and needs carpet.");

    [Theory]
    [InlineData("rent", "Case 21: M, 38, works hard. Ms. M. is worried she won\u2019t afford a deposit.")]
    [InlineData("other", "Mom works hard. Children end up in foster care before they\u2019re old enough to walk.")]
    public void An_initial_after_a_title_and_theyre_old_enough_are_fine(string need, string text) =>
        RuleAssert.DoesNotFire("grammar", need, text);

    [Theory]
    [InlineData("other", "The leg was shot when [|he was he was|] in the yard. Dad works hard.", "he was")]
    [InlineData("utilities", "[|They couple|] felt isolated. They had planned carefully.", "The couple")]
    public void Two_words_written_twice_and_they_before_a_noun_are_found(string need, string marked, string replacement) =>
        RuleAssert.Fires(Rule, need, marked, replacement);

    [Fact]
    public void A_before_a_plural_is_found() =>
        RuleAssert.Fires(Rule, "other", "She is raising four grandchildren as [|a women|] of limited means. She works hard.");

    [Theory]
    [InlineData("other", "They house-sit for a neighbor on weekends. Mom works hard.")]
    [InlineData("other", "She bought a kids' meal. Mom works hard.")]
    public void A_compound_or_a_possessive_after_the_noun_is_not_a_slip(string need, string text) =>
        RuleAssert.DoesNotFire(Rule, need, text);
}
