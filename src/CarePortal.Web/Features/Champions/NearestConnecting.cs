using CarePortal.Web.Data;
using CarePortal.Web.Features.Churches;
using Microsoft.EntityFrameworkCore;

namespace CarePortal.Web.Features.Champions;

/// <summary>
/// The nearest active, unpaused connecting church that serves the need and whose reach holds the family, chosen as routing
/// chooses churches (<see cref="ChurchRouting"/>, the county's reach from <see cref="ChurchRouter.ReachAsync"/>, else the
/// default): where a champion's offer goes, and whether one can go at all.
/// </summary>
public sealed class NearestConnecting(AppDbContext db, ChurchDirectory directory, ChurchRouter router)
{
    public async Task<RoutedChurch?> ForAsync(GeoPoint family, string need, int? countyId, CancellationToken ct)
    {
        var connecting = (await db.Churches.AsNoTracking().Where(c => c.Connecting && c.Active && !c.Paused).Select(c => c.Id).ToListAsync(ct)).ToHashSet();
        if (connecting.Count == 0)
        {
            return null;
        }

        var reach = countyId is { } id ? await router.ReachAsync(id, ct) : CountySetting.Default;
        return ChurchRouting.Choose(family, need, await directory.ChurchesAsync(db, ct), reach with { Churches = 1 }, only: connecting).SingleOrDefault();
    }
}
