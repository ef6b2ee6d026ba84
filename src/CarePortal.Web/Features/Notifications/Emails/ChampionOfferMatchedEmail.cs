namespace CarePortal.Web.Features.Notifications.Emails;

/// <summary>
/// A new request matches a champion's standing offer: the request's public part only (the need, the county and the items; never
/// a ZIP, a distance, a name or a private detail), and the champion's own page, where they offer through a connecting church.
/// </summary>
public sealed record ChampionOfferMatchedEmail(string Need, string County, string Needed, string Offered) : Email
{
    public const string KindName = "champion-offer-matched";

    public override string Kind => KindName;

    public override string Subject => $"A new {Need} request near you matches your offer";

    public override string Path => "/Champions";
}
