namespace CarePortal.Web.Features.Notifications.Emails;

/// <summary>Tells a connecting church's point person that a champion offers to provide or fund an item of a request near the church.</summary>
public sealed record ChampionOfferSentEmail(int OfferId, int RequestId, string Need, string ChurchName, string ChampionName, string Offered) : Email
{
    public const string KindName = "champion-offer";

    public override string Kind => KindName;

    public override string Subject => $"A champion offers help with a {Need} request near {ChurchName}";

    public override string Path => $"/Champions/Claim/{OfferId}";
}
