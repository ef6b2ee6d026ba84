using CarePortal.Web.Data;

namespace CarePortal.Web.Features.Organisations;

/// <summary>The agencies that hold some organisations: each one itself, or the agency over a region, county or office.</summary>
public static class AgenciesHolding
{
    public static IQueryable<Organisation> Of(AppDbContext db, IReadOnlyCollection<int> organisationIds)
    {
        var ids = organisationIds.ToList();
        return db.Organisations.Where(o => o.Kind == OrganisationKind.Agency && (ids.Contains(o.Id)
            || db.Organisations.Any(p => ids.Contains(p.Id) && (p.ParentId == o.Id || p.Parent!.ParentId == o.Id || p.Parent.Parent!.ParentId == o.Id))));
    }
}
