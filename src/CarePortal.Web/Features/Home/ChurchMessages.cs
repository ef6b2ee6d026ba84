using System.Security.Claims;
using CarePortal.Web.Data;
using CarePortal.Web.Features.Accounts;
using CarePortal.Web.Features.Requests;
using Microsoft.EntityFrameworkCore;

namespace CarePortal.Web.Features.Home;

/// <summary>Caseworkers' messages to the person's churches in the last two weeks (who and when; the words stay on the request page).</summary>
public sealed class ChurchMessages(AppDbContext db, ChurchAccess access, TimeProvider clock) : IHomeSection
{
    public string View => "_HomeList";

    public bool IsFor(ClaimsPrincipal user) => ChurchAccess.IsChurchPerson(user);

    public async Task<object> LoadAsync(HomeViewer viewer, CancellationToken ct)
    {
        var me = viewer.User.UserId();
        var mine = await access.ChurchesOfAsync(viewer.User, ct);
        var since = clock.GetUtcNow().AddDays(-14);
        var rows = await db.RequestMessages.AsNoTracking().Where(m => mine.Contains(m.ChurchId) && m.AuthorId != me)
            .Where(m => !db.Memberships.Any(x => x.UserId == m.AuthorId && mine.Contains(x.OrganisationId)))
            .Join(db.Requests, m => m.CareRequestId, r => r.Id, (m, r) => new { m.Id, RequestId = r.Id, r.Need, m.At })
            .OrderByDescending(m => m.Id).Take(20).ToListAsync(ct);
        return new HomeList("home-messages", "Messages from caseworkers", "No caseworker wrote to your church in the last 14 days.",
            [.. rows.Where(m => m.At >= since).Take(6).Select(m => new HomeRequest(m.RequestId, RequestNames.NeedName(m.Need),
                $"Message from the caseworker, {viewer.When(m.At)}", $"/Churches/Request/{m.RequestId}"))]);
    }
}
