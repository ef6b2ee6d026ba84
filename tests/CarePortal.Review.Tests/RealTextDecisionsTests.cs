using Xunit;

namespace CarePortal.Review.Tests;

/// <summary>The judgement calls of FORMAT.md on untidy real text: what is and is not a finding.</summary>
public sealed class RealTextDecisionsTests
{
    [Theory]
    [InlineData("The family moved to Springfield from Kenya last spring. Mom works hard and needs a couch.")]
    [InlineData("He loves Paw Patrol, Legos and the Harry Potter books. Mom works hard and needs a couch.")]
    [InlineData("She would like “The Cat in the Hat” and anything Sophia the First. Mom works hard and needs a couch.")]
    [InlineData("Her favorite singer is Taylor Swift and she wants a CD by Alicia Keys. Mom works hard and needs a couch.")]
    [InlineData("Ms. J works hard. M, 24, and J’s two boys need a couch.")]
    [InlineData("We’re so grateful. The landlord is Mr. Pruitt. Mom works hard and needs a couch.")]
    [InlineData("The family moved from Baton Rouge to Grand Rapids. Mom works hard and needs a couch.")]
    [InlineData("Mom applied to Hope for the Holidays and works hard. She needs a couch.")]
    [InlineData("Her Saint Joseph caseworker says Mom works hard. She needs a couch.")]
    [InlineData("Mom works hard. Please write to our Family Advocate, Dana Whitfield, about the couch.")]
    [InlineData("Mom works hard and needs a couch.\nYoung children live in the home.")]
    public void Places_brands_titles_initials_and_outsiders_are_not_family_names(string text) =>
        RuleAssert.DoesNotFire("confidential-name", "furniture", text);

    [Theory]
    [InlineData("furniture", "[|Amiyah|], 7, and her brother love to read. Mom works hard and needs a couch.")]
    [InlineData("furniture", "The 10-year-old tomboy [|Ariyah|] loves art. Mom works hard and needs a couch.")]
    [InlineData("furniture", "[|April|] is working hard at her new job and needs a couch for the family.")]
    [InlineData("furniture", "[|The Garcias|] moved here in March and both parents work full time. They need a couch.")]
    [InlineData("furniture", "Mom took [|Marcus|], 9, [|Elsa|], 6, and [|Ruby|], 4, to the park. She works hard and needs a couch.")]
    public void Children_named_with_an_age_a_month_that_is_a_name_and_plural_family_names_are_names(string need, string marked) =>
        RuleAssert.Fires("confidential-name", need, marked);

    [Theory]
    [InlineData("rent", "The 62-year-old grandmother works hard and needs help with rent.")]
    [InlineData("rent", "Her 18-year-old son works full time to help. Mom needs help with rent.")]
    [InlineData("rent", "Mom works hard. Her daughters, ages 8 and 11, need winter coats and the family needs help with rent.")]
    [InlineData("utilities", "Mom works hard and her boys, 6 and 9, would like bikes for Christmas. The family needs help with the power bill.")]
    [InlineData("other", "Dad works two jobs. He is pleading for help to give his sons, ages 4 and 7, a Christmas this year.")]
    public void Adults_ages_and_ages_of_children_given_things_they_need_are_fine(string need, string text) =>
        RuleAssert.DoesNotFire("child-details-unneeded", need, text);

    [Theory]
    [InlineData("rent", "Mom works hard caring for her three grandchildren, [|ranging in age from 3 to 11|]. She needs help with rent.")]
    [InlineData("rent", "Mom works hard caring for her [|two nephews, 9 and 12|]. She needs help with rent.")]
    [InlineData("utilities", "Mom works hard and her [|5 ½-year-old son|] helps. She needs help with the gas bill.")]
    public void Childrens_ages_as_ranges_lists_and_halves_are_child_details(string need, string marked) =>
        RuleAssert.Fires("child-details-unneeded", need, marked);

    [Fact]
    public void A_degree_the_public_knows_and_an_amount_already_paid_are_fine()
    {
        const string Text = "Mom works hard and has a BA; she was able to pay $150 toward the rent. She needs a couch.";

        RuleAssert.DoesNotFire("jargon", "rent", Text);
        RuleAssert.DoesNotFire("private-detail", "rent", Text);
    }

    [Theory]
    [InlineData("furniture", "Mom works hard, though her [|poor judgments|] cost her a job. She needs a couch.")]
    [InlineData("furniture", "Grandma works hard; her [|errant|] son left the boys with her. She needs a couch.")]
    public void Negative_judgements_in_other_words_are_deficit_language(string need, string marked) =>
        RuleAssert.Fires("deficit-language", need, marked);

    [Theory]
    [InlineData("Mom works hard. Last year the children received $25 gift cards from a school drive and bought coats.")]
    [InlineData("Mom works hard. The kids used their Target gift cards last year.")]
    public void Gift_cards_told_of_as_given_are_not_asks(string text) =>
        RuleAssert.DoesNotFire("cash-request", "furniture", text);

