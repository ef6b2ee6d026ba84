using System.Security.Claims;
using CarePortal.Web.Data;
using CarePortal.Web.Features.Accounts;
using CarePortal.Web.Features.Organisations;
using CarePortal.Web.Features.Refusals;
using Microsoft.EntityFrameworkCore;

namespace CarePortal.Web.Features.Tiers;

/// <summary>
/// Who records an agency's background-check approvals of church people: the agency's own admins (an agency's decision, so not
/// a platform admin, not a church). No such agency: 404; anyone else: 403.
/// </summary>
public static class AgencyApprovers
{
    public const string OnlyAgencyAdmins = "Only the agency's admins approve church people for its tier-2 requests.";

    public static async Task<Organisation> AgencyAsync(AppDbContext db, ClaimsPrincipal user, int agencyId, CancellationToken ct)
    {
        var agency = await db.Organisations.AsNoTracking().SingleOrDefaultAsync(o => o.Id == agencyId && o.Kind == OrganisationKind.Agency, ct)
            ?? throw RefusedException.NotFound("No such agency.");
        return user.HasRoleAt(Roles.AgencyAdmin, agencyId) ? agency : throw RefusedException.Forbidden(OnlyAgencyAdmins);
    }
}
