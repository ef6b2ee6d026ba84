using Xunit;

namespace CarePortal.Review.Tests;

/// <summary>Corpora written apart from the reviewer, by other hands, with the same floors as the dev corpus.</summary>
public sealed class HeldoutCorpusTests(ITestOutputHelper output)
{
    [Theory]
    [InlineData("heldout.jsonl")]
    [InlineData("second-heldout.jsonl")]
    [InlineData("third-heldout.jsonl")]
    public void Heldout_corpus_scores_meet_the_floors(string file)
    {
        var score = CorpusScorer.Score(CorpusScorer.Load(file), Reviewer.Default);

        new CorpusFloors(MacroF1: 0.90, RuleF1: 0.80, ConfidentialRecall: 0.95, CleanPass: 0.90).Check(score, output);
    }
}
