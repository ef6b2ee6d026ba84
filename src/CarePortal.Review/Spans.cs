namespace CarePortal.Review;

/// <summary>Joins spans that are one mention ("send money through Cash App", "14-year-old and 16-year-old sons").</summary>
internal static class Spans
{
    /// <summary>Sorts <paramref name="spans"/> and merges each into the one before it when <paramref name="joined"/> says so.</summary>
    public static List<TextSpan> Merge(List<TextSpan> spans, Func<TextSpan, TextSpan, bool> joined)
    {
        spans.Sort((a, b) => a.Start.CompareTo(b.Start));
        var merged = new List<TextSpan>(spans.Count);
        foreach (var span in spans)
        {
            if (merged.Count > 0 && (span.Start < merged[^1].End || joined(merged[^1], span)))
            {
                merged[^1] = TextSpan.FromBounds(merged[^1].Start, Math.Max(merged[^1].End, span.End));
            }
            else
            {
                merged.Add(span);
            }
        }

        return merged;
    }
}
