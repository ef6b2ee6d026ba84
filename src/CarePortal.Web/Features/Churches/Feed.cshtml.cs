using CarePortal.Web.Data;
using CarePortal.Web.Features.Requests;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CarePortal.Web.Features.Churches;

/// <summary>The church's feed: the open requests routed (or shared) to each of the person's churches, and those it met.</summary>
public sealed class FeedModel(ChurchAccess access, AppDbContext db) : PageModel
{
    public IReadOnlyList<ChurchFeed> Churches { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        var mine = await access.ChurchesOfAsync(User, ct);
        var churches = await db.Churches.AsNoTracking().Where(c => mine.Contains(c.Id))
            .Select(c => new { c.Id, c.Organisation!.Name, c.Paused }).OrderBy(c => c.Name).ToListAsync(ct);
        var rows = await db.RequestRecipients.AsNoTracking().Where(r => mine.Contains(r.ChurchId))
            .Join(db.Requests.Where(q => q.State == RequestState.Open || q.State == RequestState.ClosedFullyMet || q.State == RequestState.ClosedPartiallyMet),
                r => r.CareRequestId, q => q.Id, (r, q) => new { r.ChurchId, r.Miles, r.Round, q.Id, q.Need, q.Urgency, q.Description, q.State })
            .OrderByDescending(x => x.Id).Take(500).ToListAsync(ct);
        var ids = rows.Select(r => r.Id).Distinct().ToList();
        var itemRows = await db.RequestItems.AsNoTracking().Where(i => ids.Contains(i.CareRequestId)).Select(i => new { i.Id, i.CareRequestId, i.Quantity }).ToListAsync(ct);
        var claims = await db.ItemClaims.AsNoTracking().Where(c => ids.Contains(c.CareRequestId)).Select(c => new { c.CareRequestId, c.ChurchId, c.RequestItemId, c.Quantity }).ToListAsync(ct);
        var items = itemRows.GroupBy(i => i.CareRequestId).ToDictionary(g => g.Key, g => g.Count());
        // An item is still needed while churches committed less than its quantity ("2 of 4 coats").
        var stillNeeded = itemRows.GroupBy(i => i.CareRequestId).ToDictionary(g => g.Key,
            g => g.Count(i => claims.Where(c => c.RequestItemId == i.Id).Sum(c => c.Quantity) < i.Quantity));
        Churches = [.. churches.Select(c => new ChurchFeed(c.Id, c.Name, c.Paused, [.. rows.Where(r => r.ChurchId == c.Id)
            .Where(r => r.State == RequestState.Open || claims.Any(k => k.CareRequestId == r.Id && k.ChurchId == c.Id))
            .Select(r => new FeedItem(r.Id, r.Need, r.Urgency, r.Description, r.Miles, r.Round, r.State,
                stillNeeded.GetValueOrDefault(r.Id), items.GetValueOrDefault(r.Id),
                claims.Any(k => k.CareRequestId == r.Id && k.ChurchId == c.Id)))]))];
    }
}

public sealed record ChurchFeed(int Id, string Name, bool Paused, IReadOnlyList<FeedItem> Requests);

public sealed record FeedItem(int Id, string Need, Urgency Urgency, string Description, double Miles, int Round, RequestState State, int StillNeeded, int Items, bool YourChurchHelps);
