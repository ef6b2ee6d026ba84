namespace CarePortal.Web.Features.Notifications.Emails;

/// <summary>Tells the writer their request expired: no approver decided within the business days the agency allows.</summary>
public sealed record RequestExpiredEmail(int RequestId, string Need, int BusinessDays) : Email
{
    public override string Kind => "expired-not-approved";

    public override string Subject => $"Request {RequestId} ({Need}) expired without a decision";

    public override string Path => $"/Requests/Details/{RequestId}";
}
