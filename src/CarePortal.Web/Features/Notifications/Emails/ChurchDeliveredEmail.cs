namespace CarePortal.Web.Features.Notifications.Emails;

/// <summary>Tells the caseworker a church says it delivered, so that the request gets closed as met.</summary>
public sealed record ChurchDeliveredEmail(int RequestId, string Need, string ChurchName) : Email
{
    public override string Kind => "church-delivered";

    public override string Subject => $"{ChurchName} delivered for request #{RequestId}";

    public override string Path => $"/Requests/Details/{RequestId}";
}
