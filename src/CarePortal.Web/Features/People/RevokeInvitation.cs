using System.Security.Claims;
using CarePortal.Web.Data;
using CarePortal.Web.Features.Accounts;
using CarePortal.Web.Features.AuditLog;
using CarePortal.Web.Features.Organisations;

namespace CarePortal.Web.Features.People;

/// <summary>The agency admin revokes a pending invitation: its link then opens nothing (<see cref="RevokedInvitations"/>).</summary>
public sealed class RevokeInvitation(AppDbContext db, IAgencyAdmins admins, AdminAudit audit, TimeProvider clock)
{
    public async Task<string> RunAsync(ClaimsPrincipal user, int? agencyId, int? invitationId, CancellationToken ct)
    {
        var agency = await AgencyPlaces.LoadAsync(db, admins, user, agencyId, ct);
        var now = clock.GetUtcNow();
        var (invitation, shown) = await PendingInvitations.FindAsync(db, agency, invitationId, now, ct);
        invitation.RevokedAt = now;
        audit.Record(user, AuditActions.InvitationRevoked, organisationId: agency.AgencyId, subjectUserId: invitation.UserId,
            detail: $"{shown.Email} as {Roles.Name(invitation.Role)} at {shown.Where}");
        await db.SaveChangesAsync(ct);
        return $"The invitation of {shown.Email} is revoked: its link opens nothing now.";
    }
}
