using System.Security.Claims;
using CarePortal.Web.Data;
using CarePortal.Web.Features.Churches;
using CarePortal.Web.Features.Offers;
using CarePortal.Web.Features.Requests;
using Microsoft.EntityFrameworkCore;

namespace CarePortal.Web.Features.Champions;

/// <summary>
/// The open tier-1 requests (items and bills) whose family lives within the approved champion's radius, as the public part
/// alone: the need, the urgency, the county, the public description and the items still needed. Never a ZIP, a distance, a
/// name or a private detail; a view type with no field that could carry one. What champions offered and no church claimed yet
/// counts as taken, so one item is not offered twice. A request that matched one of the champion's standing offers is listed
/// too, wherever that offer stood, and says which.
/// </summary>
public sealed class ListNear(AppDbContext db, ChampionSide side)
{
    public const int Max = 50;

    public async Task<IReadOnlyList<NearNeed>> RunAsync(ClaimsPrincipal user, CancellationToken ct) => await NearAsync(await side.ApprovedAsync(user, ct), await OpenAsync(null, ct), ct);

    /// <summary>The one request, when it is open, of tier 1 and near the champion; null otherwise (the caller says "not found").</summary>
    public async Task<NearNeed?> OneAsync(Champion champion, int requestId, CancellationToken ct) => (await NearAsync(champion, await OpenAsync(requestId, ct), ct)).SingleOrDefault();

    private async Task<List<Row>> OpenAsync(int? requestId, CancellationToken ct)
    {
        var open = db.Requests.AsNoTracking().Where(r => r.State == RequestState.Open && r.Tier == 1);
        if (requestId is { } id)
        {
            open = open.Where(r => r.Id == id);
        }

        return await open.Select(r => new Row(r.Id, r.Zip, r.Need, r.Urgency, r.Description, r.OpenedAt,
            db.Organisations.Where(o => o.Id == r.CountyId).Select(o => o.Name).FirstOrDefault())).ToListAsync(ct);
    }

    private async Task<List<NearNeed>> NearAsync(Champion champion, List<Row> rows, CancellationToken ct)
    {
        // A request one of the champion's standing offers matched is theirs to see, even when the offer stood farther out (its own ZIP).
        var matched = (await db.Set<OfferMatch>().Where(m => db.Requests.Any(r => r.Id == m.CareRequestId && r.State == RequestState.Open))
                .Join(db.Set<ChurchOffer>().Where(o => o.ChampionId == champion.Id), m => m.OfferId, o => o.Id, (m, o) => new { m.CareRequestId, o.Item })
                .ToListAsync(ct))
            .GroupBy(m => m.CareRequestId).ToDictionary(g => g.Key, g => string.Join("; ", g.Select(m => m.Item).Distinct()));
        var near = rows.Where(r => matched.ContainsKey(r.Id) || ZipCentroids.TryGet(r.Zip, out var family) && family.MilesTo(champion.Location) <= champion.RadiusMiles)
            .OrderByDescending(r => matched.ContainsKey(r.Id)).ThenByDescending(r => r.Urgency).ThenBy(r => r.OpenedAt).ThenBy(r => r.Id).Take(Max).ToList();
        var ids = near.Select(r => r.Id).ToList();
        var items = await db.RequestItems.AsNoTracking().Where(i => ids.Contains(i.CareRequestId))
            .Select(i => new
            {
                i.Id, i.CareRequestId, i.Name, i.Quantity,
                // Committed by churches, or offered by champions and not yet claimed: either way no longer to be offered again.
                Claimed = (db.ItemClaims.Where(c => c.RequestItemId == i.Id).Sum(c => (int?)c.Quantity) ?? 0)
                    + (db.Set<ChampionOffer>().Where(o => o.RequestItemId == i.Id && o.State == ChampionOfferState.Sent).Sum(o => (int?)o.Quantity) ?? 0),
            })
            .ToListAsync(ct);
        return [.. near.Select(r => new NearNeed(r.Id, r.Need, r.Urgency, r.County ?? "", r.Description,
            [.. items.Where(i => i.CareRequestId == r.Id).OrderBy(i => i.Id).Select(i => new NearItem(i.Id, i.Name, i.Quantity, Math.Max(0, i.Quantity - i.Claimed)))],
            matched.GetValueOrDefault(r.Id)))];
    }

    private sealed record Row(int Id, string Zip, string Need, Urgency Urgency, string Description, DateTimeOffset? OpenedAt, string? County);
}

/// <summary>A request near a champion, its public part only; and what of the champion's standing offers it matched, if any.</summary>
public sealed record NearNeed(int RequestId, string Need, Urgency Urgency, string County, string Description, IReadOnlyList<NearItem> Items, string? YourOffer = null);

/// <summary>An item of a request and how many of it are still needed.</summary>
public sealed record NearItem(int ItemId, string Name, int Quantity, int Left);
