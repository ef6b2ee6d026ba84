using System.Security.Claims;
using CarePortal.Web.Data;
using CarePortal.Web.Features.Accounts;
using Microsoft.EntityFrameworkCore;

namespace CarePortal.Web.Features.Community;

/// <summary>A church person commits to pray for a request that reached their church: counted once per person.</summary>
public sealed class PrayForRequest(AppDbContext db, CommunitySide side, TimeProvider clock)
{
    public async Task<PrayerView> RunAsync(ClaimsPrincipal user, int id, CancellationToken ct)
    {
        var (request, churchId) = await side.AsChurchAsync(user, id, ct);
        var me = user.UserId();
        if (!await db.Set<PrayerCommitment>().AnyAsync(p => p.CareRequestId == id && p.UserId == me, ct))
        {
            db.Add(new PrayerCommitment { CareRequestId = request.Id, UserId = me, ChurchId = churchId, At = clock.GetUtcNow() });
            try
            {
                await db.SaveChangesAsync(ct);
            }
            catch (DbUpdateException)
            {
                // Committed at the same moment in another tab: counted once.
                db.ChangeTracker.Clear();
            }
        }

        return new PrayerView(id, await db.Set<PrayerCommitment>().CountAsync(p => p.CareRequestId == id, ct));
    }
}

public sealed record PrayerView(int RequestId, int Praying);
