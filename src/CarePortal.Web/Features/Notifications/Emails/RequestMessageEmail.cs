namespace CarePortal.Web.Features.Notifications.Emails;

/// <summary>Tells the other side of a request that a message is waiting (the message itself stays in the app).</summary>
public sealed record RequestMessageEmail(int RequestId, string From) : Email
{
    public override string Kind => "request-message";

    public override string Subject => $"New message on request #{RequestId}";

    public override string Path => $"/Requests/Details/{RequestId}";
}
