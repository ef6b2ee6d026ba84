using Xunit;

namespace CarePortal.Review.Tests;

public sealed class HeldoutCorpusTests(ITestOutputHelper output)
{
    [Fact]
    public void Heldout_corpus_scores_meet_the_floors()
    {
        var score = CorpusScorer.Score(CorpusScorer.Load("heldout.jsonl"), Reviewer.Default);

        new CorpusFloors(MacroF1: 0.90, RuleF1: 0.80, ConfidentialRecall: 0.95, CleanPass: 0.90).Check(score, output);
    }
}