    [Theory]
    [InlineData("Mom works hard. Last winter the kids got boots from a church, and this year she needs a couch.")]
    public void An_other_need_asks_sizes_only_for_items_asked_for(string text) =>
        RuleAssert.DoesNotFire("details-missing", "other", text);

    [Theory]
    [InlineData("She was laid off in May and has been trying to find a new job ever since. She needs a couch.")]
    [InlineData("Money is tight, but after the fire they are almost back on their feet. They need a couch.")]
    public void Efforts_said_in_other_words_are_strengths(string text) =>
        RuleAssert.DoesNotFire("strengths-missing", "furniture", text);

    [Theory]
    [InlineData("Mom works hard and needs [|alittle|] help with a couch.", "a little")]
    [InlineData("Mom works hard and was [|shoping|] for a couch.", "shopping")]
    public void Words_glued_together_and_single_consonants_before_ing_are_misspellings(string marked, string meant) =>
        Assert.Equal(meant, RuleAssert.Fires("spelling", "furniture", marked).Single().Replacement);

    [Theory]
    [InlineData("Mom works hard on her counseling degree and is focusing on her new job; the bill totaled $90. She needs a couch.")]
    public void Words_whose_last_syllable_is_not_stressed_keep_a_single_consonant(string text) =>
        RuleAssert.DoesNotFire("spelling", "furniture", text);

    [Fact]
    public void The_items_a_request_lists_say_whether_childrens_ages_belong()
    {
        const string Text = "Mom works hard. Her 6-year-old son has outgrown everything he owns.";

        Assert.Contains(Reviewer.Default.Review(Text, "rent").Findings, f => f.Rule == "child-details-unneeded");
        Assert.DoesNotContain(Reviewer.Default.Review(new ReviewRequest(Text, "rent", ["Boys' winter coat, size 7"])).Findings, f => f.Rule == "child-details-unneeded");
    }

    [Theory]
    [InlineData("Mom works hard.\n\nCLOTHING/SHOE SIZES: size 7 pants, size 2 shoes.\n\nCHRISTMAS WISH: Legos.")]
    [InlineData("Mom works hard despite COVID and her PTSD. The kids love LOL dolls and PJ Masks.")]
    public void Headings_in_capitals_and_abbreviations_the_public_knows_are_not_jargon(string text) =>
        RuleAssert.DoesNotFire("jargon", "clothing", text);

    [Theory]
    [InlineData("Mom left an abusive relationship and works hard. She needs a couch.")]
    [InlineData("Her utilities are severely delinquent, but Mom works hard. She needs a couch.")]
    public void What_others_did_or_a_bills_state_is_not_a_label_on_the_family(string text) =>
        RuleAssert.DoesNotFire("deficit-language", "furniture", text);

    [Theory]
    [InlineData("household", "Mom works hard and needs [|clearing|] supplies and towels.", "cleaning")]
    [InlineData("clothing", "Mom works hard. The boys need clothes to [|where|] to school, sizes 8 and 10.", "wear")]
    public void Real_words_in_the_wrong_place_are_caught_beside_the_words_that_give_them_away(string need, string marked, string meant) =>
        Assert.Equal(meant, RuleAssert.Fires("spelling", need, marked).Single().Replacement);

    [Theory]
    [InlineData("rent", "Mom works hard and has a [|Walmart card|] on her list for groceries. She needs help with rent.")]
    public void A_store_card_is_a_gift_card(string need, string marked) =>
        RuleAssert.Fires("cash-request", need, marked);

    [Theory]
    [InlineData("rent", "Mom works hard and owes [|1,240 dollars|] in back rent to the landlord.")]
    public void An_amount_owed_in_words_is_private(string need, string marked) =>
        RuleAssert.Fires("private-detail", need, marked);

    [Theory]
    [InlineData("bed", "Mom works hard and the boys need bunk beds. Mom [|works hard she|] just needs help.")]
    public void A_run_on_after_an_adverb_is_a_grammar_slip(string need, string marked) =>
        RuleAssert.Fires("grammar", need, marked);

    [Theory]
    [InlineData("utilities", "Mom works hard and has [|a boy and a girl|]. She needs help with the electric bill.")]
    public void Gender_where_the_need_does_not_call_for_it_is_found(string need, string marked) =>
        RuleAssert.Fires("child-details-unneeded", need, marked);

    [Theory]
    [InlineData("bed", "Mom works hard. Her [|SSN ends in 4432|]. She needs a bed.")]
    public void The_last_four_of_an_ssn_is_an_id(string need, string marked) =>
        RuleAssert.Fires("confidential-id", need, marked);

    [Theory]
    [InlineData("bed", "Mom finished the [|Nurturing Parenting Program|] and works hard. She needs a bed.")]
    public void A_named_program_a_parent_is_in_is_a_service(string need, string marked) =>
        RuleAssert.Fires("confidential-service", need, marked);

