using CarePortal.Web.Data;
using CarePortal.Web.Features.Requests;
using Microsoft.EntityFrameworkCore;

namespace CarePortal.Web.Features.Home;

/// <summary>The writer's open requests ready to close: a church delivered, or the time to meet the need has passed.</summary>
public sealed class ToClose(AppDbContext db, TimeProvider clock) : WriterSection(db)
{
    public override async Task<object> LoadAsync(HomeViewer viewer, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var rows = await Mine(viewer).AsNoTracking()
            .Where(r => r.State == RequestState.Open || r.State == RequestState.Paused)
            .OrderBy(r => r.Id).Take(200)
            .Select(r => new { r.Id, r.Need, r.DueAt, Delivered = Db.Deliveries.Where(d => d.CareRequestId == r.Id).Select(d => (DateTimeOffset?)d.At).FirstOrDefault() })
            .ToListAsync(ct);
        var ready = rows.Where(r => r.Delivered is not null || r.DueAt < now).Take(8);
        return Listed(viewer, new HomeList("home-to-close", "Ready to close", "No open request of yours is ready to close.",
            [.. ready.Select(r => new HomeRequest(r.Id, RequestNames.NeedName(r.Need),
                r.Delivered is { } at ? $"A church delivered on {viewer.Day(at)}: record the outcome." : $"Its time ran out on {viewer.Day(r.DueAt!.Value)}: close it.",
                $"/Requests/Details/{r.Id}#close"))]));
    }
}
