namespace CarePortal.Web.Features.Notifications.Emails;

/// <summary>
/// Tells a person their church's point person invited them to respond; <paramref name="Link"/> is the one-time link to
/// /Accounts/Join that makes them a responder (choosing a password when they have none).
/// </summary>
public sealed record ResponderInvitedEmail(int ChurchId, string ChurchName, string Link, string Action) : Email
{
    public override string Kind => "responder-invited";

    public override string Subject => $"{ChurchName} invited you to respond on CarePortal";

    public override string Path => Link;

    // The join link stays in the mailbox alone.
    public override string? NoticePath => null;
}
