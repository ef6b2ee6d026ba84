using System.Globalization;
using System.Text;
using System.Text.Json;

namespace CarePortal.Review.Tests;

public sealed record CorpusLabel(string Rule, string Evidence);

public sealed record CorpusCase(string Id, string Need, string Text, IReadOnlyList<CorpusLabel>? Labels, string? Source = null)
{
    public IReadOnlyList<CorpusLabel> LabelList => Labels ?? [];
}

public sealed record RuleScore(string Rule, double Precision, double Recall, double F1, int Found, int Gold);

public sealed record CorpusScore(IReadOnlyList<RuleScore> Rules, double MacroF1, double? CleanPass, int CleanTotal, int Cases, IReadOnlyList<string> Misses)
{
    public RuleScore? this[string rule] => Rules.FirstOrDefault(r => r.Rule == rule);

    /// <summary>The same table score_review.py prints.</summary>
    public string Table()
    {
        var culture = CultureInfo.InvariantCulture;
        var table = new StringBuilder();
        table.AppendLine(culture, $"{"rule",-24} {"prec",6} {"recall",6} {"F1",6} {"found",6} {"gold",6}");
        foreach (var r in Rules)
        {
            table.AppendLine(culture, $"{r.Rule,-24} {r.Precision,6:F2} {r.Recall,6:F2} {r.F1,6:F2} {r.Found,6} {r.Gold,6}");
        }

        table.Append(culture, $"macro-F1 {MacroF1:F3} clean-pass {(CleanPass is { } c ? c.ToString("F3", culture) : "None")} cases {Cases}");
        return table.ToString();
    }
}

/// <summary>
/// Scores <see cref="Reviewer"/> on a labelled corpus exactly as /work/shared/tools/score_review.py does:
/// a span finding counts where it overlaps a label's evidence, document rules count once per description.
/// </summary>
public static class CorpusScorer
{
    public static readonly string[] SpanRules =
    [
        "confidential-name", "confidential-address", "confidential-contact", "confidential-id",
        "confidential-service", "child-details-unneeded", "jargon", "cash-request", "gas-card",
        "deficit-language", "spelling", "grammar", "private-detail",
    ];

    public static readonly string[] DocumentRules = ["strengths-missing", "details-missing"];

    private static readonly string[] AllRules = [.. SpanRules, .. DocumentRules];

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>Reads a corpus from the test output folder (Corpus/*.jsonl is copied there).</summary>
    public static IReadOnlyList<CorpusCase> Load(string fileName)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Corpus", fileName);
        return File.ReadLines(path)
            .Where(line => !string.IsNullOrWhiteSpace(line))
            .Select(line => JsonSerializer.Deserialize<CorpusCase>(line, Json) ?? throw new InvalidDataException($"{fileName}: empty line"))
            .ToList();
    }

    public static CorpusScore Score(IReadOnlyList<CorpusCase> cases, Reviewer reviewer)
    {
        ArgumentNullException.ThrowIfNull(cases);
        ArgumentNullException.ThrowIfNull(reviewer);
        var tally = AllRules.ToDictionary(r => r, _ => new Tally());
        var misses = new List<string>();
        int cleanTotal = 0, cleanPass = 0;
        foreach (var c in cases)
        {
            var labels = c.LabelList;
            var findings = reviewer.Review(c.Text, c.Need).Findings.Where(f => tally.ContainsKey(f.Rule)).ToList();
            if (labels.Count == 0)
            {
                cleanTotal++;
                cleanPass += findings.Count == 0 ? 1 : 0;
            }

            foreach (var rule in DocumentRules)
            {
                var gold = labels.Any(l => l.Rule == rule);
                var fired = findings.Any(f => f.Rule == rule);
                var t = tally[rule];
                if (gold && fired)
                {
                    t.TruePositiveFound++;
                    t.TruePositiveLabel++;
                }
                else if (fired)
                {
                    t.FalsePositive++;
                    misses.Add($"FP {c.Id} {rule}");
                }
                else if (gold)
                {
                    t.FalseNegative++;
                    misses.Add($"FN {c.Id} {rule}");
                }
            }

            foreach (var rule in SpanRules)
            {
                var ruleLabels = labels.Where(l => l.Rule == rule).ToList();
                var goldSpans = ruleLabels.Select(l => EvidenceSpans(c.Text, l.Evidence)).ToList();
                var found = findings.Where(f => f.Rule == rule).Select(f => (Start: f.Span.Start, End: f.Span.Start + Math.Max(1, f.Span.Length))).ToList();
                var t = tally[rule];
                foreach (var span in found)
                {
                    if (goldSpans.Any(spans => spans.Any(g => Overlaps(span, g))))
                    {
                        t.TruePositiveFound++;
                    }
                    else
                    {
                        t.FalsePositive++;
                        misses.Add($"FP {c.Id} {rule} '{c.Text[span.Start..Math.Min(span.End, c.Text.Length)]}'");
                    }
                }

                for (var i = 0; i < ruleLabels.Count; i++)
                {
                    if (found.Any(s => goldSpans[i].Any(g => Overlaps(s, g))))
                    {
                        t.TruePositiveLabel++;
                    }
                    else
                    {
                        t.FalseNegative++;
                        misses.Add($"FN {c.Id} {rule} '{ruleLabels[i].Evidence}'");
                    }
                }
            }
        }

        var rows = new List<RuleScore>();
        foreach (var (rule, t) in tally)
        {
            int nFound = t.TruePositiveFound + t.FalsePositive, nGold = t.TruePositiveLabel + t.FalseNegative;
            if (nFound == 0 && nGold == 0)
            {
                continue;
            }

            var p = nFound > 0 ? (double)t.TruePositiveFound / nFound : 0.0;
            var r = nGold > 0 ? (double)t.TruePositiveLabel / nGold : 0.0;
            var f1 = p + r > 0 ? 2 * p * r / (p + r) : 0.0;
            rows.Add(new RuleScore(rule, p, r, f1, nFound, nGold));
        }

        var macro = rows.Count > 0 ? rows.Average(r => r.F1) : 0.0;
        return new CorpusScore(rows, macro, cleanTotal > 0 ? (double)cleanPass / cleanTotal : null, cleanTotal, cases.Count, misses);
    }

    private static List<(int Start, int End)> EvidenceSpans(string text, string evidence)
    {
        var spans = new List<(int, int)>();
        for (var start = text.IndexOf(evidence, StringComparison.Ordinal); start >= 0; start = text.IndexOf(evidence, start + 1, StringComparison.Ordinal))
        {
            spans.Add((start, start + evidence.Length));
            if (start + 1 > text.Length)
            {
                break;
            }
        }

        return spans;
    }

    private static bool Overlaps((int Start, int End) a, (int Start, int End) b) => a.Start < b.End && b.Start < a.End;

    private sealed class Tally
    {
        public int TruePositiveFound { get; set; }

        public int FalsePositive { get; set; }

        public int TruePositiveLabel { get; set; }

        public int FalseNegative { get; set; }
    }
}
