namespace CarePortal.Web.Features.Notifications.Emails;

/// <summary>
/// Tells a person their church's point person made them a responder; <paramref name="Link"/> is the one-time set-password
/// link when they have no password yet, else the sign-in page.
/// </summary>
public sealed record ResponderInvitedEmail(int ChurchId, string ChurchName, string Link, string Action) : Email
{
    public override string Kind => "responder-invited";

    public override string Subject => $"{ChurchName} invited you to respond on CarePortal";

    public override string Path => Link;

    // The set-password link stays in the mailbox alone.
    public override string? NoticePath => null;
}
