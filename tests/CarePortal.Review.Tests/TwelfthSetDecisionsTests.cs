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

    // People and places outside the family taken for family names (real-tenth, real-ninth, real-twelfth): a program or an
    // organisation named before what it is, two words run together, an organisation's garden or works, a town the text
    // names as a place, a chairwoman or founder before a name, and whom donors should ask.
    [Theory]
    [InlineData("other", "Dad works two jobs. He joined a Patience program for fathers last spring and needs a bus pass.")]
    [InlineData("other", "Dad works two jobs. The Haven Hope charity and its chairwoman Nell Ashby found him a bus pass.")]
    [InlineData("other", "Dad works two jobs. He found help at HopeHouse East and now needs a bus pass.")]
    [InlineData("other", "Dad works two jobs. Volunteers from Oak Garden and Bright Works brought a bus pass.")]
    [InlineData("other", "DENVER — Dad works two jobs. This year the Denver family needs a bus pass for school.")]
    [InlineData("other", "Dad works two jobs and rents a small house in Tacoma. The Tacoma house has no bus stop, so he needs a bus pass.")]
    [InlineData("other", "Dad works two jobs and needs a bus pass. Please contact Nell Ashby with any questions.")]
    [InlineData("other", "Dad works two jobs and needs a bus pass. Email Nell for more information.")]
    public void Programs_places_and_helpers_are_not_family_names(string need, string text) =>
        RuleAssert.DoesNotFire("confidential-name", need, text);

    [Theory]
    [InlineData("other", "Dad works two jobs. [|Nell|] started a new program at school and needs a bus pass.")]
    [InlineData("other", "Dad works two jobs. Please call [|Nell|] at the shelter to arrange a bus pass.")]
    [InlineData("other", "Dad works two jobs. His sons, [|DeShawn|] and [|McKenzie|], need a bus pass.")]
    public void Family_names_beside_such_words_are_still_names(string need, string marked) =>
        RuleAssert.Fires("confidential-name", need, marked);

    [Fact]
    public void A_complex_named_by_its_palms_locates_the_home() =>
        RuleAssert.Fires("confidential-address", "furniture", "Dad works two jobs. The family is moving into [|Sunset Palms|] and needs a couch, a table and two chairs.");

    [Theory]
    [InlineData("other", "Dad works two jobs. The shelter in Mesa (AZ) found him a room, and he needs a bus pass.")]
    [InlineData("other", "Dad works two jobs. The family moved from Mesa, AZ and needs a bus pass.")]
    public void A_states_code_after_a_place_is_not_jargon(string need, string text) =>
        RuleAssert.DoesNotFire("jargon", need, text);

    // Strengths said in other words (real-twelfth): the family's only earner, working to provide, hours at work, looking for
    // more work, a grandparent who is a child's legal guardian, leaving an abusive partner.
    [Theory]
    [InlineData("rent", "Nell is the only bread winner of the household. The rent went up in March.")]
    [InlineData("rent", "Nell and her brother are the only ones working to provide for the household. The rent went up in March.")]
    [InlineData("rent", "Nell's work hours were cut in March and the rent went up.")]
    [InlineData("rent", "Nell is looking for more work since the rent went up in March.")]
    [InlineData("rent", "Nell is the legal guardian of her niece. The rent went up in March.")]
    [InlineData("rent", "Nell got out of an abusive marriage last year. The rent went up in March.")]
    public void Work_and_care_in_other_words_are_strengths(string need, string text) =>
        RuleAssert.DoesNotFire("strengths-missing", need, text);

    // Labels on the family in other words (real-twelfth): "mentally sick" as "mentally ill", "poor decision making" as
    // "poor decisions"; a feeling someone sounded ("sounded hopeless") and a troubled upbringing (what was done to them) are not.
    [Theory]
    [InlineData("rent", "Nell works nights. Her brother, who lives with her, is [|mentally sick|].")]
    [InlineData("rent", "Nell works nights. Years of [|poor decision making|] put her behind on rent.")]
    public void Labels_in_other_words_are_deficit_language(string need, string marked) =>
        RuleAssert.Fires("deficit-language", need, marked);

    [Theory]
    [InlineData("rent", "Nell works nights. She sounded hopeless on the phone when the rent went up.")]
    [InlineData("rent", "Nell works nights and is rebuilding her life after a troubled upbringing.")]
    public void A_feeling_or_what_was_done_to_them_is_not_deficit_language(string need, string text) =>
        RuleAssert.DoesNotFire("deficit-language", need, text);
}
