using System.Text.RegularExpressions;
using CarePortal.Review.Rules;
using CarePortal.Review.Text;
using Xunit;

namespace CarePortal.Review.Tests.Text;

public sealed class WordStartScanTests
{
    /// <summary>Every description of every corpus, each also in capitals (the pattern ignores case).</summary>
    public static TheoryData<string> Corpora() =>
        new(Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Corpus"), "*.jsonl").Select(Path.GetFileName).Order(StringComparer.Ordinal)!);

    [Theory]
    [MemberData(nameof(Corpora))]
    public void Ages_found_at_word_starts_are_those_the_whole_pattern_finds(string corpus) =>
        FindsWhatTheWholePatternFinds(ChildDetailsUnneededRule.Age, corpus);

    [Theory]
    [MemberData(nameof(Corpora))]
    public void Directions_found_at_word_starts_are_those_the_whole_pattern_finds(string corpus) =>
        FindsWhatTheWholePatternFinds(PrivateDetailRule.Directions, corpus);

    [Theory]
    [MemberData(nameof(Corpora))]
    public void Ways_to_pay_found_at_word_starts_are_those_the_whole_pattern_finds(string corpus) =>
        FindsWhatTheWholePatternFinds(PrivateDetailRule.HowToPay, corpus);

    [Theory]
    [MemberData(nameof(Corpora))]
    public void Money_asked_for_the_family_found_at_word_starts_is_what_the_whole_pattern_finds(string corpus) =>
        FindsWhatTheWholePatternFinds(MoneyAsks.MoneyToFamily, corpus);

    private static void FindsWhatTheWholePatternFinds(WordStartScan scan, string corpus)
    {
        var whole = Unanchored(scan);
        var texts = CorpusScorer.Load(corpus).Select(c => c.Text).ToList();
        texts.AddRange(texts.Select(t => t.ToUpperInvariant()).ToList());
        Assert.All(texts, text =>
        {
            var expected = whole.Matches(text).Select(m => new TextSpan(m.Index, m.Length)).ToList();
            Assert.Equal(expected, scan.Matches(text));
            Assert.Equal(expected, scan.Matches(Review(text)));
        });
    }

    /// <summary>A review's context of the text: the scan then reads its tokens and their keys.</summary>
    private static ReviewContext Review(string text) => new(text, NeedTemplates.Load([])["other"], Lexicon.Shared, Glossary.Load([]));

    [Theory]
    [InlineData("Mateo is 7 and Santiago is 10; the boys, 7 and 10, wear a size 8 and 10/12.")]
    [InlineData("Her 14-year-old and 16-year-old sons, a toddler, twins aged 3, ranging in age from 5 to 15.")]
    [InlineData("TEENAGE DAUGHTERS (AGES 13 & 15), a 2T and 4T, one baby boy and one little girl, under the age of 5.")]
    [InlineData("A \u212Aids, 4 and 6 (Kelvin sign); pre-teenager; 7\u00BD-year-old; \u0661\u0662 years old.")]
    [InlineData("Her son\u2019s 7-year-old, the kid's 4T, caf\u00E9\u00A0aged 5, \u00A0ages 3 and 4, Ages\u20193, a_b 7t, 12t; x4t, \u00E9age 5, age\u00E9 5, \u201Cages 9 and 10\u201D.")]
    [InlineData("a\ttoddler, A Newborn, an infant son, two-year-old twins, ELEVEN MONTHS OLD, the ages of six and nine, They were 4, 6.")]
    [InlineData("The teen boys, a teenager, the teens are 13 and 15, between the ages of 3 to 5, sizes 10/12, in ages 4-8, aged from 2 to 4.")]
    public void Ages_in_hard_places_are_found_as_the_whole_pattern_finds_them(string text)
    {
        FindsInText(ChildDetailsUnneededRule.Age, text);
    }

    [Theory]
    [InlineData("Turn onto the gravel driveway; take the 2nd right, go straight until the BLUE HOUSE, first driveway on the left.")]
    [InlineData("To find it, look for the white mobile home past the old feed store; at the end of the lane; in the back row.")]
    [InlineData("Right on the dirt road at mile marker 9, go\u00A0past the mill, off of Old Mill Road, passing the red barn.")]
    public void Directions_in_hard_places_are_found_as_the_whole_pattern_finds_them(string text) =>
        FindsInText(PrivateDetailRule.Directions, text);

    [Theory]
    [InlineData("Pay online or over the phone; the landlord accepts money orders and takes personal checks, paid by check.")]
    [InlineData("The utility's website, the COMPANY'S WEBSITE, an online portal; make checks payable to the office; payable through the bank.")]
    [InlineData("Mail a check or mail the payment, routing number, payments via the payment portal, pay at the office, paid in person.")]
    public void Ways_to_pay_in_hard_places_are_found_as_the_whole_pattern_finds_them(string text) =>
        FindsInText(PrivateDetailRule.HowToPay, text);

    [Theory]
    [InlineData("She needs some gas money; asking for extra funds, donations of money, please give her the money or send them $ 40.")]
    [InlineData("GIVE MOM A FEW DOLLARS, hand dad some dollars; checks made out to the mother, a money order made out to her, money for bills.")]
    [InlineData("Pick up the funds, drop off some money, get them any funds; a few extra dollars; a gift of $50 would help; funds to the family.")]
    public void Money_asked_for_the_family_in_hard_places_is_found_as_the_whole_pattern_finds_it(string text) =>
        FindsInText(MoneyAsks.MoneyToFamily, text);

    private static void FindsInText(WordStartScan scan, string text)
    {
        var expected = Unanchored(scan).Matches(text).Select(m => new TextSpan(m.Index, m.Length)).ToList();
        Assert.NotEmpty(expected);
        Assert.Equal(expected, scan.Matches(text));
        Assert.Equal(expected, scan.Matches(Review(text)));
    }

    /// <summary>
    /// The pattern as the framework would scan it everywhere: every expression's branches in one, in order, without the
    /// leading \G(?: and closing parenthesis (compiled and with a longer bound: scanned at every letter it takes far longer
    /// than the reviewer's bound on a long text).
    /// </summary>
    private static Regex Unanchored(WordStartScan scan)
    {
        var branches = scan.Anchored.Select(anchored =>
        {
            var pattern = anchored.ToString();
            Assert.StartsWith(@"\G(?:", pattern, StringComparison.Ordinal);
            Assert.Equal(scan.Anchored[0].Options, anchored.Options);
            return pattern[5..^1];
        });
        return new Regex(string.Join('|', branches), scan.Anchored[0].Options | RegexOptions.Compiled, TimeSpan.FromSeconds(30));
    }
}
