namespace CarePortal.Web.Features.Notifications.Emails;

/// <summary>Thanks a church that helped once the caseworker closed the request, with its outcome (no private details).</summary>
public sealed record ChurchThankYouEmail(int RequestId, string Need, string ChurchName, string Outcome, string ForTheChild) : Email
{
    public override string Kind => "church-thanked";

    public override string Subject => $"Thank you, {ChurchName}: the {Need} request is closed";

    public override string Path => $"/Churches/Request/{RequestId}";
}
