namespace CarePortal.Web.Features.Notifications.Emails;

/// <summary>Tells the caseworker the request closed itself as not met.</summary>
public sealed record RequestClosedNotMetEmail(int RequestId, string Need, int Days) : Email
{
    public override string Kind => "request-closed-not-met";

    public override string Subject => $"Your {Need} request closed as not met";

    public override string Path => $"/Requests/Details/{RequestId}";
}
