using System.Globalization;
using Xunit;

namespace CarePortal.Review.Tests;

/// <summary>The scores a corpus must reach; on a miss, prints the per-rule table and every miss.</summary>
public sealed record CorpusFloors(double MacroF1, double? RuleF1 = null, double? ConfidentialRecall = null, double? CleanPass = null, double? ConfidentialPrecision = null)
{
    public void Check(CorpusScore score, ITestOutputHelper output)
    {
        ArgumentNullException.ThrowIfNull(score);
        ArgumentNullException.ThrowIfNull(output);
        var failures = new List<string>();
        var culture = CultureInfo.InvariantCulture;
        if (score.MacroF1 < MacroF1)
        {
            failures.Add(string.Create(culture, $"macro-F1 {score.MacroF1:F3} < {MacroF1}"));
        }

        foreach (var rule in score.Rules)
        {
            if (rule.F1 < RuleF1)
            {
                failures.Add(string.Create(culture, $"{rule.Rule} F1 {rule.F1:F3} < {RuleF1}"));
            }

            if (rule.Rule.StartsWith("confidential-", StringComparison.Ordinal) && rule.Recall < ConfidentialRecall)
            {
                failures.Add(string.Create(culture, $"{rule.Rule} recall {rule.Recall:F3} < {ConfidentialRecall}"));
            }

            if (rule.Rule.StartsWith("confidential-", StringComparison.Ordinal) && rule.Found > 0 && rule.Precision < ConfidentialPrecision)
            {
                failures.Add(string.Create(culture, $"{rule.Rule} precision {rule.Precision:F3} < {ConfidentialPrecision}"));
            }
        }

        if (CleanPass is { } floor && (score.CleanPass ?? 1.0) < floor)
        {
            failures.Add(string.Create(culture, $"clean-pass {score.CleanPass:F3} < {floor}"));
        }

        output.WriteLine(score.Table());
        if (failures.Count > 0)
        {
            output.WriteLine("");
            foreach (var miss in score.Misses)
            {
                output.WriteLine(miss);
            }

            Assert.Fail($"Below the floors: {string.Join("; ", failures)}\n{score.Table()}\n{string.Join("\n", score.Misses)}");
        }
    }
}
