namespace CarePortal.Web.Features.Notifications.Emails;

/// <summary>
/// Tells a person a platform admin onboarded their agency with them as its first agency admin; <paramref name="Link"/> is
/// the one-time link to /Accounts/Join that gives them the role (choosing a password when they have none).
/// </summary>
public sealed record AgencyAdminInvitedEmail(string AgencyName, string Link, string Action) : Email
{
    public override string Kind => "agency-admin-invited";

    public override string Subject => $"You are invited to run {AgencyName} on CarePortal";

    public override string Path => Link;

    // The join link stays in the mailbox alone.
    public override string? NoticePath => null;
}