    [Theory]
    [InlineData("furniture", "Mom works hard. The email was a plea for help... donations of clothes and a couch.")]
    [InlineData("furniture", "Mom works hard. Here is what they DO have... three mattresses and a table.")]
    [InlineData("furniture", "Mom works hard. For a whole month they were living in a hotel, and she needs a couch.")]
    public void A_sentence_going_on_after_an_ellipsis_and_a_word_in_capitals_for_emphasis_are_fine(string need, string text)
    {
        RuleAssert.DoesNotFire("grammar", need, text);
        RuleAssert.DoesNotFire("jargon", need, text);
    }

    [Theory]
    [InlineData("rent", "Mom works hard. She needs help with [|last months rent|].")]
    [InlineData("rent", "Mom works hard. She sold her TV to pay [|that months’|] rent.")]
    [InlineData("clothing", "Mom works hard. I [|hardly don't|] have any clothes that fit, size 8.")]
    public void A_months_rent_without_its_apostrophe_and_a_double_negative_are_grammar_slips(string need, string marked) =>
        RuleAssert.Fires("grammar", need, marked);

    [Theory]
    [InlineData("furniture", "Grandma works hard; their mom is homeless and [|unable to care for them|]. She needs a couch.")]
    [InlineData("rent", "Grandma took in the children after their own parents [|weren’t up to the task|]. She needs help with rent.")]
    public void Saying_parents_cannot_care_for_their_children_is_deficit_language(string need, string marked) =>
        RuleAssert.Fires("deficit-language", need, marked);

    [Fact]
    public void An_illness_that_keeps_a_parent_from_caring_for_the_children_is_not_a_label() =>
        RuleAssert.DoesNotFire("deficit-language", "furniture", "Mom works hard. Due to his health problems Dad is unable to care for the children for long. They need a couch.");

    [Theory]
    [InlineData("rent", "Mom works hard and has a son. Her son needs a quiet home; she needs help with rent.")]
    [InlineData("rent", "Mom works hard. The program helps families with children under the age of five. She needs help with rent.")]
    public void A_role_word_for_one_child_and_whom_a_program_serves_are_not_child_details(string need, string text) =>
        RuleAssert.DoesNotFire("child-details-unneeded", need, text);

    [Theory]
    [InlineData("rent", "Mom works hard and has [|two sons|]. She needs help with rent.")]
    [InlineData("utilities", "Dad works hard and raises [|a son and a daughter|]. He needs help with the power bill.")]
    [InlineData("rent", "Mom works hard for her [|three young girls|] and needs help with rent.")]
    public void A_count_of_children_by_gender_is_a_child_detail_as_a_boy_and_a_girl_is(string need, string marked) =>
        RuleAssert.Fires("child-details-unneeded", need, marked);

    [Theory]
    [InlineData("rent", "Dad works hard and has custody of his kids. [|They are 8, 12, and 14|]. He needs help with rent.")]
    [InlineData("utilities", "Grandma works hard raising three grandchildren, [|all under the age of four|]. She needs help with the power bill.")]
    public void Ages_after_they_are_and_ages_in_words_are_child_details(string need, string marked) =>
        RuleAssert.Fires("child-details-unneeded", need, marked);

    [Theory]
    [InlineData("Mom works hard. She worked with her liaisons, Kevin and Elise, to apply for housing. She needs a couch.")]
    [InlineData("Mom works hard. David Engle, Exec Director of the shelter, sent a note. She needs a couch.")]
    [InlineData("Grandma works hard. Melissa Casto was working with the family. She needs a couch.")]
    [InlineData("Mom works hard. She lives in Whittier, Ca now and needs a couch.")]
    public void Staff_named_with_their_role_and_a_state_code_in_lower_case_are_not_family_names(string text) =>
        RuleAssert.DoesNotFire("confidential-name", "furniture", text);

    [Theory]
    [InlineData("furniture", "It has been a rough year for [|the Whitlocks|]. Dad works hard. They need a couch.")]
    [InlineData("clothing", "Grandma works hard.\n[|Albert|] - is 3 yrs old and wears size 5t.")]
    public void A_family_named_in_the_plural_and_a_child_named_on_a_list_line_are_names(string need, string marked) =>
        RuleAssert.Fires("confidential-name", need, marked);

    [Theory]
    [InlineData("A family of seven was evicted. The couple found a new place to live and needs a couch.")]
    [InlineData("Four of her grandchildren came to live with her last spring. She needs a couch.")]
    [InlineData("Grandma is raising her 4-year-old granddaughter. She needs a couch.")]
    [InlineData("She recently divorced her abusive husband and needs a couch.")]
    [InlineData("He’d always been employed and never needed help. He needs a couch.")]
    public void Taking_in_relatives_leaving_an_abuser_finding_a_home_and_work_are_strengths(string text) =>
        RuleAssert.DoesNotFire("strengths-missing", "furniture", text);

    [Theory]
    [InlineData("Her husband passed away last spring. She needs a couch.")]
    [InlineData("I would be so grateful if someone could help. She needs a couch.")]
    [InlineData("It was a good thing she went in. She needs a couch.")]
    public void A_death_thanks_for_help_asked_and_a_good_thing_are_not_strengths(string text) =>
        RuleAssert.FiresOnDocument("strengths-missing", "furniture", text);
}
