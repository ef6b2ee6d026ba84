namespace CarePortal.Web.Features.Notifications.Emails;

/// <summary>
/// Tells the writer an approver returned their request for changes, with the approver's note (or, when the note names
/// someone or holds contact details, only that it waits in CarePortal) and a link to edit.
/// </summary>
public sealed record RequestReturnedEmail(int RequestId, string Need, string Note) : Email
{
    public override string Kind => "request-returned";

    public override string Subject => $"Request {RequestId} ({Need}) was returned for changes";

    public override string Path => $"/Requests/Edit/{RequestId}";
}
