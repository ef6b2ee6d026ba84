namespace CarePortal.Web.Features.Notifications.Emails;

/// <summary>A new request matches a church's standing offer: its point person and team leaders are told, with the church's link to the request.</summary>
public sealed record OfferMatchedEmail(int RequestId, string Need, string ChurchName, int ChurchId, string Offered, string Miles) : Email
{
    public override string Kind => "offer-matched";

    public override string Subject => $"A new {Need} request matches your offer";

    public override string Path => $"/Churches/Request/{RequestId}?churchId={ChurchId}";
}
