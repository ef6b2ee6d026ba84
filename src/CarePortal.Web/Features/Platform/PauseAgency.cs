using System.Security.Claims;
using CarePortal.Web.Data;
using CarePortal.Web.Features.AuditLog;
using CarePortal.Web.Features.Organisations;
using CarePortal.Web.Features.Refusals;
using Microsoft.EntityFrameworkCore;

namespace CarePortal.Web.Features.Platform;

/// <summary>
/// A platform admin pauses an agency (see <see cref="PausedAgencies"/> for what it then cannot do) or reactivates it; either is
/// audited on the agency, so its own admins read it in their audit log.
/// </summary>
public sealed class PauseAgency(AppDbContext db, AdminAudit audit)
{
    public async Task<string> RunAsync(ClaimsPrincipal user, int agencyId, bool paused, CancellationToken ct)
    {
        PlatformAdmins.Require(user, "Only a platform admin pauses or reactivates an agency.");
        var agency = await db.Organisations.SingleOrDefaultAsync(o => o.Id == agencyId && o.Kind == OrganisationKind.Agency, ct)
            ?? throw RefusedException.NotFound("No such agency.");
        if (agency.Paused == paused)
        {
            return paused ? $"{agency.Name} is paused already." : $"{agency.Name} is active already.";
        }

        agency.Paused = paused;
        audit.Record(user, paused ? AuditActions.AgencyPaused : AuditActions.AgencyReactivated,
            $"{(paused ? "Paused" : "Reactivated")} {agency.Name}.", agency.Id);
        await db.SaveChangesAsync(ct);
        return paused
            ? $"{agency.Name} is paused: none of its requests is submitted or approved until you reactivate it. Its people are told on their home page."
            : $"{agency.Name} is active again: its requests are submitted and approved as before.";
    }
}
