using Xunit;

namespace CarePortal.Review.Tests;

/// <summary>
/// Need descriptions published by charities, newspapers' holiday funds and CarePortal itself, in their own words
/// (each line names its source), labelled by shared/corpus/FORMAT.md. real.jsonl was used while tuning the
/// reviewer; real-blind.jsonl (every id ending 2, 5 or 8) was not looked at while tuning.
/// </summary>
public sealed class RealCorpusTests(ITestOutputHelper output)
{
    [Fact]
    public void Real_corpus_scores_meet_the_floors()
    {
        var score = CorpusScorer.Score(CorpusScorer.Load("real.jsonl"), Reviewer.Default);

        new CorpusFloors(MacroF1: 0.90, CleanPass: 0.90, ConfidentialPrecision: 0.90).Check(score, output);
    }

    [Fact]
    public void Blind_real_corpus_scores_meet_the_floors()
    {
        var score = CorpusScorer.Score(CorpusScorer.Load("real-blind.jsonl"), Reviewer.Default);

        new CorpusFloors(MacroF1: 0.90, CleanPass: 0.95, ConfidentialPrecision: 0.90).Check(score, output);
    }

    /// <summary>real-third.jsonl: 55 descriptions from other hosts, scored unseen first (macro-F1 0.421), then used while tuning.</summary>
    [Fact]
    public void Third_real_corpus_scores_meet_the_floors()
    {
        var score = CorpusScorer.Score(CorpusScorer.Load("real-third.jsonl"), Reviewer.Default);

        new CorpusFloors(MacroF1: 0.84, CleanPass: 0.90, ConfidentialPrecision: 0.90).Check(score, output);
    }

    /// <summary>real-fourth.jsonl: 42 descriptions gathered and labelled before the reviewer was run on them (unseen: macro-F1 0.403, clean-pass 0.214 after the label corrections the corpus README lists).</summary>
    [Fact]
    public void Fourth_real_corpus_scores_meet_the_floors()
    {
        var score = CorpusScorer.Score(CorpusScorer.Load("real-fourth.jsonl"), Reviewer.Default);

        new CorpusFloors(MacroF1: 0.94, CleanPass: 0.95, ConfidentialPrecision: 0.90).Check(score, output);
    }

    /// <summary>real-fifth.jsonl: 46 descriptions gathered and labelled before the reviewer was run on them (unseen: macro-F1 0.252, clean-pass 0.556 after the label corrections the corpus README lists), then used while tuning.</summary>
    [Fact]
    public void Fifth_real_corpus_scores_meet_the_floors()
    {
        var score = CorpusScorer.Score(CorpusScorer.Load("real-fifth.jsonl"), Reviewer.Default);

        new CorpusFloors(MacroF1: 0.58, CleanPass: 0.85).Check(score, output);
    }

    /// <summary>real-sixth.jsonl: 46 descriptions gathered and labelled before the reviewer was run on them (unseen: macro-F1 0.440, clean-pass 0.6), then used while tuning by cause across all real corpora.</summary>
    [Fact]
    public void Sixth_real_corpus_scores_meet_the_floors()
    {
        var score = CorpusScorer.Score(CorpusScorer.Load("real-sixth.jsonl"), Reviewer.Default);

        new CorpusFloors(MacroF1: 0.83, CleanPass: 0.95).Check(score, output);
    }

    /// <summary>real-seventh.jsonl: 40 descriptions gathered and labelled before the reviewer was run on them (unseen: macro-F1 0.522, clean-pass 0.333), then used while tuning by cause across all real corpora.</summary>
    [Fact]
    public void Seventh_real_corpus_scores_meet_the_floors()
    {
        var score = CorpusScorer.Score(CorpusScorer.Load("real-seventh.jsonl"), Reviewer.Default);

        new CorpusFloors(MacroF1: 0.90, CleanPass: 0.80).Check(score, output);
    }

    /// <summary>real-eighth.jsonl: 42 descriptions gathered and labelled before the reviewer was run on them (unseen: macro-F1 0.601, clean-pass 0.786).</summary>
    [Fact]
    public void Eighth_real_corpus_scores_meet_the_floors()
    {
        var score = CorpusScorer.Score(CorpusScorer.Load("real-eighth.jsonl"), Reviewer.Default);

        new CorpusFloors(MacroF1: 0.88, CleanPass: 0.95).Check(score, output);
    }

    /// <summary>real-ninth.jsonl: 41 descriptions gathered and labelled before the reviewer was run on them (unseen: macro-F1 0.585, clean-pass 0.667 after the label correction the corpus README lists).</summary>
    [Fact]
    public void Ninth_real_corpus_scores_meet_the_floors()
    {
        var score = CorpusScorer.Score(CorpusScorer.Load("real-ninth.jsonl"), Reviewer.Default);

        new CorpusFloors(MacroF1: 0.86, CleanPass: 0.85).Check(score, output);
    }

