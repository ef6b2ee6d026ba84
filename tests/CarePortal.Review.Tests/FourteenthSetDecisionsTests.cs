using Xunit;

namespace CarePortal.Review.Tests;

/// <summary>
/// The causes of error that real-fourteenth.jsonl (scored unseen) shared with the other real corpora, each written as a
/// sentence of its own (never copied from a corpus).
/// </summary>
public sealed class FourteenthSetDecisionsTests
{
    // Towns taken for given names (real-fourteenth, with real-eleventh's "moved to East Baltimore"): a town in the list of
    // places after a verb of moving and "to", or before a noun after "a"/"an" (no one is "a Maria"); a town outside the US
    // (Sydney, Auckland, Canberra) is a place as Dallas is (FORMAT.md judgement call 4).
    [Theory]
    [InlineData("rent", "Mom works nights. The family moved to Sydney in June and the rent is due.")]
    [InlineData("rent", "Mom works nights. Last spring they relocated to Austin for her job.")]
    [InlineData("rent", "Mom works nights as a cook at a Sydney hotel; the rent is due.")]
    [InlineData("rent", "Mom works nights. They rent a small Madison apartment with one bedroom.")]
    [InlineData("rent", "Mom works nights. After the fire they moved to East Auckland to be near her sister.")]
    public void A_town_in_use_as_a_place_is_not_a_name(string need, string text) =>
        RuleAssert.DoesNotFire("confidential-name", need, text);

    [Theory]
    [InlineData("rent", "Mom works nights. She gave the rent money to [|Sydney|] for her inhaler.")]
    [InlineData("rent", "Mom works nights. She gave the rent money to [|Austin|] before he moved out.")]
    public void A_given_name_that_is_also_a_town_is_still_a_name_elsewhere(string need, string marked) =>
        RuleAssert.Fires("confidential-name", need, marked);

    // An organisation's branch or place after its name ("Goodwill Dayton", "the Salvation Army Kroc Center") is not a
    // person (FORMAT.md judgement call 4); a name that is also a store's stays a name ("Wendy Smith").
    [Theory]
    [InlineData("rent", "Mom works nights. She asked Vinnies Cowes for help with the rent.")]
    [InlineData("clothing", "Mom works nights. The coats came from Goodwill Beaverton, sizes 8 and 10.")]
    public void A_branch_after_an_organisations_name_is_not_a_person(string need, string text) =>
        RuleAssert.DoesNotFire("confidential-name", need, text);

    // Addresses that locate no home (real-fourteenth, with real-thirteenth's venues): "a Sydney motel" is no particular
    // place; an agency's own street address and its ZIP after "is located at:" are the agency's.
    [Theory]
    [InlineData("rent", "Dad works as a cook at a Riverside motel and the rent is due.")]
    [InlineData("household", "Dad works nights. The Hope Street Center is located at: 55 Fox Road, Ames, IA 50010.")]
    public void An_unnamed_motel_or_an_agencys_address_is_not_the_homes(string need, string text) =>
        RuleAssert.DoesNotFire("confidential-address", need, text);

    [Theory]
    [InlineData("rent", "Dad works nights. They are staying at the [|Riverside motel|] until the deposit is paid.")]
    [InlineData("rent", "Dad works nights. The family lives at [|55 Fox Road, Ames, IA 50010|].")]
    public void The_homes_motel_and_address_are_still_confidential(string need, string marked) =>
        RuleAssert.Fires("confidential-address", need, marked);

    // A service word that is a field of study or someone's profession (real-twelfth, real-thirteenth): "a degree in
    // counseling", "as a trained therapist"; the parent's own counseling still is a service (FORMAT.md).
    [Theory]
    [InlineData("rent", "Mom works days and goes back to school at night for a degree in counseling.")]
    [InlineData("rent", "Mom works days. The caseworker listened as a trained therapist would.")]
    public void A_field_of_study_or_a_profession_is_not_a_service(string need, string text) =>
        RuleAssert.DoesNotFire("confidential-service", need, text);

    [Theory]
    [InlineData("rent", "Mom works days and goes to [|counseling|] at night.")]
    public void A_parents_counseling_is_still_a_service(string need, string marked) =>
        RuleAssert.Fires("confidential-service", need, marked);

