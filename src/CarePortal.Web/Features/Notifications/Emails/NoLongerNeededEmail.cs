namespace CarePortal.Web.Features.Notifications.Emails;

/// <summary>Tells a church a request it was sent is no longer needed (closed or cancelled), so nobody sets out to meet it.</summary>
public sealed record NoLongerNeededEmail(int RequestId, string Need, string ChurchName) : Email
{
    public override string Kind => "request-no-longer-needed";

    public override string Subject => $"No longer needed: the {Need} request #{RequestId}";

    public override string Path => "/Churches/Feed";
}
