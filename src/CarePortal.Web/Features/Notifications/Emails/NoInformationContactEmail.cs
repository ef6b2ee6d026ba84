namespace CarePortal.Web.Features.Notifications.Emails;

/// <summary>A tier-3 request opened but its agency has no information contact now (cleared after it was submitted): its caseworker is told.</summary>
public sealed record NoInformationContactEmail(int RequestId, string Need) : Email
{
    public override string Kind => "no-information-contact";

    public override string Subject => $"Nobody was told of your {Need} request";

    public override string Path => $"/Requests/Details/{RequestId}";
}
