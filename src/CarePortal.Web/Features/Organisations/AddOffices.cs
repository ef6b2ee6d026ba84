using System.Security.Claims;
using CarePortal.Web.Data;

namespace CarePortal.Web.Features.Organisations;

/// <summary>The agency admin (or a platform admin) adds regions, counties and offices to the agency, by rows as at onboarding.</summary>
public sealed class AddOffices(AppDbContext db, AgencySettings agencies, AgencyStructure structure, IAuditTrail audit)
{
    public async Task<(int Regions, int Counties, int Offices)> AddAsync(ClaimsPrincipal user, int agencyId, IReadOnlyList<OfficeRow>? rows, CancellationToken ct)
    {
        var agency = await agencies.AgencyAsync(user, agencyId, ct);
        var under = await structure.UnderAsync(agencyId, ct);
        var errors = OfficeRow.Problems(rows, AgencyStructure.RegionOfCounty(under), structure.Zips, "offices", officeNeeded: false);
        if (errors.Count > 0)
        {
            throw Refusals.RefusedException.Invalid(errors);
        }

        var made = structure.Add(agency, rows!, under);
        if (made == (0, 0, 0))
        {
            throw Refusals.RefusedException.Invalid("offices", "The agency has every region, county and office you named already.");
        }

        audit.Record(user, "agency-offices-added", $"Added {made.Regions} region(s), {made.Counties} county(ies), {made.Offices} office(s) to {agency.Name}.", agency.Id);
        await db.SaveChangesAsync(ct);
        return made;
    }
}
