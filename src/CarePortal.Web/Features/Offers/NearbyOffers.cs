using System.Security.Claims;
using CarePortal.Web.Features.Churches;
using CarePortal.Web.Features.Refusals;
using CarePortal.Web.Features.Requests;

namespace CarePortal.Web.Features.Offers;

/// <summary>
/// What the composer shows beside the form as the need, tier and ZIP change: the standing offers of churches and champions that
/// this request would match (<see cref="OfferMatcher"/>), nearest first. A church's name, or only that a community partner of a
/// kind offers through a connecting church, and what is offered: the offerer is reached through the request once it opens, as
/// for any response. A tier-2 or tier-3 request matches no offer.
/// </summary>
public sealed class NearbyOffers(OfferMatcher matcher)
{
    public const int Shown = 5;

    public async Task<List<NearbyOfferView>> RunAsync(ClaimsPrincipal user, string? need, string? zip, int? countyId, int? tier, CancellationToken ct)
    {
        OfferAccess.ThrowUnlessReadsNearby(user);
        if (need is null || !Needs.All.Contains(need))
        {
            throw RefusedException.Invalid("need", $"Choose one of: {string.Join(", ", Needs.All)}.");
        }

        // A ZIP still being typed matches nothing yet; it is no error. Offers meet tier-1 requests alone (MatchOffers).
        if (tier is not (null or 1) || !ZipCentroids.TryGet(zip, out var family))
        {
            return [];
        }

        var near = await matcher.NearAsync(need, family, countyId, ct);
        return [.. near.Take(Shown).Select(n => new NearbyOfferView(Offerer(n), n.Offer.Need, n.Offer.Item, n.Offer.Quantity, n.Offer.ExpiresOn, (int)Math.Round(n.Miles)))];
    }

    /// <summary>The church's name; for a champion, their kind alone ("A community partner (business) through a connecting church").</summary>
    public static string Offerer(OfferNear offer) => offer.Church ?? $"A community partner ({offer.Champion!.Kind}) through a connecting church";
}

/// <summary>An offer as a caseworker sees it: who offers (a church's name or a partner's kind), what, how many, until when and about how far. No contact data.</summary>
public sealed record NearbyOfferView(string Offerer, string Need, string Item, int Quantity, DateOnly ExpiresOn, int Miles);
