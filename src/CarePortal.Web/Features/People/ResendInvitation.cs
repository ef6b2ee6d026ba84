using System.Security.Claims;
using CarePortal.Web.Data;
using CarePortal.Web.Features.Accounts;
using CarePortal.Web.Features.Organisations;

namespace CarePortal.Web.Features.People;

/// <summary>The agency admin sends a pending invitation again: a fresh link for the same role and places, audited as an invitation.</summary>
public sealed class ResendInvitation(AppDbContext db, IAgencyAdmins admins, InvitePerson invite, TimeProvider clock)
{
    public async Task<string> RunAsync(ClaimsPrincipal user, int? agencyId, int? invitationId, CancellationToken ct)
    {
        var agency = await AgencyPlaces.LoadAsync(db, admins, user, agencyId, ct);
        var (invitation, shown) = await PendingInvitations.FindAsync(db, agency, invitationId, clock.GetUtcNow(), ct);
        var name = string.IsNullOrWhiteSpace(shown.Name) ? shown.Email : shown.Name;
        await invite.RunAsync(user, agency.AgencyId, new InviteInput(shown.Email, name, invitation.Role, invitation.PlaceIds), ct);
        return $"Invitation sent again to {shown.Email}, as {Roles.Name(invitation.Role)} at {shown.Where}: the new link works once, within {AccountLinks.Lifetime.Days} days.";
    }
}
