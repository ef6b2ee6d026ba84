using System.Security.Claims;
using CarePortal.Web.Data;
using CarePortal.Web.Features.Accounts;
using CarePortal.Web.Features.Requests;
using Microsoft.EntityFrameworkCore;

namespace CarePortal.Web.Features.Home;

/// <summary>What churches said on the writer's requests in the last two weeks: "Yes, I can help", messages, deliveries.</summary>
public sealed class ChurchNews(AppDbContext db, TimeProvider clock) : IHomeSection
{
    private const int Days = 14;

    public string View => "_HomeList";

    public bool IsFor(ClaimsPrincipal user) => Roles.RequestWriters.Any(user.IsInRole);

    public async Task<object> LoadAsync(HomeViewer viewer, CancellationToken ct)
    {
        var me = viewer.User.UserId();
        var mine = RequestAccess.Readable(db, viewer.User, viewer.Now).Where(r => r.CaseworkerId == me);
        var since = clock.GetUtcNow().AddDays(-Days);
        var responses = await db.ChurchResponses.AsNoTracking().Where(x => mine.Any(r => r.Id == x.CareRequestId))
            .OrderByDescending(x => x.Id).Take(20).Select(x => new News(x.CareRequestId, x.ChurchId, "said “Yes, I can help”", x.At)).ToListAsync(ct);
        var messages = await db.RequestMessages.AsNoTracking().Where(x => x.AuthorId != me && mine.Any(r => r.Id == x.CareRequestId))
            .OrderByDescending(x => x.Id).Take(20).Select(x => new News(x.CareRequestId, x.ChurchId, "sent a message", x.At)).ToListAsync(ct);
        var deliveries = await db.Deliveries.AsNoTracking().Where(x => mine.Any(r => r.Id == x.CareRequestId))
            .OrderByDescending(x => x.Id).Take(20).Select(x => new News(x.CareRequestId, x.ChurchId, "delivered", x.At)).ToListAsync(ct);
        var news = responses.Concat(messages).Concat(deliveries).Where(n => n.At >= since).OrderByDescending(n => n.At).Take(8).ToList();
        var ids = news.Select(n => n.RequestId).Concat(news.Select(n => n.ChurchId)).Distinct().ToList();
        var churches = await db.Organisations.AsNoTracking().Where(o => ids.Contains(o.Id)).ToDictionaryAsync(o => o.Id, o => o.Name, ct);
        var needs = await mine.AsNoTracking().Where(r => ids.Contains(r.Id)).ToDictionaryAsync(r => r.Id, r => r.Need, ct);
        return new HomeList("home-church-news", "From the churches", $"No church wrote in the last {Days} days.",
            [.. news.Select(n => new HomeRequest(n.RequestId, RequestNames.NeedName(needs.GetValueOrDefault(n.RequestId) ?? ""),
                $"{churches.GetValueOrDefault(n.ChurchId) ?? "A church"} {n.What}, {viewer.When(n.At)}", $"/Requests/Details/{n.RequestId}"))])
        { HideWhenEmpty = !viewer.User.IsInRole(Roles.Caseworker) };
    }

    private sealed record News(int RequestId, int ChurchId, string What, DateTimeOffset At);
}
