using System.Security.Claims;
using CarePortal.Web.Data;
using CarePortal.Web.Features.Accounts;
using CarePortal.Web.Features.Requests;
using Microsoft.EntityFrameworkCore;

namespace CarePortal.Web.Features.Community;

/// <summary>
/// What the request's page shows of its community, to a reader of the request (its agency staff, a church it reached): how
/// many pray and follow, whether the reader does, and the public link when there is one and they may share.
/// </summary>
public sealed class ReadStanding(AppDbContext db, CommunitySide side)
{
    public async Task<CommunityStanding> RunAsync(ClaimsPrincipal user, CareRequest request, int? churchId, CancellationToken ct)
    {
        var me = user.UserId();
        var id = request.Id;
        var counts = await db.Requests.AsNoTracking().Where(r => r.Id == id).Select(r => new
        {
            Praying = db.Set<PrayerCommitment>().Count(p => p.CareRequestId == id),
            Churches = db.Set<PrayerCommitment>().Where(p => p.CareRequestId == id).Select(p => p.ChurchId).Distinct().Count(),
            Following = db.Set<RequestFollow>().Count(f => f.CareRequestId == id),
            IPray = db.Set<PrayerCommitment>().Any(p => p.CareRequestId == id && p.UserId == me),
            IFollow = db.Set<RequestFollow>().Any(f => f.CareRequestId == id && f.UserId == me),
            Token = db.Set<PublicLink>().Where(l => l.CareRequestId == id).Select(l => l.Token).FirstOrDefault(),
        }).SingleAsync(ct);
        var live = request.State is RequestState.Open or RequestState.Paused;
        var mayFollow = live && await side.MayFollowAsync(user, request);
        var mayShare = request.State == RequestState.Open && await side.MayShareAsync(user, request);
        return new CommunityStanding(
            id, churchId, counts.Praying, counts.Churches, counts.Following, mayFollow, counts.IPray, counts.IFollow, mayShare,
            mayShare && counts.Token is { } token ? PublicLinkView.PathOf(token) : null);
    }
}

/// <summary>The request's community as one reader sees it: counts for everyone who reads it; their own buttons and the link.</summary>
public sealed record CommunityStanding(
    int RequestId, int? ChurchId, int Praying, int PrayingChurches, int Following, bool MayFollow, bool IPray, bool IFollow, bool MayShare, string? PublicPath);
