using System.Security.Claims;
using CarePortal.Web.Data;
using CarePortal.Web.Features.Accounts;
using CarePortal.Web.Features.Requests;
using Microsoft.EntityFrameworkCore;

namespace CarePortal.Web.Features.Home;

/// <summary>The open requests that reached the person's churches and still need help, the most urgent and nearest first.</summary>
public sealed class ChurchFeedTop(AppDbContext db, ChurchAccess access) : IHomeSection
{
    public string View => "_HomeList";

    public bool IsFor(ClaimsPrincipal user) => ChurchAccess.IsChurchPerson(user);

    public async Task<object> LoadAsync(HomeViewer viewer, CancellationToken ct)
    {
        var mine = await access.ChurchesOfAsync(viewer.User, ct);
        var rows = await db.RequestRecipients.AsNoTracking().Where(x => mine.Contains(x.ChurchId))
            .Join(db.Requests.Where(r => r.State == RequestState.Open).Where(ChurchAccess.TierLetsOn(db, viewer.User.UserId(), viewer.Now)), x => x.CareRequestId, r => r.Id, (x, r) => new
            {
                r.Id, r.Need, r.Urgency, x.Miles,
                Items = db.RequestItems.Count(i => i.CareRequestId == r.Id),
                Claimed = db.ItemClaims.Count(c => c.CareRequestId == r.Id),
            })
            .OrderBy(r => r.Urgency).ThenBy(r => r.Miles).Take(40).ToListAsync(ct);
        var needed = rows.Where(r => r.Items == 0 || r.Claimed < r.Items).DistinctBy(r => r.Id).Take(6);
        return new HomeList("home-feed", "Requests near you", "No open request near your church needs help now.",
            [.. needed.Select(r => new HomeRequest(r.Id, RequestNames.NeedName(r.Need),
                $"{r.Urgency.Name()} · {r.Miles:0} miles away{(r.Items > 0 ? $" · {r.Items - r.Claimed} of {r.Items} items still needed" : "")}",
                $"/Churches/Request/{r.Id}"))],
            "/Churches/Feed", "See your church's feed");
    }
}
