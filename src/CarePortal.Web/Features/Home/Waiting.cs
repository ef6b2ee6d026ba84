using System.Security.Claims;
using CarePortal.Web.Data;
using CarePortal.Web.Features.Accounts;
using CarePortal.Web.Features.Requests;
using Microsoft.EntityFrameworkCore;

namespace CarePortal.Web.Features.Home;

/// <summary>The writer's requests waiting for an approver, and since when.</summary>
public sealed class Waiting(AppDbContext db) : IHomeSection
{
    public string View => "_HomeList";

    public bool IsFor(ClaimsPrincipal user) => Roles.RequestWriters.Any(user.IsInRole);

    public async Task<object> LoadAsync(HomeViewer viewer, CancellationToken ct)
    {
        var me = viewer.User.UserId();
        var rows = await RequestAccess.Readable(db, viewer.User).AsNoTracking()
            .Where(r => r.CaseworkerId == me && r.State == RequestState.AwaitingApproval)
            .OrderBy(r => r.Id).Take(10).Select(r => new { r.Id, r.Need, r.SubmittedAt }).ToListAsync(ct);
        return new HomeList("home-waiting", "Waiting for approval", "None of your requests waits for approval.",
            [.. rows.Select(r => new HomeRequest(r.Id, RequestNames.NeedName(r.Need),
                r.SubmittedAt is { } at ? $"Submitted {viewer.When(at)}" : "Submitted", $"/Requests/Details/{r.Id}"))])
        { HideWhenEmpty = !viewer.User.IsInRole(Roles.Caseworker) };
    }
}
