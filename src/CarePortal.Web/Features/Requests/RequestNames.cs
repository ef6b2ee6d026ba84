namespace CarePortal.Web.Features.Requests;

/// <summary>What people read for a request's state, urgency and need: plain English, written once for pages, emails and CSV.</summary>
public static class RequestNames
{
    private static readonly Dictionary<RequestState, string> States = new()
    {
        [RequestState.Draft] = "Draft",
        [RequestState.AwaitingApproval] = "Awaiting approval",
        [RequestState.ReturnedForChanges] = "Returned for changes",
        [RequestState.ExpiredNotApproved] = "Expired without approval",
        [RequestState.Denied] = "Denied",
        [RequestState.Open] = "Open to churches",
        [RequestState.Paused] = "Paused",
        [RequestState.ClosedFullyMet] = "Closed: fully met",
        [RequestState.ClosedPartiallyMet] = "Closed: partly met",
        [RequestState.ClosedNotMet] = "Closed: not met",
        [RequestState.Cancelled] = "Cancelled",
    };

    private static readonly Dictionary<string, string> NeedNames = new(StringComparer.Ordinal)
    {
        ["clothing"] = "Clothing", ["baby-items"] = "Baby items", ["bed"] = "Bed", ["furniture"] = "Furniture",
        ["household"] = "Household items", ["school-supplies"] = "School supplies", ["food"] = "Food", ["rent"] = "Rent",
        ["utilities"] = "Utilities", ["car-repair"] = "Car repair", ["transportation"] = "Transportation",
        ["appliance"] = "Appliance", ["other"] = "Other",
    };

    private static readonly Dictionary<RequestAction, string> Actions = new()
    {
        [RequestAction.Submit] = "Submitted", [RequestAction.Approve] = "Approved", [RequestAction.Return] = "Returned for changes",
        [RequestAction.Deny] = "Denied", [RequestAction.Expire] = "Expired", [RequestAction.Pause] = "Paused", [RequestAction.Resume] = "Resumed",
        [RequestAction.CloseFullyMet] = "Closed as fully met", [RequestAction.ClosePartiallyMet] = "Closed as partly met",
        [RequestAction.CloseNotMet] = "Closed as not met", [RequestAction.Cancel] = "Cancelled",
    };

    public static string Name(this RequestState state) => States[state];

    /// <summary>The state inside a sentence: "A request that is <em>awaiting approval</em> cannot …".</summary>
    public static string Phrase(this RequestState state) => state switch
    {
        RequestState.Draft => "still a draft",
        RequestState.ClosedFullyMet => "closed as fully met",
        RequestState.ClosedPartiallyMet => "closed as partly met",
        RequestState.ClosedNotMet => "closed as not met",
        _ => States[state].ToLowerInvariant(),
    };

    /// <summary>The action inside a sentence: "… cannot be <em>paused</em>".</summary>
    public static string Phrase(this RequestAction action) => Actions[action].ToLowerInvariant();

    public static string Name(this RequestAction action) => Actions[action];

    public static string Name(this Urgency urgency) => urgency switch
    {
        Urgency.Critical => "Critical (24 hours)",
        Urgency.High => "High (3 days)",
        _ => "Normal (10 days)",
    };

    public static string NeedName(string need) => NeedNames.GetValueOrDefault(need) ?? need;
}
