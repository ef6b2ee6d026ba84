namespace CarePortal.Review;

/// <summary>How much a finding matters: blockers stop submission, warnings ask for a change, suggestions advise.</summary>
public enum Severity
{
    Suggestion = 0,
    Warning = 1,
    Blocker = 2,
}
