using CarePortal.Web.Data;
using CarePortal.Web.Features.Accounts;
using CarePortal.Web.Features.Refusals;
using Microsoft.EntityFrameworkCore;

namespace CarePortal.Web.Features.People;

/// <summary>An invitation waiting for its owner, as the people page lists it.</summary>
public sealed record PendingInvitation(int Id, string Email, string Name, string Role, string Where, DateTimeOffset SentAt, DateTimeOffset Expires);

/// <summary>The agency's invitations not accepted, revoked or expired yet, newest first; and one of them, for sending again or revoking.</summary>
public static class PendingInvitations
{
    public static async Task<List<PendingInvitation>> ListAsync(AppDbContext db, AgencyPlaces agency, DateTimeOffset now, CancellationToken ct)
    {
        var since = now - AccountLinks.Lifetime;
        // A deactivated account is listed as any other unless it is the agency's own person (shown deactivated on the page):
        // the list must not tell an agency that an address of another's is deactivated.
        var ids = agency.AllIds.ToList();
        var listed = db.Users.Where(u => u.LockoutEnd == null || !db.Memberships.Any(m => m.UserId == u.Id && ids.Contains(m.OrganisationId)));
        var rows = await db.Set<Invitation>().AsNoTracking()
            .Where(i => i.AgencyId == agency.AgencyId && i.RevokedAt == null && i.SentAt > since)
            .Join(listed, i => i.UserId, u => u.Id, (i, u) => new { Invitation = i, u.Email, u.DisplayName })
            .ToListAsync(ct);
        var users = rows.Select(r => r.Invitation.UserId).Distinct().ToList();
        var held = (await db.Memberships.AsNoTracking().Where(m => users.Contains(m.UserId)).Select(m => new { m.UserId, m.Role, m.OrganisationId }).ToListAsync(ct))
            .ToLookup(m => (m.UserId, m.Role), m => m.OrganisationId);
        return [.. rows
            .Where(r => !r.Invitation.PlaceIds.All(held[(r.Invitation.UserId, r.Invitation.Role)].Contains))
            .OrderByDescending(r => r.Invitation.SentAt)
            .Select(r => new PendingInvitation(r.Invitation.Id, r.Email ?? "", r.DisplayName, r.Invitation.Role,
                string.Join(", ", r.Invitation.PlaceIds.Select(agency.NameOf)), r.Invitation.SentAt, r.Invitation.SentAt + AccountLinks.Lifetime))];
    }

    /// <summary>One pending invitation of the agency (tracked); 404 when there is none such.</summary>
    public static async Task<(Invitation Invitation, PendingInvitation Shown)> FindAsync(AppDbContext db, AgencyPlaces agency, int? id, DateTimeOffset now, CancellationToken ct)
    {
        var shown = (await ListAsync(db, agency, now, ct)).FirstOrDefault(p => p.Id == id) ?? throw RefusedException.NotFound("No such pending invitation in your agency.");
        return (await db.Set<Invitation>().SingleAsync(i => i.Id == shown.Id, ct), shown);
    }
}
