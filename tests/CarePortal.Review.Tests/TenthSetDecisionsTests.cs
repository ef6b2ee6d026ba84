using Xunit;

namespace CarePortal.Review.Tests;

/// <summary>
/// The causes of error that real-tenth.jsonl (scored unseen) shared with the other real corpora, each written as a
/// sentence of its own: charities and service clubs named in a list of agencies, a state's nickname and a project's
/// name are not family names; abbreviations the public knows are not jargon; work said in passing is a strength;
/// "crazy" said of a schedule or a life is not a label on the family.
/// </summary>
public sealed class TenthSetDecisionsTests
{
    [Theory]
    [InlineData("Dad works hard. Before calling us he tried the VFW, the Red Cross and the Shriners. He needs a couch.")]
    [InlineData("Dad works hard. The SVdP conference at his parish paid the deposit. He needs a couch.")]
    [InlineData("Dad works hard and drives across the Bay State for his job. He needs a couch.")]
    [InlineData("Dad works hard. The Riverside Housing Project found him the apartment. He needs a couch.")]
    public void Charities_a_states_nickname_and_a_project_are_not_family_names(string text) =>
        RuleAssert.DoesNotFire("confidential-name", "furniture", text);

    [Theory]
    [InlineData("Dad works hard. The VFW helped with his deposit and he needs a couch.")]
    [InlineData("Dad works hard. His GP says the boys need their own beds, and he needs a couch.")]
    [InlineData("Dad works hard. The family lived in a UN camp for six years. He needs a couch.")]
    [InlineData("Dad works hard. The boys wrote DEAR SANTA on their list. He needs a couch.")]
    public void Abbreviations_the_public_knows_are_not_jargon(string text) =>
        RuleAssert.DoesNotFire("jargon", "furniture", text);

    [Theory]
    [InlineData("The pipe burst while Dad was at work, and the couch was ruined. The family needs a couch.")]
    [InlineData("Mom hurt her back at work in March. The family needs a couch.")]
    public void Work_said_in_passing_is_a_strength(string text) =>
        RuleAssert.DoesNotFire("strengths-missing", "furniture", text);

    [Theory]
    [InlineData("Mom works hard. With two jobs, life gets crazy some weeks, and she needs a couch.")]
    [InlineData("Mom works hard. Her crazy schedule leaves little time, and she needs a couch.")]
    public void Crazy_said_of_a_schedule_or_a_life_is_not_a_label(string text) =>
        RuleAssert.DoesNotFire("deficit-language", "furniture", text);

    [Fact]
    public void Crazy_said_of_a_parent_is_still_a_label() =>
        RuleAssert.Fires("deficit-language", "furniture", "Mom is [|crazy|] and needs a couch.");

    [Theory]
    [InlineData("Mom works hard. The storm flooded [|this families home|] and they need a couch.")]
    [InlineData("Mom works hard. She packed [|the boys clothes|] in bags and needs a couch.")]
    [InlineData("Mom works hard and wants to celebrate [|her daughters birthday|]. She needs a couch.")]
    public void A_plural_that_owns_the_next_word_without_its_apostrophe_is_a_grammar_slip(string marked) =>
        RuleAssert.Fires("grammar", "furniture", marked);

    [Theory]
    [InlineData("Mom works hard. She drives the boys home from school and needs a couch.")]
    [InlineData("Mom works hard. Her grandparents need a couch, and the kids need beds.")]
    [InlineData("Mom works hard. The girls' bedroom has no furniture, so she needs a couch.")]
    public void A_plural_before_a_verb_an_adverb_or_with_its_apostrophe_is_fine(string text) =>
        RuleAssert.DoesNotFire("grammar", "furniture", text);

    [Theory]
    [InlineData("Mom works hard. Rising rent and medical bills have made this a hard year for her and her 7-year-old son.")]
    [InlineData("Mom works hard, but her pay was never enough to cover rent. Her 7-year-old son dreams of a bike.")]
    public void Ages_in_a_story_that_tells_of_bills_without_asking_are_not_child_details(string text) =>
        RuleAssert.DoesNotFire("child-details-unneeded", "other", text);

    [Theory]
    [InlineData("Mom works hard and has [|two children, ages 4 and 9|]. She needs help with the water bill.")]
    [InlineData("Mom works hard and raises [|two children, ages 4 and 9|]; keeping up with the electric bill is her priority.")]
    public void Ages_where_a_bill_is_asked_for_are_child_details(string marked) =>
        RuleAssert.Fires("child-details-unneeded", "other", marked);

    [Theory]
    [InlineData("Mom works hard. Dana, the volunteer who drove her to the store, says she needs a couch.")]
    [InlineData("Mom works hard. Priya Shah, the Family Outreach Caseworker at the center, says she needs a couch.")]
    [InlineData("Mom works hard. Her CASA, Dana, visits every week and says she needs a couch.")]
    public void A_helper_named_with_a_role_is_not_a_family_name(string text) =>
        RuleAssert.DoesNotFire("confidential-name", "furniture", text);

    [Fact]
    public void A_family_member_described_before_a_role_is_still_a_name() =>
        RuleAssert.Fires("confidential-name", "furniture", "[|Dana|], a single mom and caseworker, works hard and needs a couch.");

    [Theory]
    [InlineData("Gran works hard; the court gave her a [|child arrangements order|] for the boy. She needs a couch.")]
    [InlineData("Gran works hard and holds a [|special guardianship order|] for her grandson. She needs a couch.")]
    public void British_family_court_orders_are_jargon(string marked) =>
        RuleAssert.Fires("jargon", "furniture", marked);
}
