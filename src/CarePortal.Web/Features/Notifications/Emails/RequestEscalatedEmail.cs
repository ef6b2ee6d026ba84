namespace CarePortal.Web.Features.Notifications.Emails;

/// <summary>Tells the caseworker the request was escalated to farther churches.</summary>
public sealed record RequestEscalatedEmail(int RequestId, string Need, int Churches) : Email
{
    public override string Kind => "request-escalated";

    public override string Subject => $"No response yet: your {Need} request went to {Churches} more churches";

    public override string Path => $"/Requests/Details/{RequestId}";
}
