namespace CarePortal.Web.Features.Notifications.Emails;

/// <summary>
/// Tells a person their agency's administrator invited them to a role; <paramref name="Link"/> is the one-time link to
/// /Accounts/Join that gives it (choosing a password when they have none).
/// </summary>
public sealed record PersonInvitedEmail(string AgencyName, string Role, string Where, string Link, string Action) : Email
{
    public override string Kind => "person-invited";

    public override string Subject => $"{AgencyName} invited you to CarePortal as {Role}";

    public override string Path => Link;

    // The join link stays in the mailbox alone.
    public override string? NoticePath => null;
}
