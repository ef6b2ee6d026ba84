namespace CarePortal.Review;

/// <summary>A rule's stable id, the practice it enforces, its default severity and what it explains.</summary>
public sealed record RuleInfo(string Id, Practice Practice, Severity Severity, string Title, string Why);
