namespace CarePortal.Web.Features.Notifications.Emails;

/// <summary>A point person forwards a request to chosen responders of the church (public description only).</summary>
public sealed record RequestForwardedEmail(int RequestId, string ChurchName, string From, string Need, string Urgency, string Description) : Email
{
    public override string Kind => "request-forwarded";

    public override string Subject => $"{From} asks whether you can help: {Need}";

    public override string Path => $"/Churches/Request/{RequestId}";
}
