using System.Linq.Expressions;
using System.Security.Claims;
using CarePortal.Web.Data;
using CarePortal.Web.Features.AuditLog;
using CarePortal.Web.Features.Requests;
using Microsoft.EntityFrameworkCore;

namespace CarePortal.Web.Features.Tiers;

/// <summary>An agency's background-check approvals, newest first, current or not, for its admins.</summary>
public sealed class ListApprovals(AppDbContext db, ContactViews contacts, TimeProvider clock)
{
    public const int MaxRows = 500;

    public async Task<List<ResponderApprovalView>> RunAsync(ClaimsPrincipal user, int agencyId, CancellationToken ct)
    {
        await AgencyApprovers.AgencyAsync(db, user, agencyId, ct);
        var views = await ViewsAsync(agencyId, _ => true, clock.GetUtcNow(), ct);
        // The approved people's emails: each view of the list recorded (ContactViews); none shown to a view another site started.
        return await contacts.RecordAsync(user, "emails on the tier-2 approvals list", agencyId, ct) ? views : [.. views.Select(v => v with { Email = "" })];
    }

    internal async Task<List<ResponderApprovalView>> ViewsAsync(int agencyId, Expression<Func<ResponderApproval, bool>> which, DateTimeOffset now, CancellationToken ct)
    {
        var rows = await db.ResponderApprovals.AsNoTracking().Where(a => a.AgencyId == agencyId).Where(which)
            .OrderByDescending(a => a.ApprovedAt).ThenByDescending(a => a.Id).Take(MaxRows)
            .Join(db.Users, a => a.UserId, u => u.Id, (a, u) => new { a, u.DisplayName, u.Email })
            .Join(db.Users, x => x.a.ApprovedById, u => u.Id, (x, u) => new { x.a, x.DisplayName, x.Email, ApprovedBy = u.DisplayName })
            .ToListAsync(ct);
        return [.. rows.Select(x => new ResponderApprovalView(x.a.Id, x.a.UserId, x.DisplayName, x.Email ?? "", x.a.CheckedOn, x.a.ExpiresOn, x.ApprovedBy,
            x.a.ApprovedAt, x.a.WithdrawnAt, x.a.WithdrawnAt is not null ? "withdrawn" : x.a.ExpiresAt <= now ? "expired" : "current"))];
    }
}

/// <summary>One approval as the agency's admins see it; <paramref name="Status"/> is current, expired or withdrawn.</summary>
public sealed record ResponderApprovalView(int Id, string UserId, string Name, string Email, DateOnly CheckedOn, DateOnly ExpiresOn, string ApprovedBy,
    DateTimeOffset ApprovedAt, DateTimeOffset? WithdrawnAt, string Status);
