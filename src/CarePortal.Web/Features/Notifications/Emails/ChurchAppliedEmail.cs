namespace CarePortal.Web.Features.Notifications.Emails;

/// <summary>
/// Tells the address a church's application named that it did; <paramref name="Link"/> confirms the address (and chooses a
/// password) when it has no account in use, else the sign-in page.
/// </summary>
public sealed record ChurchAppliedEmail(string ChurchName, string Link, string Action) : Email
{
    public const string KindName = "church-applied";

    public override string Kind => KindName;

    public override string Subject => $"{ChurchName} applied to CarePortal";

    public override string Path => Link;

    // The link to /Accounts/Join is a one-time secret: it stays in the mailbox alone.
    public override string? NoticePath => null;
}
