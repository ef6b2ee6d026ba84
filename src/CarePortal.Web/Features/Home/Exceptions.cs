using System.Security.Claims;
using CarePortal.Web.Data;
using CarePortal.Web.Features.Accounts;
using CarePortal.Web.Features.Requests;
using Microsoft.EntityFrameworkCore;

namespace CarePortal.Web.Features.Home;

/// <summary>The regional manager's exceptions: open requests past their time with the need not met, and requests that expired without approval.</summary>
public sealed class Exceptions(AppDbContext db, TimeProvider clock) : IHomeSection
{
    public string View => "_HomeList";

    public bool IsFor(ClaimsPrincipal user) => user.IsInRole(Roles.RegionalManager);

    public async Task<object> LoadAsync(HomeViewer viewer, CancellationToken ct)
    {
        var regions = viewer.User.OrganisationsWithRole(Roles.RegionalManager);
        var now = clock.GetUtcNow();
        var rows = await RequestAccess.Readable(db, viewer.User, viewer.Now).AsNoTracking()
            .Where(r => regions.Contains(r.RegionId) && (r.State == RequestState.Open || r.State == RequestState.ExpiredNotApproved))
            .OrderByDescending(r => r.Id).Take(200).Select(r => new { r.Id, r.Need, r.State, r.DueAt, r.ClosedAt }).ToListAsync(ct);
        var exceptions = rows.Where(r => r.State == RequestState.ExpiredNotApproved ? r.ClosedAt >= now.AddDays(-30) : r.DueAt < now).Take(10);
        return new HomeList("home-exceptions", "Exceptions in your region", "No request in your region is past its time or expired in the last 30 days.",
            [.. exceptions.Select(r => new HomeRequest(r.Id, RequestNames.NeedName(r.Need),
                r.State == RequestState.ExpiredNotApproved
                    ? $"Expired without approval{(r.ClosedAt is { } at ? " on " + viewer.Day(at) : "")}"
                    : $"Not met by {viewer.Day(r.DueAt!.Value)}",
                $"/Requests/Details/{r.Id}"))],
            "/Requests?state=ExpiredNotApproved", "See every expired request");
    }
}
