using CarePortal.Web.Data;
using CarePortal.Web.Features.Churches;
using Microsoft.EntityFrameworkCore;

namespace CarePortal.Web.Features.Offers;

/// <summary>
/// The offers a family's need matches, written once for the caseworker's list and for the churches told when a request opens:
/// open, not past their last day, something left, of an active unpaused church, for the same need, and within the church's
/// reach of the family (its own radius, else the county's, as routing measures it: <see cref="ChurchRouter.ReachAsync"/>).
/// </summary>
public sealed class OfferMatcher(AppDbContext db, ChurchRouter router, TimeProvider clock)
{
    public async Task<List<OfferNear>> NearAsync(string need, GeoPoint family, int? countyId, CancellationToken ct)
    {
        var today = OfferTerms.Today(clock);
        // No church reaches farther than Church.MaxRadiusMiles: a band of latitude keeps the rest out in SQL.
        var band = Church.MaxRadiusMiles / GeoPoint.MilesPerDegreeOfLatitude;
        var (south, north) = (family.Latitude - band, family.Latitude + band);
        var rows = await db.Set<ChurchOffer>().AsNoTracking()
            .Where(o => o.Need == need && o.State == OfferState.Open && o.Quantity > 0 && o.ExpiresOn >= today && o.Latitude >= south && o.Latitude <= north)
            .Join(db.Churches.Where(c => c.Active && !c.Paused), o => o.ChurchId, c => c.Id, (o, c) => new { Offer = o, c.RadiusMiles, c.Organisation!.Name })
            .ToListAsync(ct);
        if (rows.Count == 0)
        {
            return [];
        }

        var county = countyId is { } id ? (await router.ReachAsync(id, ct)).RadiusMiles : CountySetting.Default.RadiusMiles;
        return [.. rows.Select(r => new OfferNear(r.Offer, r.Name, family.MilesTo(r.Offer.Location)) { Reach = r.RadiusMiles ?? county })
            .Where(r => r.Miles <= r.Reach).OrderBy(r => r.Miles).ThenBy(r => r.Offer.Id)];
    }
}

/// <summary>An offer that matches, its church's name and how far it stands from the family.</summary>
public sealed record OfferNear(ChurchOffer Offer, string Church, double Miles)
{
    public double Reach { get; init; }
}