    // A count of children by gender with words between ("4 wonderful little girls", "three beautiful daughters") is their
    // gender as "two sons" is, where nothing asked depends on it (FORMAT.md's table; Corpus/README.md "Gender words").
    [Theory]
    [InlineData("rent", "Mom works two jobs to raise [|three beautiful daughters|]; the rent is due Friday.")]
    [InlineData("utilities", "Dad works nights and has [|2 sweet little boys|] at home; the power bill is late.")]
    public void A_count_by_gender_with_words_between_is_a_child_detail(string need, string marked) =>
        RuleAssert.Fires("child-details-unneeded", need, marked);

    // A one-word line in capitals that is a word of the language and ends in a colon labels the list under it (FORMAT.md
    // judgement call 5): "MEN:", "KIDS:"; an agency's acronym alone on a line stays jargon.
    [Fact]
    public void A_short_heading_word_with_a_colon_is_not_jargon() =>
        RuleAssert.DoesNotFire("jargon", "clothing", "The families work hard.\nMEN:\nCoats in L and XL\nKIDS:\nBoots in sizes 2 and 3");

    // A negative word said of a thing (judgement call 6): "unreliable vehicles", "an unreliable ride" describe the car, not
    // the family; said of a parent it is still a label.
    [Theory]
    [InlineData("car-repair", "Dad works days. After two unreliable vehicles in a row, he walks to the plant.")]
    [InlineData("car-repair", "Dad works days but his only ride to the plant is unreliable transportation.")]
    public void A_negative_word_about_a_thing_is_not_a_label(string need, string text) =>
        RuleAssert.DoesNotFire("deficit-language", need, text);

    // Taking children in, serving and staying at a sick child's side are strengths (real-fourteenth, with real-fourth's
    // "has fostered"; FORMAT.md judgement call 7).
    [Theory]
    [InlineData("food", "The parents have adopted four children from foster care. The freezer broke in May.")]
    [InlineData("bed", "Their father was deployed overseas in March. The girls sleep on the floor.")]
    [InlineData("food", "Dad left his job to be with her during treatments. The freezer broke in May.")]
    public void Taking_children_in_serving_and_staying_at_a_bedside_are_strengths(string need, string text) =>
        RuleAssert.DoesNotFire("strengths-missing", need, text);

    // Holding the family together, asking for help, a home or a job interview found, foster children taken in (real-fourteenth,
    // with real-thirteenth's applying and asking for help; FORMAT.md judgement call 7).
    [Theory]
    [InlineData("rent", "Since the layoff Mom has been struggling to keep things together. The rent is due Friday.")]
    [InlineData("rent", "After the fire Dad turned to his church for advice. The rent is due Friday.")]
    [InlineData("furniture", "After a year in a motel the family finally found a house. It has no furniture.")]
    [InlineData("clothing", "Her son has his first job interview on Monday and needs a size 32 belt.")]
    [InlineData("bed", "The family received two new foster placements this week; they need two toddler beds.")]
    public void Holding_on_asking_and_taking_children_in_are_strengths(string need, string text) =>
        RuleAssert.DoesNotFire("strengths-missing", need, text);

    [Fact]
    public void A_childs_own_foster_placements_are_not_a_strength() =>
        RuleAssert.FiresOnDocument("strengths-missing", "bed", "The girl has been in so many foster placements she lost count. Her bed broke.");

    // A signature (real-fourteenth): the name on one line and a role on the next ("Executive Director, …") is the writer's,
    // not a family member's; a family member's name stays a name.
    [Fact]
    public void A_signatures_name_over_its_role_is_not_a_family_name() =>
        Assert.DoesNotContain(Reviewer.Default.Review("The families need towels and soap. Thank you!\nDana Whitfield (dana@example.org)\nExecutive Director, Harbor House", "household").Findings,
            f => f.Rule == "confidential-name");

    [Fact]
    public void A_name_over_an_ordinary_line_is_still_a_name() =>
        RuleAssert.Fires("confidential-name", "household", "Mom works hard. The towels are for [|Dana|]\nand the soap is for the boys.");
}
