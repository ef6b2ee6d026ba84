namespace CarePortal.Web.Features.Notifications.Emails;

/// <summary>Reminds the caseworker (14, 28, 42 days after the first response) to close the request.</summary>
public sealed record RemindToCloseEmail(int RequestId, string Need, int Number) : Email
{
    public override string Kind => "remind-to-close";

    public override string Subject => $"Was your {Need} request met? Please close it";

    public override string Path => $"/Requests/Details/{RequestId}";
}
