using System.Security.Claims;
using CarePortal.Web.Data;
using CarePortal.Web.Features.Accounts;
using CarePortal.Web.Features.AuditLog;
using CarePortal.Web.Features.Refusals;
using Microsoft.EntityFrameworkCore;

namespace CarePortal.Web.Features.Tiers;

/// <summary>
/// An agency admin withdraws a background-check approval: from that moment the person no longer reads or answers the agency's
/// tier-2 requests. Audited; withdrawing one already withdrawn changes nothing.
/// </summary>
public sealed class WithdrawApproval(AppDbContext db, AdminAudit audit, TimeProvider clock)
{
    public async Task RunAsync(ClaimsPrincipal user, int agencyId, int approvalId, CancellationToken ct)
    {
        var agency = await AgencyApprovers.AgencyAsync(db, user, agencyId, ct);
        var approval = await db.ResponderApprovals.SingleOrDefaultAsync(a => a.Id == approvalId && a.AgencyId == agencyId, ct)
            ?? throw RefusedException.NotFound("No such approval.");
        if (approval.WithdrawnAt is not null)
        {
            return;
        }

        approval.WithdrawnAt = clock.GetUtcNow();
        approval.WithdrawnById = user.UserId();
        var name = await db.Users.Where(u => u.Id == approval.UserId).Select(u => u.DisplayName).SingleAsync(ct);
        audit.Record(user, "responder-approval-withdrawn", $"Withdrew the approval of {name} for {agency.Name}'s tier-2 requests.", agencyId, approval.UserId);
        await db.SaveChangesAsync(ct);
    }
}
