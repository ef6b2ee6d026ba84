using System.Security.Claims;
using CarePortal.Web.Data;
using CarePortal.Web.Features.Accounts;
using Microsoft.EntityFrameworkCore;

namespace CarePortal.Web.Features.ChurchNeeds;

/// <summary>One of the church's people says "I can help" with a need not yet met; saying it twice is saying it once.</summary>
public sealed class RespondToNeed(AppDbContext db, ChurchNeedAccess access, ReadNeeds read, TimeProvider clock)
{
    public async Task<ChurchNeedView> RunAsync(ClaimsPrincipal user, int id, CancellationToken ct)
    {
        await access.AuthorizeAsync(user, id, ChurchNeedOperation.Respond, ct);
        var me = user.UserId();
        if (!await db.Set<ChurchNeedResponse>().AnyAsync(r => r.ChurchNeedId == id && r.UserId == me, ct))
        {
            db.Add(new ChurchNeedResponse { ChurchNeedId = id, UserId = me, At = clock.GetUtcNow() });
            try
            {
                await db.SaveChangesAsync(ct);
            }
            catch (DbUpdateException)
            {
                // Said at the same moment in another tab: counted once.
                db.ChangeTracker.Clear();
            }
        }

        return await read.ReadAsync(user, id, ct);
    }
}
