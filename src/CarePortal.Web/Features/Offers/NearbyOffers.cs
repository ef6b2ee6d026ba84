using System.Security.Claims;
using CarePortal.Web.Features.Churches;
using CarePortal.Web.Features.Refusals;
using CarePortal.Web.Features.Requests;

namespace CarePortal.Web.Features.Offers;

/// <summary>
/// What the composer shows beside the form as the need and ZIP change: the churches' standing offers that this request would
/// match (<see cref="OfferMatcher"/>), nearest first. The church's name and what it offers only: its people are reached
/// through the request once it opens, as for any response.
/// </summary>
public sealed class NearbyOffers(OfferMatcher matcher)
{
    public const int Shown = 5;

    public async Task<List<NearbyOfferView>> RunAsync(ClaimsPrincipal user, string? need, string? zip, int? countyId, CancellationToken ct)
    {
        OfferAccess.ThrowUnlessReadsNearby(user);
        if (need is null || !Needs.All.Contains(need))
        {
            throw RefusedException.Invalid("need", $"Choose one of: {string.Join(", ", Needs.All)}.");
        }

        // A ZIP still being typed matches nothing yet; it is no error.
        if (!ZipCentroids.TryGet(zip, out var family))
        {
            return [];
        }

        var near = await matcher.NearAsync(need, family, countyId, ct);
        return [.. near.Take(Shown).Select(n => new NearbyOfferView(n.Church, n.Offer.Need, n.Offer.Item, n.Offer.Quantity, n.Offer.ExpiresOn, (int)Math.Round(n.Miles)))];
    }
}

/// <summary>An offer as a caseworker sees it: the church's name, what, how many, until when and about how far. No contact data.</summary>
public sealed record NearbyOfferView(string Church, string Need, string Item, int Quantity, DateOnly ExpiresOn, int Miles);
