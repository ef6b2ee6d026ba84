using System.Text.RegularExpressions;
using CarePortal.Review.Text;
using Xunit;

namespace CarePortal.Review.Tests.Text;

public sealed class WordListPatternTests
{
    private static readonly Dictionary<string, NeedTemplate> Templates = NeedTemplates.Load([]);

    /// <summary>The built-in templates' patterns that are word lists, each with the expression it stands for.</summary>
    private static readonly List<(string Pattern, WordListPattern Words)> Lists =
        [.. Templates.Values.SelectMany(n => n.Checks).SelectMany(c => c.When.Concat(c.Require).Concat(c.Ignore ?? []))
            .Select(p => (Pattern: p.ToString(), p.Words)).Where(p => p.Words is not null).DistinctBy(p => p.Pattern).Select(p => (p.Pattern, p.Words!))];

    public static TheoryData<string> Corpora() =>
        new(Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Corpus"), "*.jsonl").Select(Path.GetFileName).Order(StringComparer.Ordinal)!);

    [Theory]
    [InlineData(@"\b(clothes|shirts?|dress(es)?)\b", "clothes shirt shirts dress dresses")]
    [InlineData(@"\bdiapers?\b", "diaper diapers")]
    [InlineData(@"\bfurniture\b", "furniture")]
    [InlineData(@"\b(beds?|bed frames?)\b", null)] // a phrase
    [InlineData(@"\b(full-size|twin)\b", null)]
    [InlineData(@"\b(boys'?|girls)\b", null)]
    [InlineData(@"\bsizes?\b\d", null)]
    [InlineData(@"\b(a|b)c\b", null)]
    [InlineData(@"\b(ab)?\b", null)]
    [InlineData(@"\b(a|(b|c))\b", null)]
    [InlineData(@"\b[a-z]+-sized? dolls?\b", null)]
    [InlineData(@"\bShoes\b", null)] // capitals: the text is matched lower-cased, so the list would never match
    [InlineData(@"month-old", null)]
    [InlineData(@"\b(a)(b)\b", "ab")]
    [InlineData(@"\b((a|b))\b", null)]
    [InlineData(@"\b()\b", null)]
    [InlineData(@"\b(a|)\b", null)]
    [InlineData(@"\b\b", null)]
    public void Only_lists_of_words_are_matched_by_their_words(string pattern, string? words)
    {
        var list = WordListPattern.TryParse(pattern);
        Assert.Equal(words?.Split(' '), list?.Words);
    }

    [Fact]
    public void The_built_in_templates_have_word_lists()
    {
        Assert.Contains(Lists, l => l.Words.Words.Contains("clothes"));
        Assert.Contains(Lists, l => l.Words.Words.Contains("diapers"));
    }

    [Fact]
    public void Word_characters_at_a_boundary_are_those_of_the_expression_engine()
    {
        var notBoundary = new Regex(@"^a\B", RegexOptions.CultureInvariant);
        var differ = Enumerable.Range(0, 0x10000).Select(c => (char)c)
            .Where(c => WordListPattern.IsBoundaryWordChar(c) != notBoundary.IsMatch("a" + c)).Select(c => $"U+{(int)c:X4}").ToList();
        Assert.Empty(differ);
    }

    [Theory]
    [MemberData(nameof(Corpora))]
    public void Word_lists_find_in_every_corpus_what_their_expressions_find(string corpus) =>
        Assert.All(CorpusScorer.Load(corpus).Select(c => c.Text), FindsWhatTheExpressionsFind);

    [Theory]
    [InlineData("T-shirts, a 4t outfit, 2shirts, shirts_2, the coat's zipper, o'clothes, clothes'n shoes, COATS.")]
    [InlineData("café clothes, clothesé, ٣clothes, clothes\u200D, \u0301coats, coats\u0903 and sneakers\u2019 laces; Diapers!")]
    [InlineData("boots\nsandals\tslippers-cleats 'jackets' “pajamas” (hoodies) [uniforms] sweaters/underwear socks.")]
    [InlineData("furniture's legs; bed’s frame; beds, mattresses, school supplies, backpacks and notebooks.")]
    public void Word_lists_in_hard_places_find_what_their_expressions_find(string text) => FindsWhatTheExpressionsFind(text);

    /// <summary>Token by token, with the index of all lists and with each list's own pass, the tokens the expression's matches start in.</summary>
    private static void FindsWhatTheExpressionsFind(string text)
    {
        var index = new WordListIndex(Lists.Select(l => l.Words));
        var indexed = new ReviewContext(text, Templates["other"], Lexicon.Shared, Glossary.Load([])) { WordLists = index };
        var alone = new ReviewContext(text, Templates["other"], Lexicon.Shared, Glossary.Load([]));
        foreach (var (pattern, words) in Lists)
        {
            var expected = new Regex(pattern, RegexOptions.CultureInvariant).Matches(indexed.LowerText)
                .Select(m => indexed.TokenAt(m.Index)).Distinct().ToList();
            Assert.Equal(expected, Found(words, indexed));
            Assert.Equal(expected, Found(words, alone));
            Assert.Equal(expected.Count > 0, words.IsMatch(indexed));
        }
    }

    private static List<int> Found(WordListPattern words, ReviewContext context)
    {
        var found = new List<int>();
        for (var t = words.Next(context, 0); t >= 0; t = words.Next(context, t + 1))
        {
            found.Add(t);
        }

        return found;
    }
}
