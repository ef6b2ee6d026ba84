using System.Security.Claims;
using CarePortal.Web.Data;
using CarePortal.Web.Features.Accounts;
using CarePortal.Web.Features.Requests;
using Microsoft.EntityFrameworkCore;

namespace CarePortal.Web.Features.Home;

/// <summary>The writer's drafts, newest first, each a link to go on writing.</summary>
public sealed class Drafts(AppDbContext db) : IHomeSection
{
    public string View => "_HomeList";

    public bool IsFor(ClaimsPrincipal user) => Roles.RequestWriters.Any(user.IsInRole);

    public async Task<object> LoadAsync(HomeViewer viewer, CancellationToken ct)
    {
        var me = viewer.User.UserId();
        var rows = await RequestAccess.Readable(db, viewer.User).AsNoTracking()
            .Where(r => r.CaseworkerId == me && r.State == RequestState.Draft)
            .OrderByDescending(r => r.Id).Take(5).Select(r => new { r.Id, r.Need, r.CreatedAt }).ToListAsync(ct);
        return new HomeList("home-drafts", "Your drafts", "No drafts.",
            [.. rows.Select(r => new HomeRequest(r.Id, RequestNames.NeedName(r.Need), $"Started {viewer.Day(r.CreatedAt)}", $"/Requests/Edit/{r.Id}"))],
            "/Requests/Create", "Write a request")
        { HideWhenEmpty = !viewer.User.IsInRole(Roles.Caseworker) };
    }
}
