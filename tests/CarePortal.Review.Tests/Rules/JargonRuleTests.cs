using Xunit;

namespace CarePortal.Review.Tests.Rules;

public sealed class JargonRuleTests
{
    private const string Rule = "jargon";

    [Theory]
    [InlineData("bed", "Mom is [|on her TTV|] and needs two twin beds. Mom works hard.", "back home with her children")]
    [InlineData("food", "The [|FSW|] visits every week. Mom works hard.", "caseworker")]
    [InlineData("food", "The family will meet at the [|CFTM|] soon. Mom works hard.", "family team meeting")]
    [InlineData("food", "This is a [|kinship placement|]. Mom works hard.", "home with a relative")]
    [InlineData("food", "The move came after a [|placement disruption|]. Mom works hard.", "move to a new home")]
    [InlineData("food", "The goal is [|permanency|]. Mom works hard.", "a stable, lasting home")]
    [InlineData("food", "The plan is [|reunification|]. Mom works hard.", "returning home")]
    [InlineData("food", "The [|CPS|] worker visited. Mom works hard.", "child protective services")]
    [InlineData("food", "The [|ICPC|] paperwork is pending. Mom works hard.", "move across state lines")]
    [InlineData("food", "The foster parent met with the [|GAL|]. Mom works hard.", "child's advocate")]
    public void Glossary_terms_are_found_with_plain_words_to_use(string need, string marked, string replacement) =>
        RuleAssert.Fires(Rule, need, marked, replacement);

    [Fact]
    public void Unknown_abbreviations_are_found_without_a_replacement()
    {
        var findings = RuleAssert.Fires(Rule, "food", "The [|FCM|] is involved. Mom works hard.");

        Assert.Null(Assert.Single(findings).Replacement);
    }

    [Theory]
    [InlineData("food", "The family has a DCS caseworker. Mom works hard.")]
    [InlineData("food", "Mom has her GED and works at the YMCA. She works hard.")]
    [InlineData("food", "The family needs groceries ASAP. Mom works hard.")]
    [InlineData("food", "PLEASE HELP THIS FAMILY GET FOOD. Mom works hard.")]
    [InlineData("food", "Grandma is raising her grandchildren and a relative helps on weekends. She works hard.")]
    public void The_agency_name_known_abbreviations_and_shouting_are_not_jargon(string need, string text) =>
        RuleAssert.DoesNotFire(Rule, need, text);

    [Theory]
    [InlineData("other", "FAMILY #4\n10-YEAR-OLD MALE\nSize: 10/12\nLikes: Legos, basketball\nNeeds: winter coat")]
    [InlineData("furniture", "Mom works hard. She was referred to Central Furniture Rescue (CFR), and CFR will bring twin beds.")]
    [InlineData("furniture", "Mom works hard. She called CFR (Central Furniture Rescue) about twin beds.")]
    public void Capital_headings_and_abbreviations_the_text_spells_out_are_not_jargon(string need, string text) =>
        RuleAssert.DoesNotFire(Rule, need, text);

    [Fact]
    public void An_agency_acronym_stays_jargon_even_spelled_out() =>
        RuleAssert.Fires(Rule, "rent", "Dad works for the Division of Family and Children Services ([|DFCS|]). Mom works hard and they need rent.");

    [Theory]
    [InlineData("rent", "MOM paid for a couple of nights in a hotel. Mom works hard.")]
    [InlineData("rent", "GNG has been helping Mary, a mother of four who works hard.")]
    [InlineData("other", "FCA staff provided tutoring, and she works hard in school.")]
    [InlineData("utilities", "An overdue balance brought her to GRACE’s doorstep. She works hard.")]
    [InlineData("utilities", "She had already paid to have PG&E turned on. She works hard.")]
    public void An_abbreviation_that_acts_or_owns_names_an_organisation(string need, string text) =>
        RuleAssert.DoesNotFire(Rule, need, text);

    [Fact]
    public void An_abbreviation_that_only_sits_in_a_sentence_is_still_found() =>
        RuleAssert.Fires(Rule, "utilities", "Mom works hard and qualified for $500 in [|CII|] funds.");
}
