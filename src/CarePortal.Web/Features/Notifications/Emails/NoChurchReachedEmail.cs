namespace CarePortal.Web.Features.Notifications.Emails;

/// <summary>Tells the caseworker at once that no church serves the need within reach of the family.</summary>
public sealed record NoChurchReachedEmail(int RequestId, string Need) : Email
{
    public override string Kind => "no-church-reached";

    public override string Subject => $"No church can reach your {Need} request";

    public override string Path => $"/Requests/Details/{RequestId}";
}
