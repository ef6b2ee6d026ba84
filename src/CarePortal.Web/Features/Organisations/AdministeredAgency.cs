using System.Security.Claims;
using CarePortal.Web.Data;
using CarePortal.Web.Features.Refusals;
using Microsoft.EntityFrameworkCore;

namespace CarePortal.Web.Features.Organisations;

/// <summary>
/// The agency an admin page opens, one rule for all of them (people, audit log, settings): the agency named, else the
/// person's own; 404 when there is no such agency, 403 for anyone but its agency admins and the platform's admins.
/// </summary>
public static class AdministeredAgency
{
    public static async Task<(int Id, string Name)> OpenAsync(AppDbContext db, IAgencyAdmins admins, ClaimsPrincipal user, int? id, string refusal, CancellationToken ct)
    {
        var mine = admins.AgenciesOf(user);
        var agencyId = id ?? (mine.Count > 0 ? mine[0] : 0);
        var name = await db.Organisations.AsNoTracking().Where(o => o.Id == agencyId && o.Kind == OrganisationKind.Agency).Select(o => o.Name).SingleOrDefaultAsync(ct)
            ?? throw RefusedException.NotFound("No such agency.");
        return admins.Administers(user, agencyId) ? (agencyId, name) : throw RefusedException.Forbidden(refusal);
    }
}
