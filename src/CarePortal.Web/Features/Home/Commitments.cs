using System.Security.Claims;
using CarePortal.Web.Data;
using CarePortal.Web.Features.Requests;
using Microsoft.EntityFrameworkCore;

namespace CarePortal.Web.Features.Home;

/// <summary>What the person's churches said they would bring, and whether they have delivered it.</summary>
public sealed class Commitments(AppDbContext db, ChurchAccess access) : IHomeSection
{
    public string View => "_HomeList";

    public bool IsFor(ClaimsPrincipal user) => ChurchAccess.IsChurchPerson(user);

    public async Task<object> LoadAsync(HomeViewer viewer, CancellationToken ct)
    {
        var mine = await access.ChurchesOfAsync(viewer.User, ct);
        var rows = await db.ItemClaims.AsNoTracking().Where(c => mine.Contains(c.ChurchId))
            .GroupBy(c => new { c.CareRequestId, c.ChurchId }).Select(g => new { g.Key.CareRequestId, g.Key.ChurchId, Items = g.Count() })
            .Join(db.Requests, c => c.CareRequestId, r => r.Id, (c, r) => new
            {
                r.Id, r.Need, r.State, c.Items,
                Delivered = db.Deliveries.Where(d => d.CareRequestId == r.Id && d.ChurchId == c.ChurchId).Select(d => (DateTimeOffset?)d.At).FirstOrDefault(),
            })
            .OrderByDescending(r => r.Id).Take(8).ToListAsync(ct);
        return new HomeList("home-commitments", "Your church's commitments", "Your church has not committed to a request yet.",
            [.. rows.Select(r => new HomeRequest(r.Id, RequestNames.NeedName(r.Need),
                $"Meeting {r.Items} item{(r.Items == 1 ? "" : "s")} · " + (r.Delivered is { } at ? $"delivered {viewer.Day(at)}" : r.State is RequestState.Open or RequestState.Paused ? "not delivered yet" : r.State.Name()),
                $"/Churches/Request/{r.Id}"))]);
    }
}
