using CarePortal.Web.Data;
using CarePortal.Web.Features.Offers;

namespace CarePortal.Web.Features.Champions;

/// <summary>Offers' seam (<see cref="IOfferingChampions"/>): the approved champions, how far each helps, whom to tell, and their kind in a word.</summary>
public sealed class OfferingChampions : IOfferingChampions
{
    public IQueryable<OfferingChampion> Approved(AppDbContext db) => db.Set<Champion>().Where(c => c.Status == ChampionStatus.Approved)
        .Select(c => new OfferingChampion
        {
            Id = c.Id,
            RadiusMiles = c.RadiusMiles,
            PersonId = c.PersonId,
            Kind = c.Kind == ChampionKind.Business ? "business" : c.Kind == ChampionKind.School ? "school" : c.Kind == ChampionKind.CivicGroup ? "civic group" : "individual",
        });
}
