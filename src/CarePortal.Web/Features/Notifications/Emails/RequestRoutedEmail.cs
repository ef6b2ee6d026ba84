namespace CarePortal.Web.Features.Notifications.Emails;

/// <summary>A new request reached a church: its point person and team leaders (public description only).</summary>
public sealed record RequestRoutedEmail(int RequestId, string ChurchName, string Need, string Urgency, string Description, string Miles) : Email
{
    public override string Kind => "request-routed";

    public override string Subject => $"A {Urgency} need near you: {Need}";

    public override string Path => $"/Requests/Details/{RequestId}";
}
