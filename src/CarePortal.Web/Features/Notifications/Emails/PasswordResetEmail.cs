namespace CarePortal.Web.Features.Notifications.Emails;

/// <summary>A link to choose a new password, sent by the person's agency admin; <paramref name="Link"/> opens /Accounts/Join.</summary>
public sealed record PasswordResetEmail(string AgencyName, string Link, int Hours) : Email
{
    public override string Kind => "password-reset";

    public override string Subject => "Choose a new CarePortal password";

    public override string Path => Link;

    // The reset link stays in the mailbox alone.
    public override string? NoticePath => null;
}
