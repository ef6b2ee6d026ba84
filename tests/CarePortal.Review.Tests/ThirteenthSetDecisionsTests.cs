using Xunit;

namespace CarePortal.Review.Tests;

/// <summary>
/// The causes of error that real-thirteenth.jsonl (scored unseen) shared with the other real corpora, each written as a
/// sentence of its own (never copied from a corpus).
/// </summary>
public sealed class ThirteenthSetDecisionsTests
{
    // Strengths said in other words (real-thirteenth, with real-tenth, real-eleventh and real-seventh): applying or asking
    // for work or for help, leaving an abuser, caring for a parent or a spouse, a first paycheck, getting to work, being
    // protective of a brother or sister (FORMAT.md judgement call 7).
    [Theory]
    [InlineData("other", "After the layoff Dora applied for a warehouse job. The washer broke in March.")]
    [InlineData("other", "Dora asked about a job at the front desk. The washer broke in March.")]
    [InlineData("other", "Dora asked if anyone knew of a cheap washer. The old one broke in March.")]
    [InlineData("other", "Dora made the decision to leave her husband last winter. The washer broke in March.")]
    [InlineData("other", "Dora and the boys had to flee an abusive home in the fall. The washer broke in March.")]
    [InlineData("other", "The teenagers help their mother with the laundry since the washer broke in March.")]
    [InlineData("other", "Since her stroke the care Nan needs is provided by her family. The washer broke in March.")]
    [InlineData("other", "Dora put her first paycheck toward the deposit. The washer broke in March.")]
    [InlineData("other", "Dora walks a mile to work at the diner. The washer broke in March.")]
    [InlineData("other", "Dora's son is protective of his little sister. The washer broke in March.")]
    [InlineData("other", "Dora is grateful for her sister, who lets them stay. The washer broke in March.")]
    public void Efforts_and_care_in_other_words_are_strengths(string need, string text) =>
        RuleAssert.DoesNotFire("strengths-missing", need, text);

    // Gratitude for the help is no strength (real-twelfth's decision, and real-eleventh's and real-tenth's labels): thanks
    // for a program, for donations or for what may come; gratitude for one's own people still is (real.jsonl, real-blind).
    [Theory]
    [InlineData("other", "The washer broke in March. Dora is thankful this program exists.")]
    [InlineData("other", "The washer broke in March. Dora was grateful to receive a box of groceries.")]
    [InlineData("other", "The washer broke in March. Dora will be grateful for anything you can give.")]
    [InlineData("other", "The washer broke in March. Dora was grateful for the help with the bill.")]
    public void Thanks_for_help_is_not_a_strength(string need, string text) =>
        RuleAssert.FiresOnDocument("strengths-missing", need, text);

    // An organisation named by its acronym (real-sixth, real-tenth, real-eleventh, real-thirteenth): spelled out anywhere in
    // the text, even with "Family", "Services" or "Assistance" in its name; one that pays for something; one whose staff
    // are named by it. A government agency's or a child-welfare practice's acronym stays jargon spelled out (FORMAT.md
    // judgement call 5: DFCS, FSW, CFTM).
    [Theory]
    [InlineData("rent", "Nell works nights. She called Riverside Family Services in May; RFS is open on Saturdays.")]
    [InlineData("rent", "Nell works nights. The Harbor Family Center (HFC) helped with the deposit.")]
    [InlineData("utilities", "Nell works nights. A Home Heating Assistance Program (HHAP) grant covered half the bill.")]
    [InlineData("rent", "Nell works nights. Two nights at a motel were paid for by NRC while the lease was signed.")]
    [InlineData("rent", "Nell works nights and meets with the NRC counselor every week about a budget.")]
    public void An_organisations_acronym_is_not_jargon(string need, string text) =>
        RuleAssert.DoesNotFire("jargon", need, text);

    [Theory]
    [InlineData("rent", "Nell works nights. At the Family Team Meeting ([|FTM|]) she asked for help with the deposit.")]
    [InlineData("rent", "Nell works nights. Her Family Service Worker ([|FSW|]) asked for help with the deposit.")]
    [InlineData("rent", "Nell works nights. The Department of Children and Families ([|DCF|]) asked for help with the deposit.")]
    public void An_agencys_or_a_practices_acronym_is_jargon_even_spelled_out(string need, string marked) =>
        RuleAssert.Fires("jargon", need, marked);

    // People outside the family taken for family names (real-eleventh, real-thirteenth): a helper's role after an
    // organisation's or a person's possessive, a title before the name, the second of two names a role comes before.
    [Theory]
    [InlineData("rent", "Mom works nights. The rent was paid in part, said Rita Moss, NRC's associate director of outreach.")]
    [InlineData("rent", "Mom works nights. Rita Moss, Ana's home visitor, called the landlord about the rent.")]
    [InlineData("rent", "Mom works nights. Fire Capt. Hal Burke said the rent money burned with the house.")]
    [InlineData("utilities", "Mom works nights. Volunteers Hal and Rita brought the bill to the office; Rita said it was due Friday.")]
    public void People_outside_the_family_are_not_family_names(string need, string text)
    {
        foreach (var name in new[] { "Rita", "Moss", "Hal", "Burke" })
        {
            Assert.DoesNotContain(Reviewer.Default.Review(text, need).Findings,
                f => f.Rule == "confidential-name" && f.Text.Contains(name, StringComparison.Ordinal));
        }
    }

    // The address of a business, a church or a venue named just before it does not locate the home (real-thirteenth); the
    // home's address still does.
    [Theory]
    [InlineData("other", "Mom works nights. Drop coats at the Elks Lodge, 410 Mill Rd. in Ferris, or at Kay's Bar, 12 Oak Ave.")]
    [InlineData("other", "Mom works nights. The dinner is at Grace Chapel Church at 77 W. Birch Road on Sunday.")]
    public void A_businesss_or_venues_address_is_not_the_homes(string need, string text) =>
        RuleAssert.DoesNotFire("confidential-address", need, text);

    [Theory]
    [InlineData("other", "Mom works nights. Cards can be mailed to her aunt at [|88 Cedar Lane, Ferris, MI 49001|].")]
    public void The_homes_address_is_still_confidential(string need, string marked) =>
        RuleAssert.Fires("confidential-address", need, marked);
}
