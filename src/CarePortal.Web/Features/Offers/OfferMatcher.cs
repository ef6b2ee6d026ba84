using CarePortal.Web.Data;
using CarePortal.Web.Features.Churches;
using Microsoft.EntityFrameworkCore;

namespace CarePortal.Web.Features.Offers;

/// <summary>
/// The offers a family's need matches, written once for the caseworker's list and for the offerers told when a request opens:
/// open, not past their last day, something left, for the same need, and either of an active unpaused church whose reach holds
/// the family (its own radius, else the county's, as routing measures it: <see cref="ChurchRouter.ReachAsync"/>) or of an
/// approved champion (<see cref="IOfferingChampions"/>) whose radius does, measured from the offer's place, when a connecting
/// church near the family would take the champion's offer.
/// </summary>
public sealed class OfferMatcher(AppDbContext db, ChurchRouter router, IOfferingChampions champions, TimeProvider clock)
{
    public async Task<List<OfferNear>> NearAsync(string need, GeoPoint family, int? countyId, CancellationToken ct)
    {
        var today = OfferTerms.Today(clock);
        // No church or champion reaches farther than Church.MaxRadiusMiles: a band of latitude keeps the rest out in SQL.
        var band = Church.MaxRadiusMiles / GeoPoint.MilesPerDegreeOfLatitude;
        var (south, north) = (family.Latitude - band, family.Latitude + band);
        var open = db.Set<ChurchOffer>().AsNoTracking()
            .Where(o => o.Need == need && o.State == OfferState.Open && o.Quantity > 0 && o.ExpiresOn >= today && o.Latitude >= south && o.Latitude <= north);
        var ofChurches = await open
            .Join(db.Churches.Where(c => c.Active && !c.Paused), o => o.ChurchId, c => (int?)c.Id, (o, c) => new { Offer = o, c.RadiusMiles, c.Organisation!.Name })
            .ToListAsync(ct);
        var ofChampions = await open.Join(champions.Approved(db), o => o.ChampionId, c => (int?)c.Id, (o, c) => new { Offer = o, Champion = c }).ToListAsync(ct);
        if (ofChampions.Count > 0 && !await champions.CanBePassedOnAsync(family, need, countyId, ct))
        {
            ofChampions = [];
        }

        if (ofChurches.Count + ofChampions.Count == 0)
        {
            return [];
        }

        var county = ofChurches.Count == 0 ? 0 : countyId is { } id ? (await router.ReachAsync(id, ct)).RadiusMiles : CountySetting.Default.RadiusMiles;
        IEnumerable<OfferNear> near =
        [
            .. ofChurches.Select(r => new OfferNear(r.Offer, family.MilesTo(r.Offer.Location), r.RadiusMiles ?? county) { Church = r.Name }),
            .. ofChampions.Select(r => new OfferNear(r.Offer, family.MilesTo(r.Offer.Location), r.Champion.RadiusMiles) { Champion = r.Champion }),
        ];
        return [.. near.Where(r => r.Miles <= r.Reach).OrderBy(r => r.Miles).ThenBy(r => r.Offer.Id)];
    }
}

/// <summary>An offer that matches, how far it stands from the family and how far its offerer reaches; who offers: a church by name, or a champion.</summary>
public sealed record OfferNear(ChurchOffer Offer, double Miles, double Reach)
{
    /// <summary>The church's name, for a church's offer.</summary>
    public string? Church { get; init; }

    /// <summary>The champion, for a champion's offer: whom to tell, and its kind (all a caseworker reads of it).</summary>
    public OfferingChampion? Champion { get; init; }
}
