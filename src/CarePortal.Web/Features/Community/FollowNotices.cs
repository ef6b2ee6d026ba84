using System.Security.Claims;
using CarePortal.Web.Data;
using CarePortal.Web.Features.Notifications;
using CarePortal.Web.Features.Notifications.Emails;
using CarePortal.Web.Features.Requests;
using Microsoft.EntityFrameworkCore;

namespace CarePortal.Web.Features.Community;

/// <summary>
/// Tells the people who follow a request what happened to it (Requests' seams: a church answered, paused, resumed, closed,
/// cancelled), by the outbox in the caller's save, each as they chose to hear (email, digest, in the site only). The person
/// who acted is not told of their own act (the seams carry no actor: the request being served names them).
/// </summary>
public sealed class FollowNotices(AppDbContext db, Outbox outbox, IHttpContextAccessor http, TimeProvider clock) : IRequestClosingListener, IRequestChangeListener
{
    public Task ClosingAsync(CareRequest request, CancellationToken cancellationToken) => TellAsync(request, request.State switch
    {
        RequestState.ClosedFullyMet => "it is closed: the need was met",
        RequestState.ClosedPartiallyMet => "it is closed: the need was partly met",
        RequestState.Cancelled => "it is cancelled: it is no longer needed",
        _ => "it is closed: the need was not met",
    }, closed: true, cancellationToken);

    public Task ChangingAsync(CareRequest request, RequestChange change, CancellationToken cancellationToken) => TellAsync(request, change switch
    {
        RequestChange.Answered => "a church said \"Yes, I can help\"",
        RequestChange.Paused => "it is paused for a while",
        _ => "it is open again",
    }, closed: false, cancellationToken);

    private async Task TellAsync(CareRequest request, string what, bool closed, CancellationToken cancellationToken)
    {
        var actor = http.HttpContext?.User.FindFirstValue(ClaimTypes.NameIdentifier);
        var followers = await db.Set<RequestFollow>().AsNoTracking().Where(f => f.CareRequestId == request.Id && f.UserId != actor)
            .Select(f => f.UserId).ToListAsync(cancellationToken);
        // A follower whose approval for a tier-2 request has ended no longer hears of it (ChurchAccess.TierLets).
        var hearing = await ChurchAccess.HearingOfAsync(db, request, followers, clock.GetUtcNow(), cancellationToken);
        await outbox.ToPeopleAsync(hearing, new FollowedRequestEmail(request.Id, request.Need, what, closed), request.Id, digestible: true, cancellationToken);
    }
}
