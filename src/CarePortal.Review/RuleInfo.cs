namespace CarePortal.Review;

/// <summary>
/// A rule's stable id, the practice it enforces, its default severity, what it explains, and who can
/// approve a description that keeps what it found (a gas card: the supervisor).
/// </summary>
public sealed record RuleInfo(string Id, Practice Practice, Severity Severity, string Title, string Why, Approver ApprovalBy = Approver.None);
