using System.Security.Claims;
using CarePortal.Web.Data;
using CarePortal.Web.Features.Accounts;
using CarePortal.Web.Features.Refusals;
using Microsoft.EntityFrameworkCore;

namespace CarePortal.Web.Features.ChurchNeeds;

/// <summary>A leader of the church, or someone who said they help, marks a need met: counted as met in the church's reports.</summary>
public sealed class MarkNeedMet(AppDbContext db, ChurchNeedAccess access, ReadNeeds read, TimeProvider clock)
{
    public async Task<ChurchNeedView> RunAsync(ClaimsPrincipal user, int id, CancellationToken ct)
    {
        var need = await access.AuthorizeAsync(user, id, ChurchNeedOperation.MarkMet, ct);
        var me = user.UserId();
        // Only a need still not met is marked: two people marking it together, the second is told it is met already.
        var marked = await db.Set<ChurchNeed>().Where(n => n.Id == need.Id && n.MetAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(n => n.MetAt, clock.GetUtcNow()).SetProperty(n => n.MetById, me), ct);
        if (marked == 0)
        {
            throw RefusedException.Conflict("Need met", "This need is met already: thank you.");
        }

        db.ChangeTracker.Clear();
        return await read.ReadAsync(user, id, ct);
    }
}
