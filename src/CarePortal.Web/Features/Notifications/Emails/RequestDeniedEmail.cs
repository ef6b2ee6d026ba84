namespace CarePortal.Web.Features.Notifications.Emails;

/// <summary>Tells the writer an approver denied their request, with the approver's note (kept in CarePortal when it holds private details).</summary>
public sealed record RequestDeniedEmail(int RequestId, string Need, string Note) : Email
{
    public override string Kind => "request-denied";

    public override string Subject => $"Request {RequestId} ({Need}) was denied";

    public override string Path => $"/Requests/Details/{RequestId}";
}
