namespace CarePortal.Web.Features.Notifications.Emails;

/// <summary>Tells a champion which church took their offer on: the church leads with the family.</summary>
public sealed record ChampionOfferClaimedEmail(string ChurchName, string Need, string Offered) : Email
{
    public const string KindName = "champion-offer-claimed";

    public override string Kind => KindName;

    public override string Subject => $"{ChurchName} took on your offer";

    public override string Path => "/Champions";
}
