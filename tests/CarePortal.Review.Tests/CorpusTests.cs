using Xunit;

namespace CarePortal.Review.Tests;

public sealed class CorpusTests(ITestOutputHelper output)
{
    [Fact]
    public void Dev_corpus_scores_meet_the_floors()
    {
        var score = CorpusScorer.Score(CorpusScorer.Load("dev.jsonl"), Reviewer.Default);

        new CorpusFloors(MacroF1: 0.90, RuleF1: 0.80, ConfidentialRecall: 0.95, CleanPass: 0.90).Check(score, output);
    }

    [Fact]
    public void Dev_corpus_has_clean_and_labelled_descriptions_for_every_rule()
    {
        var cases = CorpusScorer.Load("dev.jsonl");

        Assert.Equal(90, cases.Count);
        Assert.Contains(cases, c => c.LabelList.Count == 0);
        Assert.All(CorpusScorer.SpanRules.Concat(CorpusScorer.DocumentRules),
            rule => Assert.Contains(cases, c => c.LabelList.Any(l => l.Rule == rule)));
    }
}
