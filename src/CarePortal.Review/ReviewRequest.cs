namespace CarePortal.Review;

/// <summary>
/// A description to review, its need, and the items the request asks for ("Twin bed", "Boys' coat, size 8"), as the
/// composer lists them. Children's ages, sizes and gender belong in a description whose items depend on them.
/// </summary>
public sealed record ReviewRequest(string Text, string Need, IReadOnlyList<string>? Items = null);
