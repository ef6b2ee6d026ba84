namespace CarePortal.Review;

/// <summary>The findings for a description, in text order, and what they mean for submission.</summary>
public sealed record ReviewResult(IReadOnlyList<Finding> Findings, Verdict Verdict, Approver Approver)
{
    public bool HasBlockers => Findings.Any(f => f.Severity == Severity.Blocker);
}
