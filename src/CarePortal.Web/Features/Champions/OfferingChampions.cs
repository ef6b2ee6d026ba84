using CarePortal.Web.Data;
using CarePortal.Web.Features.Churches;
using CarePortal.Web.Features.Offers;

namespace CarePortal.Web.Features.Champions;

/// <summary>Offers' seam (<see cref="IOfferingChampions"/>): the approved champions, how far each helps, whom to tell, their kind in a word, and whether a connecting church near a family would take their offer.</summary>
public sealed class OfferingChampions(NearestConnecting nearest) : IOfferingChampions
{
    public IQueryable<OfferingChampion> Approved(AppDbContext db) => db.Set<Champion>().Where(c => c.Status == ChampionStatus.Approved)
        .Select(c => new OfferingChampion
        {
            Id = c.Id,
            RadiusMiles = c.RadiusMiles,
            PersonId = c.PersonId,
            Kind = c.Kind == ChampionKind.Business ? "business" : c.Kind == ChampionKind.School ? "school" : c.Kind == ChampionKind.CivicGroup ? "civic group" : "individual",
        });

    public async Task<bool> CanBePassedOnAsync(GeoPoint family, string need, int? countyId, CancellationToken ct) =>
        await nearest.ForAsync(family, need, countyId, ct) is not null;
}
