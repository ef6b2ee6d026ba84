using System.Security.Claims;
using CarePortal.Web.Data;
using CarePortal.Web.Features.AuditLog;
using CarePortal.Web.Features.Accounts;
using CarePortal.Web.Features.Organisations;
using CarePortal.Web.Features.Refusals;
using Microsoft.EntityFrameworkCore;

namespace CarePortal.Web.Features.Churches;

/// <summary>
/// The point person removes a responder from the church and its teams, and with their place the lead of any of its teams
/// (a leader left behind would still run the church's teams, forward its requests and run its offers); their assignments on
/// its requests end with it.
/// </summary>
public sealed class RemoveResponder(AppDbContext db, AdminAudit audit)
{
    public async Task RemoveResponderAsync(ClaimsPrincipal user, int id, string userId, CancellationToken ct)
    {
        var church = await ChurchReaders.ForPointPersonAsync(db, user, id, ct);
        var teams = db.Organisations.Where(o => o.ParentId == id && o.Kind == OrganisationKind.Team).Select(o => o.Id);
        var memberships = await db.Memberships.Where(m => m.UserId == userId && (m.Role == Roles.Responder || (m.Role == Roles.TeamLeader && teams.Contains(m.OrganisationId)))
            && (m.OrganisationId == id || teams.Contains(m.OrganisationId))).ToListAsync(ct);
        if (memberships.Count == 0)
        {
            throw new RefusedException(StatusCodes.Status404NotFound, "Not found", "No such responder of this church.");
        }

        db.Memberships.RemoveRange(memberships);
        // Their assignments end with their place in the church (unless they keep another role in it), in the same save: an
        // assignment left behind let them read the private details through any other church the request reached.
        var removed = memberships.Select(m => m.Id).ToList();
        if (!await db.Memberships.AnyAsync(m => m.UserId == userId && !removed.Contains(m.Id) && (m.OrganisationId == id || teams.Contains(m.OrganisationId)), ct))
        {
            db.ResponderAssignments.RemoveRange(await db.ResponderAssignments.Where(a => a.UserId == userId && a.ChurchId == id).ToListAsync(ct));
        }

        audit.Record(user, "responder-removed", $"Removed a responder from {church.Organisation!.Name}.", id, userId);
        await db.SaveChangesAsync(ct);
    }
}
