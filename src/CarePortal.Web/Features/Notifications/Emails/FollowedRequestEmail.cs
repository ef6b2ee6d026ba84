namespace CarePortal.Web.Features.Notifications.Emails;

/// <summary>
/// A request the person follows was answered, paused, resumed or closed: what happened, nothing private. Once closed it leads
/// to the church's feed: the request's page is gone for a church that did not help with it.
/// </summary>
public sealed record FollowedRequestEmail(int RequestId, string Need, string What, bool Closed = false) : Email
{
    public override string Kind => "followed-request";

    public override string Subject => $"The {Need} request #{RequestId} you follow: {What}";

    public override string Path => Closed ? "/Churches/Feed" : $"/Churches/Request/{RequestId}";
}
