using System.Security.Claims;
using CarePortal.Web.Data;
using CarePortal.Web.Features.Accounts;
using CarePortal.Web.Features.Requests;
using Microsoft.EntityFrameworkCore;

namespace CarePortal.Web.Features.Home;

/// <summary>The writer's open requests ready to close: a church delivered, or the time to meet the need has passed.</summary>
public sealed class ToClose(AppDbContext db, TimeProvider clock) : IHomeSection
{
    public string View => "_HomeList";

    public bool IsFor(ClaimsPrincipal user) => Roles.RequestWriters.Any(user.IsInRole);

    public async Task<object> LoadAsync(HomeViewer viewer, CancellationToken ct)
    {
        var me = viewer.User.UserId();
        var now = clock.GetUtcNow();
        var rows = await RequestAccess.Readable(db, viewer.User).AsNoTracking()
            .Where(r => r.CaseworkerId == me && (r.State == RequestState.Open || r.State == RequestState.Paused))
            .OrderBy(r => r.Id).Take(200)
            .Select(r => new { r.Id, r.Need, r.DueAt, Delivered = db.Deliveries.Where(d => d.CareRequestId == r.Id).Select(d => (DateTimeOffset?)d.At).FirstOrDefault() })
            .ToListAsync(ct);
        var ready = rows.Where(r => r.Delivered is not null || r.DueAt < now).Take(8);
        return new HomeList("home-to-close", "Ready to close", "No open request of yours is ready to close.",
            [.. ready.Select(r => new HomeRequest(r.Id, RequestNames.NeedName(r.Need),
                r.Delivered is { } at ? $"A church delivered on {viewer.Day(at)}: record the outcome." : $"Its time ran out on {viewer.Day(r.DueAt!.Value)}: close it.",
                $"/Requests/Details/{r.Id}#close"))])
        { HideWhenEmpty = !viewer.User.IsInRole(Roles.Caseworker) };
    }
}
