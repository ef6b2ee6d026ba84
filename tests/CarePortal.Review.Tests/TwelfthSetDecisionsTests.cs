using Xunit;

namespace CarePortal.Review.Tests;

/// <summary>
/// The causes of error that real-twelfth.jsonl (scored unseen) shared with the other real corpora, each written as a
/// sentence of its own (never copied from a corpus).
/// </summary>
public sealed class TwelfthSetDecisionsTests
{
    // Sheets come in bed sizes: asked for without one, a partner must ask first (FORMAT.md judgement call 8; real.jsonl
    // and real-ninth.jsonl mark them, and heldout.jsonl's held-046 now does too).
    [Theory]
    [InlineData("household", "Grandpa works nights at the mill. He is asking for sheets, towels and a laundry basket.")]
    [InlineData("other", "Grandpa works nights at the mill. The family also needs sheets for the spare room.")]
    public void Sheets_asked_for_without_the_beds_size_miss_details(string need, string text) =>
        RuleAssert.FiresOnDocument("details-missing", need, text);

    [Theory]
    [InlineData("household", "Grandpa works nights at the mill. He is asking for dryer sheets, towels and a laundry basket.")]
    [InlineData("household", "Grandpa works nights at the mill. He is asking for two cookie sheets, a pot and towels.")]
    [InlineData("household", "Grandpa works nights at the mill. He is asking for queen sheets, towels and a laundry basket.")]
    [InlineData("baby-items", "Grandpa works nights at the mill. He is asking for a crib and two crib sheets.")]
    public void Sheets_with_the_beds_size_or_that_are_not_bedding_miss_nothing(string need, string text) =>
        RuleAssert.DoesNotFire("details-missing", need, text);

    // Two capitals that stand for a person are initials (FORMAT.md judgement call 3), not jargon to spell out, wherever
    // they come again (real-eighth "ZH", real-eleventh "MB*", real-twelfth "TJ").
    [Theory]
    [InlineData("rent", "Rosa and KD moved here in May, and KD works at the bakery. They need help with rent.")]
    [InlineData("rent", "KD never missed a shift until the layoff. They need help with rent.")]
    [InlineData("other", "Our client RB*, a mother of two, works at the bakery. She needs a bus pass.")]
    [InlineData("other", "Her son, LW (age four), loves trucks, and Mom works at the bakery. LW needs a bus pass for school.")]
    public void Initials_standing_for_a_person_are_not_jargon(string need, string text) =>
        RuleAssert.DoesNotFire("jargon", need, text);

    [Theory]
    [InlineData("rent", "Mom works at the bakery. The [|TPR|] hearing is next week and she needs help with rent.")]
    [InlineData("rent", "Mom works at the bakery. Her [|DV|] advocate says she needs help with rent.")]
    public void An_abbreviation_that_stands_for_no_one_is_still_jargon(string need, string marked) =>
        RuleAssert.Fires("jargon", need, marked);
}
