using CarePortal.Web.Data;
using CarePortal.Web.Features.Accounts;
using CarePortal.Web.Features.Organisations;
using CarePortal.Web.Features.Requests;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CarePortal.Web.Features.Churches;

/// <summary>
/// The church's feed: the open requests routed (or shared) to each of the person's churches, and those it met; filtered by
/// need, county, distance and the day they arrived, sorted newest, nearest or by deadline (<see cref="FeedFilter"/>).
/// </summary>
public sealed class FeedModel(ChurchAccess access, AppDbContext db, PersonTimeZone zones, TimeProvider clock) : PageModel
{
    public IReadOnlyList<ChurchFeed> Churches { get; private set; } = [];

    [BindProperty(SupportsGet = true)]
    public string? Need { get; set; }

    [BindProperty(SupportsGet = true)]
    public int? County { get; set; }

    [BindProperty(SupportsGet = true)]
    public int? Within { get; set; }

    [BindProperty(SupportsGet = true)]
    public DateOnly? Since { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Sort { get; set; }

    public FeedFilter Filter => new(Need, County, Within, Since, Sort);

    /// <summary>The counties the person's feed has requests from, for the county filter.</summary>
    public IReadOnlyList<(int Id, string Name)> Counties { get; private set; } = [];

    public TimeZoneInfo Zone { get; private set; } = TimeZoneInfo.Utc;

    public async Task OnGetAsync(CancellationToken ct)
    {
        CheckFilter();
        Zone = await zones.OfAsync(User, ct);
        var filter = Filter;
        var mine = await access.ChurchesOfAsync(User, ct);
        var churches = await db.Churches.AsNoTracking().Where(c => mine.Contains(c.Id))
            .Select(c => new { c.Id, c.Organisation!.Name, c.Paused }).OrderBy(c => c.Name).ToListAsync(ct);
        var shown = db.Requests.Where(q => q.State == RequestState.Open || q.State == RequestState.ClosedFullyMet || q.State == RequestState.ClosedPartiallyMet)
            .Where(ChurchAccess.TierLetsOn(db, User.UserId(), clock.GetUtcNow()));
        var reached = db.RequestRecipients.AsNoTracking().Where(r => mine.Contains(r.ChurchId));
        var countyIds = await reached.Join(shown, r => r.CareRequestId, q => q.Id, (r, q) => q.CountyId).Distinct().ToListAsync(ct);
        Counties = [.. (await db.Organisations.AsNoTracking().Where(o => countyIds.Contains(o.Id)).Select(o => new { o.Id, o.Name }).ToListAsync(ct))
            .Select(o => (o.Id, o.Name)).OrderBy(o => o.Name, StringComparer.Ordinal)];
        if (filter.Need is { } need)
        {
            shown = shown.Where(q => q.Need == need);
        }

        if (filter.County is { } county)
        {
            shown = shown.Where(q => q.CountyId == county);
        }

        if (filter.Within is { } miles)
        {
            reached = reached.Where(r => r.Miles <= miles);
        }

        if (filter.Since is { } day)
        {
            var from = new DateTimeOffset(TimeZoneInfo.ConvertTimeToUtc(day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified), Zone));
            reached = reached.Where(r => r.At >= from);
        }

        var rows = await reached.Join(shown, r => r.CareRequestId, q => q.Id,
                (r, q) => new { r.ChurchId, r.Miles, r.Round, r.At, q.Id, q.Need, q.Urgency, q.Description, q.State, q.DueAt, q.CountyId })
            .OrderByDescending(x => x.Id).Take(500).ToListAsync(ct);
        var ids = rows.Select(r => r.Id).Distinct().ToList();
        var itemRows = await db.RequestItems.AsNoTracking().Where(i => ids.Contains(i.CareRequestId)).Select(i => new { i.Id, i.CareRequestId, i.Quantity }).ToListAsync(ct);
        var claims = await db.ItemClaims.AsNoTracking().Where(c => ids.Contains(c.CareRequestId)).Select(c => new { c.CareRequestId, c.ChurchId, c.RequestItemId, c.Quantity }).ToListAsync(ct);
        var items = itemRows.GroupBy(i => i.CareRequestId).ToDictionary(g => g.Key, g => g.Count());
        // An item is still needed while churches committed less than its quantity ("2 of 4 coats").
        var stillNeeded = itemRows.GroupBy(i => i.CareRequestId).ToDictionary(g => g.Key,
            g => g.Count(i => claims.Where(c => c.RequestItemId == i.Id).Sum(c => c.Quantity) < i.Quantity));
        var countyNames = Counties.ToDictionary(c => c.Id, c => c.Name);
        Churches = [.. churches.Select(c => new ChurchFeed(c.Id, c.Name, c.Paused, [.. filter.Order(rows.Where(r => r.ChurchId == c.Id)
            .Where(r => r.State == RequestState.Open || claims.Any(k => k.CareRequestId == r.Id && k.ChurchId == c.Id))
            .Select(r => new FeedItem(r.Id, r.Need, r.Urgency, r.Description, r.Miles, r.Round, r.State,
                stillNeeded.GetValueOrDefault(r.Id), items.GetValueOrDefault(r.Id),
                claims.Any(k => k.CareRequestId == r.Id && k.ChurchId == c.Id), r.At, r.DueAt, countyNames.GetValueOrDefault(r.CountyId))))]))];
    }

    /// <summary>A value outside the choices is dropped (the feed shows as if it were not given) and said beside its field.</summary>
    private void CheckFilter()
    {
        var filter = Filter;
        if (!filter.KnownNeed)
        {
            ModelState.AddModelError(nameof(Need), "Choose a need from the list.");
            Need = null;
        }

        if (!filter.KnownDistance)
        {
            ModelState.AddModelError(nameof(Within), "Choose a distance from the list.");
            Within = null;
        }

        if (!filter.KnownSort)
        {
            ModelState.AddModelError(nameof(Sort), "Choose how to sort from the list.");
            Sort = null;
        }
    }
}

public sealed record ChurchFeed(int Id, string Name, bool Paused, IReadOnlyList<FeedItem> Requests);

public sealed record FeedItem(int Id, string Need, Urgency Urgency, string Description, double Miles, int Round, RequestState State, int StillNeeded, int Items,
    bool YourChurchHelps, DateTimeOffset ReachedAt = default, DateTimeOffset? DueAt = null, string? County = null);
