namespace CarePortal.Web.Features.Notifications.Emails;

/// <summary>
/// Asks one approver for a decision (or reminds them), with signed links made for that person alone
/// (Approvals/ApprovalLinks). For a gift card or cash exception it carries the reason and the alternatives tried.
/// </summary>
public sealed record ApprovalRequestedEmail(
    int RequestId, string Need, string Route, string Description, string Exception,
    string ApproveLink, string ReturnLink, string DenyLink, int LinkHours, bool Reminder) : Email
{
    public const string RequestedKind = "approval-requested";
    public const string ReminderKind = "approval-reminder";

    public override string Kind => Reminder ? ReminderKind : RequestedKind;

    public override string Subject => Reminder
        ? $"Reminder: request {RequestId} ({Need}) still waits for your approval"
        : $"Request {RequestId} ({Need}) waits for your approval";

    public string Heading => Reminder
        ? $"Request {RequestId} ({Need}) still waits for a decision: without one it expires after one more business day"
        : $"Request {RequestId} ({Need}) waits for your decision";

    public override string Path => "/Approvals";
}
