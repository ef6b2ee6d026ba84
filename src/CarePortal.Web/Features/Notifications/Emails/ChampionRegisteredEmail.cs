namespace CarePortal.Web.Features.Notifications.Emails;

/// <summary>
/// Tells the address a champion's registration named that it did; <paramref name="Link"/> confirms the address (and chooses a
/// password) when it has no account in use, else the sign-in page.
/// </summary>
public sealed record ChampionRegisteredEmail(string ChampionName, string Link, string Action) : Email
{
    public const string KindName = "champion-registered";

    public override string Kind => KindName;

    public override string Subject => $"{ChampionName} registered as a CarePortal champion";

    public override string Path => Link;

    // The link to /Accounts/Join is a one-time secret: it stays in the mailbox alone.
    public override string? NoticePath => null;
}
