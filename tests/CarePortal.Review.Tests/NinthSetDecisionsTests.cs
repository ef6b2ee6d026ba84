using Xunit;

namespace CarePortal.Review.Tests;

/// <summary>
/// The causes of error that real-ninth.jsonl (scored unseen) shared with the other real corpora, each written as a
/// sentence of its own: an auxiliary verb opening a quoted question, a holiday greeting and an idiom are not family
/// names, a given name described by a comma-set phrase is; what a drunk driver did, dirty things, a feeling and a
/// baby born addicted are not labels on the family; looking for work in other words is a strength.
/// </summary>
public sealed class NinthSetDecisionsTests
{
    [Theory]
    [InlineData("Mom works hard. “They said, ‘Do you want a couch or not?’” She needs a couch.")]
    [InlineData("Mom works hard and needs a couch. \"Does it come with cushions?\" she asked.")]
    [InlineData("Mom works hard and needs a couch. She wishes you a Merry Christmas.")]
    [InlineData("Mom works hard and needs a couch before Christmas Eve.")]
    [InlineData("Mom works hard but lives by borrowing from Peter to pay Paul. She needs a couch.")]
    [InlineData("Mom works hard and needs a couch. The boys love JoJo Siwa and Five Nights at Freddy’s.")]
    public void Quoted_questions_greetings_and_idioms_are_not_family_names(string text) =>
        RuleAssert.DoesNotFire("confidential-name", "furniture", text);

    [Theory]
    [InlineData("[|Tara|], a single mother of four children, works hard and needs a couch.")]
    [InlineData("Mom works hard. [|Rose|] says the family needs a couch.")]
    public void A_given_name_described_as_a_person_is_a_name(string marked) =>
        RuleAssert.Fires("confidential-name", "furniture", marked);

    [Theory]
    [InlineData("Mom works hard. She was hit by a drunk driver years ago and needs a couch.")]
    [InlineData("Mom works hard. The boys came with a few dirty items in a bag and need a couch.")]
    [InlineData("Mom works hard. After the move she felt hopeless, but she needs a couch now.")]
    [InlineData("Mom works hard. Both babies were born addicted to heroin and are doing well. She needs a couch.")]
    public void What_others_did_dirty_things_and_feelings_are_not_labels_on_the_family(string text) =>
        RuleAssert.DoesNotFire("deficit-language", "furniture", text);

    [Fact]
    public void A_label_on_the_family_still_fires() =>
        RuleAssert.Fires("deficit-language", "furniture", "Mom is a [|drunk|] and needs a couch.");

    [Theory]
    [InlineData("Mom lost her job and is searching for a job. She needs a couch.")]
    [InlineData("Dad was lucky to find a new job after the layoff. He needs a couch.")]
    [InlineData("Dad has been hunting for work since June. He needs a couch.")]
    [InlineData("The family is beginning to rebuild their life after the fire. They need a couch.")]
    public void Looking_for_work_and_rebuilding_are_strengths(string text) =>
        RuleAssert.DoesNotFire("strengths-missing", "furniture", text);

    [Fact]
    public void A_service_said_to_be_for_the_parent_is_the_parents() =>
        RuleAssert.Fires("confidential-service", "furniture",
            "She got full custody of the children and [|therapy|] for myself and the children. She works hard and needs a couch.");

    [Fact]
    public void A_therapist_among_doctors_care_is_not_a_case_plan_service() =>
        RuleAssert.DoesNotFire("confidential-service", "furniture",
            "I have been advocating for our disabled sons at school meetings and doctor and therapist sessions. I work hard and need a couch.");

    [Theory]
    [InlineData("A used washer in good condition would help. The washer went out and it is a hard month.")]
    [InlineData("Used but good working condition washing machine needed. The old one went out and it is a hard month.")]
    [InlineData("The washer went out. If you have one that you're willing to donate, let us know.")]
    public void Praise_of_a_thing_and_a_helpers_willingness_are_not_the_familys_strengths(string text) =>
        _ = RuleAssert.FiresOnDocument("strengths-missing", "appliance", text);

    [Theory]
    [InlineData("Mom works hard. The children have just come off a [|child protection plan|] and need a couch.")]
    [InlineData("Mom works hard. She was on the [|Child Protection Register|] years ago and needs a couch.")]
    [InlineData("Dad works hard but must sort out a [|residency order|] for the children. He needs a couch.")]
    public void British_child_welfare_terms_are_jargon(string marked) =>
        RuleAssert.Fires("jargon", "furniture", marked);

    [Fact]
    public void A_town_joined_to_a_town_is_a_place() =>
        RuleAssert.DoesNotFire("confidential-name", "furniture", "Mom works hard. She thought she might end up in Pittsfield or Chelsea. She needs a couch.");

    [Fact]
    public void Children_taken_in_are_still_names() =>
        RuleAssert.Fires("confidential-name", "furniture", "Grandma works hard. She took in [|Ayesha|] and [|Chelsea|] last year and needs a couch.");
}
