namespace CarePortal.Web.Features.Notifications.Emails;

/// <summary>Tells the caseworker a church committed, with the responder's contact details (for the caseworker only).</summary>
public sealed record ChurchRespondedEmail(int RequestId, string Need, string ChurchName, string ResponderName, string ResponderEmail, string ResponderPhone, string Items, string Message) : Email
{
    public override string Kind => "church-responded";

    public override string Subject => $"{ChurchName} can help with your {Need} request";

    public override string Path => $"/Requests/Details/{RequestId}";
}
