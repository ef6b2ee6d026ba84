using System.Security.Claims;
using CarePortal.Web.Data;
using CarePortal.Web.Features.Accounts;
using Microsoft.EntityFrameworkCore;

namespace CarePortal.Web.Features.Community;

/// <summary>A church person follows a request that reached their church, or stops following it; following twice is following once.</summary>
public sealed class FollowRequest(AppDbContext db, CommunitySide side, TimeProvider clock)
{
    public async Task<FollowView> RunAsync(ClaimsPrincipal user, int id, bool follow, CancellationToken ct)
    {
        var (request, churchId) = await side.AsChurchAsync(user, id, ct);
        var me = user.UserId();
        var mine = await db.Set<RequestFollow>().SingleOrDefaultAsync(f => f.CareRequestId == id && f.UserId == me, ct);
        if (follow && mine is null)
        {
            db.Add(new RequestFollow { CareRequestId = request.Id, UserId = me, ChurchId = churchId, At = clock.GetUtcNow() });
        }
        else if (!follow && mine is not null)
        {
            db.Remove(mine);
        }

        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException) when (follow)
        {
            // The same person followed it at the same moment in another tab: they follow it once, as asked.
            db.ChangeTracker.Clear();
        }

        return new FollowView(id, follow);
    }
}

public sealed record FollowView(int RequestId, bool Following);
