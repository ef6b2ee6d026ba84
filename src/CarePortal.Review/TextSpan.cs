namespace CarePortal.Review;

/// <summary>A half-open span of UTF-16 code units in the reviewed text.</summary>
public readonly record struct TextSpan(int Start, int Length)
{
    public int End => Start + Length;

    public bool Overlaps(TextSpan other) => Start < other.End && other.Start < End;

    public static TextSpan FromBounds(int start, int end) => new(start, end - start);

    public override string ToString() => $"[{Start}..{End})";
}