    /// <summary>real-tenth.jsonl: 43 descriptions gathered and labelled before the reviewer was run on them (unseen: macro-F1 0.474, clean-pass 0.6; 0.535 after the label correction the corpus README lists), then used while tuning by cause across all real corpora.</summary>
    [Fact]
    public void Tenth_real_corpus_scores_meet_the_floors()
    {
        var score = CorpusScorer.Score(CorpusScorer.Load("real-tenth.jsonl"), Reviewer.Default);

        new CorpusFloors(MacroF1: 0.74, CleanPass: 0.95).Check(score, output);
    }

    /// <summary>real-eleventh.jsonl: 48 descriptions from hosts no set used before (car awards, toy-fund letters, United Way and benevolent-fund stories, mutual-aid posts, fire fundraisers), gathered and labelled before the reviewer was run on them (unseen: macro-F1 0.358, clean-pass 0.714).</summary>
    [Fact]
    public void Eleventh_real_corpus_scores_meet_the_floors()
    {
        var score = CorpusScorer.Score(CorpusScorer.Load("real-eleventh.jsonl"), Reviewer.Default);

        new CorpusFloors(MacroF1: 0.60, CleanPass: 0.85).Check(score, output);
    }

    /// <summary>real-twelfth.jsonl: 53 descriptions from hosts no set used before (Family Promise and Habitat stories, People for People and Hope Fund cases, veterans' grants, a refugee sponsor's update, a sponsorship program in India, church ministries' vignettes), gathered and labelled before the reviewer was run on them (unseen: macro-F1 0.491, clean-pass 0.667).</summary>
    [Fact]
    public void Twelfth_real_corpus_scores_meet_the_floors()
    {
        var score = CorpusScorer.Score(CorpusScorer.Load("real-twelfth.jsonl"), Reviewer.Default);

        new CorpusFloors(MacroF1: 0.78, CleanPass: 0.95).Check(score, output);
    }

    /// <summary>real-thirteenth.jsonl: 46 descriptions from hosts no set used before (personal and church blogs, ramp and home-repair stories, benefit dinners and fundraisers with organisers' phones and a mailing address, St. Vincent de Paul, Community Action and shelter client stories, car-ministry stories, diaper-bank posts), gathered and labelled before the reviewer was run on them (unseen: macro-F1 0.468, clean-pass 0.6).</summary>
    [Fact]
    public void Thirteenth_real_corpus_scores_meet_the_floors()
    {
        var score = CorpusScorer.Score(CorpusScorer.Load("real-thirteenth.jsonl"), Reviewer.Default);

        new CorpusFloors(MacroF1: 0.56, CleanPass: 0.75).Check(score, output);
    }

    /// <summary>real-fourteenth.jsonl: 45 descriptions from hosts no set used before (a Thanksgiving meal program's redacted family stories, prayer walls and prayer requests, Vinnies and Save the Children client stories, a Malaysian single parents' charity, a UK members' giving club, foster-closet and bed-ministry posts, church drives with a church's address and gift cards, an agency's stock list with a director's e-mail and phone), gathered and labelled before the reviewer was run on them (unseen: macro-F1 0.649, clean-pass 0.5; 0.669 after two label corrections).</summary>
    [Fact]
    public void Fourteenth_real_corpus_scores_meet_the_floors()
    {
        var score = CorpusScorer.Score(CorpusScorer.Load("real-fourteenth.jsonl"), Reviewer.Default);

        new CorpusFloors(MacroF1: 0.73, CleanPass: 0.8).Check(score, output);
    }

    [Fact]
    public void Real_corpora_hold_over_a_hundred_sourced_descriptions()
    {
        var cases = CorpusScorer.Load("real.jsonl").Concat(CorpusScorer.Load("real-blind.jsonl")).Concat(CorpusScorer.Load("real-fourth.jsonl")).Concat(CorpusScorer.Load("real-fifth.jsonl")).Concat(CorpusScorer.Load("real-sixth.jsonl")).Concat(CorpusScorer.Load("real-seventh.jsonl")).Concat(CorpusScorer.Load("real-eighth.jsonl")).Concat(CorpusScorer.Load("real-ninth.jsonl")).Concat(CorpusScorer.Load("real-tenth.jsonl")).Concat(CorpusScorer.Load("real-eleventh.jsonl")).Concat(CorpusScorer.Load("real-twelfth.jsonl")).Concat(CorpusScorer.Load("real-thirteenth.jsonl")).Concat(CorpusScorer.Load("real-fourteenth.jsonl")).ToList();

        Assert.True(cases.Count >= 100, $"{cases.Count} descriptions");
        Assert.All(cases, c => Assert.False(string.IsNullOrWhiteSpace(c.Source), c.Id));
    }
}
