using Xunit;

namespace CarePortal.Review.Tests;

/// <summary>
/// The causes of error that real-eighth.jsonl (scored unseen) shared with the other real corpora, each written as a
/// sentence of its own: places after a compass word, helpers named with their role, characters and company suffixes
/// are not family names; a child's therapy is not a parent's service; amounts in pounds can be owed, a repair's
/// price is an estimate; harm done to the family is not a label on it; "yrs." does not end a sentence.
/// </summary>
public sealed class EighthSetDecisionsTests
{
    [Theory]
    [InlineData("Mom works hard. She moved here from east London and needs a couch.")]
    [InlineData("Mom works hard. They lived in a south west London flat and need a couch.")]
    [InlineData("Mom works hard. Keith Long, a case manager at the county office, asked for a couch.")]
    [InlineData("Mom works hard. Our Program Director Kecia found a couch, and Kecia will bring it.")]
    [InlineData("Mom works hard and needs a couch. The boys love Barney and Elmo.")]
    [InlineData("The Glasser/Schoenbaum Human Services Center says Mom works hard. She needs a couch.")]
    [InlineData("Mom works hard. The request came through REACH, Inc. for a couch.")]
    public void Places_helpers_characters_and_companies_are_not_family_names(string text) =>
        RuleAssert.DoesNotFire("confidential-name", "furniture", text);

    [Theory]
    [InlineData("bed", "Mom works hard. Her son [|London|], 6, needs a twin bed.")]
    [InlineData("furniture", "[|Maria Lopez|], a single mom, works hard and needs a couch.")]
    [InlineData("furniture", "[|Norma|]’s home was bare, but she works hard. She needs a couch.")]
    public void A_given_name_that_is_also_a_place_and_a_parent_described_by_her_life_are_still_names(string need, string marked) =>
        RuleAssert.Fires("confidential-name", need, marked);

    [Theory]
    [InlineData("Dad works hard and takes two of the children to the therapy and counseling sessions they need. They need a couch.")]
    [InlineData("Dad works hard. He enrolled the children in school and arranged therapy for them. They need a couch.")]
    [InlineData("Mom and Dad work hard and went to debt counseling together. Grandma is a rehab specialist. They need a couch.")]
    public void A_childs_own_therapy_is_not_a_parents_service(string text) =>
        RuleAssert.DoesNotFire("confidential-service", "furniture", text);

    [Fact]
    public void A_parents_completed_classes_are_still_a_service() =>
        RuleAssert.Fires("confidential-service", "furniture",
            "He enrolled the children in school, arranged tutoring, and completed [|parenting classes|]. He works hard and needs a couch.");

    [Theory]
    [InlineData("rent", "Mom works hard but is more than [|£400|] in arrears on the rent.")]
    [InlineData("utilities", "Mom works hard; she owes [|€250|] on the power bill.")]
    public void Amounts_owed_in_pounds_and_euros_are_private(string need, string marked) =>
        RuleAssert.Fires("private-detail", need, marked);

    [Theory]
    [InlineData("car-repair", "Mom works hard. The $700 repair was more than she could put on her credit card.")]
    [InlineData("household", "Mom works hard. Pills left on the living room floor made the baby sick, so she needs a safety gate.")]
    [InlineData("rent", "Mom works hard and can make her May payment at the same time as her June payment.")]
    [InlineData("rent", "Dad works hard. He was due a payment of benefits this week and will have to pay £125 of it in rent.")]
    public void A_repairs_price_a_thing_left_on_the_floor_and_paying_at_the_same_time_are_not_private(string need, string text) =>
        RuleAssert.DoesNotFire("private-detail", need, text);

    [Theory]
    [InlineData("Mom works hard. He was verbally abusive to her and the boys, so she moved out. She needs a couch.")]
    [InlineData("Mom works hard and fled from her abuser last spring. She needs a couch.")]
    public void Harm_done_to_the_family_is_not_a_label_on_it(string text) =>
        RuleAssert.DoesNotFire("deficit-language", "furniture", text);

    [Fact]
    public void A_supervised_visit_is_jargon_and_a_warehouse_named_by_its_initials_is_not()
    {
        RuleAssert.Fires("jargon", "furniture", "Mom works hard and never misses a [|supervised visit|]. She needs a couch.");
        RuleAssert.DoesNotFire("jargon", "furniture", "Mom works hard. The FFF warehouse has a couch for her.");
        RuleAssert.DoesNotFire("jargon", "furniture",
            "Mom works hard. The Homelessness Prevention and Rapid Re-Housing Program (HPRP) found her a flat, and HPRP pays the rent for now. She needs a couch.");
    }

    [Theory]
    [InlineData("bed", "Mom works hard. Cruz is 8 yrs. old and needs a twin bed.")]
    [InlineData("furniture", "Mom works hard to meet her needs and their living expenses. She needs a couch.")]
    public void An_abbreviated_unit_and_their_living_expenses_are_not_grammar_slips(string need, string text) =>
        RuleAssert.DoesNotFire("grammar", need, text);

    [Theory]
    [InlineData("When Mom contacted MOM in June, she was working two jobs. She needs a couch.")]
    [InlineData("Mom works hard and wants to volunteer for FFF once she has a couch.")]
    [InlineData("Mom works hard. With aid from the JFS and a JFS social worker, she found a flat and needs a couch.")]
    public void An_organisation_called_served_or_helped_by_is_not_jargon(string text) =>
        RuleAssert.DoesNotFire("jargon", "furniture", text);

    [Theory]
    [InlineData("Dad works hard with a job placement agency to find work. He needs a couch.")]
    [InlineData("Mom works hard; without childcare she can’t be on placement for her nursing course. She needs a couch.")]
    public void A_work_placement_is_not_jargon(string text) =>
        RuleAssert.DoesNotFire("jargon", "furniture", text);

    [Theory]
    [InlineData("Mom works hard. She wrote in hopes of getting food, toys and clothing for the children.")]
    [InlineData("Mom works hard, and help with toys and clothing would be very welcome.")]
    public void Clothes_hoped_for_or_helped_with_need_their_sizes(string text) =>
        RuleAssert.FiresOnDocument("details-missing", "other", text);

    [Fact]
    public void A_gift_card_a_program_purchased_is_told_of_not_asked_for() =>
        RuleAssert.DoesNotFire("cash-request", "furniture", "Mom works hard. The program purchased a gift card for her last month. She needs a couch.");

    [Theory]
    [InlineData("She left her relationship because of domestic violence and needs a couch.")]
    [InlineData("She showed up for every visit with her children and needs a couch.")]
    public void Leaving_an_abuser_and_showing_up_are_strengths(string text) =>
        Assert.DoesNotContain(Reviewer.Default.Review(text, "furniture").Findings, f => f.Rule == "strengths-missing");
}
