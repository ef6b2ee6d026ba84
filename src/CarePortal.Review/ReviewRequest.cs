namespace CarePortal.Review;

/// <summary>
/// A description to review, its need, and the items the request asks for ("Twin bed", "Boys' coat, size 8"), as the
/// composer lists them. Children's ages, sizes and gender belong in a description whose items depend on them.
/// </summary>
public sealed record ReviewRequest(string Text, string Need, IReadOnlyList<string>? Items = null)
{
    /// <summary>
    /// Details the request gives outside its description (the composer's rows for each child: "girl, 8 years old, size 8"): they
    /// count as given for the details partners need, and are not reviewed as text.
    /// </summary>
    public IReadOnlyList<string>? Given { get; init; }
}
