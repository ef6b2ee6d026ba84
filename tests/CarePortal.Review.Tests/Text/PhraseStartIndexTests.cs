using CarePortal.Review.Text;
using Xunit;

namespace CarePortal.Review.Tests.Text;

public sealed class PhraseStartIndexTests
{
    private static readonly NeedTemplate Other = NeedTemplates.Load([])["other"];
    private static readonly Glossary Glossary = Glossary.Load([]);
    private static readonly Lexicon Lexicon = Lexicon.Shared;

    /// <summary>Lists of every kind of start: whole first words, prefixes ("complet*"), one-letter and odd stems, capitals, hyphens.</summary>
    private static readonly PhraseList<bool> Made = new(new[]
    {
        "complet* services", "x*", "é*", "a-b* c", "PTSD", "trial home visit", "non-compliant", "mom", "k*",
    }.Select(p => (p, true)));

    public static TheoryData<string> Corpora() =>
        new(Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Corpus"), "*.jsonl").Select(Path.GetFileName).Order(StringComparer.Ordinal)!);

    [Theory]
    [MemberData(nameof(Corpora))]
    public void The_index_finds_in_every_corpus_what_each_list_finds_alone(string corpus) =>
        Assert.All(CorpusScorer.Load(corpus).Select(c => c.Text), FindsWhatEachListFindsAlone);

    [Theory]
    [InlineData("She completed services; Mom's x-ray, éclair, A-Bcd c, PTSD and ptsd, her trial home-visit, non compliant, K.")]
    [InlineData("Ünder é ét 4x xx ٣mom ‘mom’ MOM mom’s moms kindergarten completing services. Completes   Services")]
    [InlineData("")]
    public void The_index_in_hard_places_finds_what_each_list_finds_alone(string text) => FindsWhatEachListFindsAlone(text);

    [Fact]
    public void A_list_beyond_the_eighth_makes_its_own_pass()
    {
        var lists = Enumerable.Range(0, 9).Select(i => new PhraseList<bool>([($"word{i}", true)])).ToList();
        var index = new PhraseStartIndex(lists);
        Assert.False(index.TryGetBit(lists[8], out _));
        var context = new ReviewContext("word0 and word8", Other, Lexicon, Glossary) { PhraseIndex = index };
        Assert.Single(lists[0].FindAll(context));
        Assert.Single(lists[8].FindAll(context));
    }

    private static void FindsWhatEachListFindsAlone(string text)
    {
        var index = new PhraseStartIndex([Made, Lexicon.Confusions, Lexicon.DeficitLabels, Lexicon.Strengths, Lexicon.AgeItems, Lexicon.Brands, Lexicon.Services, Glossary.Phrases]);
        var indexed = new ReviewContext(text, Other, Lexicon, Glossary) { PhraseIndex = index };
        var alone = new ReviewContext(text, Other, Lexicon, Glossary);
        Assert.Equal(Spans(Made, alone), Spans(Made, indexed));
        Assert.Equal(Spans(Lexicon.Confusions, alone), Spans(Lexicon.Confusions, indexed));
        Assert.Equal(Spans(Lexicon.DeficitLabels, alone), Spans(Lexicon.DeficitLabels, indexed));
        Assert.Equal(Spans(Lexicon.Strengths, alone), Spans(Lexicon.Strengths, indexed));
        Assert.Equal(Spans(Lexicon.AgeItems, alone), Spans(Lexicon.AgeItems, indexed));
        Assert.Equal(Spans(Lexicon.Brands, alone), Spans(Lexicon.Brands, indexed));
        Assert.Equal(Spans(Lexicon.Services, alone), Spans(Lexicon.Services, indexed));
        Assert.Equal(Spans(Glossary.Phrases, alone), Spans(Glossary.Phrases, indexed));
    }

    private static List<TextSpan> Spans<T>(PhraseList<T> list, ReviewContext context) => [.. list.FindAll(context).Select(m => m.Span)];
}
