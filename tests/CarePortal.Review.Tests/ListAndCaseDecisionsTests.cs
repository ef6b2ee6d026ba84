using Xunit;

namespace CarePortal.Review.Tests;

/// <summary>
/// Decisions for the lists holiday programs and agencies publish ("Critical items", "Suggested gifts", one member a
/// line with an age), and for other wordings met in real-fourth.jsonl, by category rather than by sentence.
/// </summary>
public sealed class ListAndCaseDecisionsTests
{
    [Theory]
    [InlineData("Mom works hard.\n\nSon, age 12: pant 14/16 boy, shirt 14/16 boy\n\nNiece, Age 5: Bike and helmet, stuffed animals")]
    [InlineData("Mom works hard.\n\nMother, Age 29: Gift cards for clothing, size Large\n\nSon, Age 5: Learning toys, toy cars")]
    [InlineData("Mom works hard. Critical items: blankets (3 twin, 1 queen)\nMother, age 36: King blanket, heater\nBedding (Queen)")]
    [InlineData("Mom works hard. She asks for Nail polish, an Alexa speaker and Ty babies for the girls, and the Delta variant kept her home.")]
    [InlineData("Mom works hard. Both girls would like makeup and gift cards to Sephora.")]
    [InlineData("Mom works hard. Their eight year old sister has Down Syndrome.")]
    public void List_labels_bed_sizes_products_and_stores_are_not_family_names(string text) =>
        RuleAssert.DoesNotFire("confidential-name", "other", text);

    [Fact]
    public void A_name_at_the_start_of_a_list_line_is_still_found() =>
        RuleAssert.Fires("confidential-name", "other", "Mom works hard.\n\n[|Amiyah|], 7, wants a bike.");

    [Theory]
    [InlineData("jargon", "Mom works hard. The 14-year-old would like an MP3 player and FSU items.")]
    [InlineData("spelling", "Mom works hard. Diapers (sizes up to 10 lbs., 16-28 lbs, over 27 lbs.) are needed.")]
    [InlineData("grammar", "Mom works hard. The grandmother came to the U.S. from Nigeria.")]
    [InlineData("grammar", "Mom works hard. Keeping the children home has cost her her job.")]
    [InlineData("deficit-language", "Mom works hard. He was neglected by his family and came into foster care with nothing.")]
    [InlineData("confidential-service", "Grandma works hard. She is in treatment for cancer and needs a couch.")]
    public void Units_models_dotted_abbreviations_and_acts_done_to_them_are_fine(string rule, string text) =>
        RuleAssert.DoesNotFire(rule, "furniture", text);

    [Theory]
    [InlineData("grammar", "furniture", "The single mother [|is was|] terminated from her job. She works hard and needs a couch.")]
    [InlineData("deficit-language", "furniture", "At the removal, Mom was considered [|unfit|] by the court. She works hard and needs a couch.")]
    [InlineData("confidential-service", "other", "The uncle works hard raising the children while their mother is [|in treatment|].")]
    [InlineData("gas-card", "other", "Mom works hard. Critical items: car tires, [|gift certificates for food, gas|], and clothing")]
    [InlineData("child-details-unneeded", "rent", "Both parents work full time. [|The children are 15 and 11|]. They need help with rent.")]
    public void Two_verbs_labels_by_others_treatment_gas_and_ages_given_as_a_sentence_are_findings(string rule, string need, string marked) =>
        RuleAssert.Fires(rule, need, marked);

    [Theory]
    [InlineData("CRITICAL ITEMS\nBlankets (2 full), winter coats, socks and pajamas")]
    [InlineData("Suggested gifts:\nFather, age 37: T-shirts, socks")]
    public void Clothes_listed_under_an_items_heading_without_sizes_miss_details(string list) =>
        RuleAssert.FiresOnDocument("details-missing", "other", "Mom works two jobs to pay the bills.\n" + list);

    [Theory]
    [InlineData("A relative is willing to take the three siblings, but needs a second crib.")]
    [InlineData("They are in the process of finding a home and replacing their lost items. They need blankets.")]
    [InlineData("She wants to become a nurse and needs a couch.")]
    public void Willingness_and_effort_in_other_words_are_strengths(string text) =>
        RuleAssert.DoesNotFire("strengths-missing", "other", text);

    [Fact]
    public void Unfit_to_care_for_the_children_is_no_strength() =>
        RuleAssert.FiresOnDocument("strengths-missing", "household", "Both parents are unfit to care for the kids. They need a vacuum.");
}
