namespace CarePortal.Review;

/// <summary>What the caseworker can do next with a description.</summary>
public enum Verdict
{
    /// <summary>No blocker or warning: the description can be submitted.</summary>
    Ready,

    /// <summary>Blockers or warnings remain.</summary>
    NeedsChanges,

    /// <summary>Only an approval stands between the description and submission (a gas card).</summary>
    NeedsApproval,
}

/// <summary>Who must approve a request before it goes out.</summary>
public enum Approver
{
    None,
    Supervisor,
    RegionalManager,
}
