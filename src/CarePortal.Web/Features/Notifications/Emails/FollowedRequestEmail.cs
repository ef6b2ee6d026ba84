namespace CarePortal.Web.Features.Notifications.Emails;

/// <summary>A request the person follows was answered, paused, resumed or closed: what happened, nothing private.</summary>
public sealed record FollowedRequestEmail(int RequestId, string Need, string What) : Email
{
    public override string Kind => "followed-request";

    public override string Subject => $"The {Need} request #{RequestId} you follow: {What}";

    public override string Path => $"/Churches/Request/{RequestId}";
}
