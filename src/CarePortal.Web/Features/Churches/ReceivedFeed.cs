using CarePortal.Web.Data;
using CarePortal.Web.Features.Accounts;
using CarePortal.Web.Features.Organisations;
using CarePortal.Web.Features.Requests;
using Microsoft.EntityFrameworkCore;

namespace CarePortal.Web.Features.Churches;

/// <summary>
/// The open requests that went to a church, newest first, for one of the church's people (<see cref="ChurchAccess.ChurchIdsOf"/>:
/// point person or responder of the church, leader or member of one of its teams), in one statement whether the feed is empty
/// or not: the church's row, only when the person is one of its people, left-joined with its open requests. No row: not
/// theirs; one row without a request: an empty feed. Compiled once per model, so a request skips building and looking up the
/// query (a fifth of the feed's CPU, perf); the membership is read from the database every time, never from the sign-in's claims.
/// </summary>
public static class ReceivedFeed
{
    public const int MaxRequests = 200;

    private static readonly CompiledPerModel<Func<AppDbContext, int, string, IAsyncEnumerable<FeedRow>>> Compiled = new(Compile);

    /// <summary>The feed, or null when the person is not one of the church's people (or there is no such church).</summary>
    public static async Task<List<ReceivedView>?> ReadAsync(AppDbContext db, int churchId, string userId, CancellationToken ct)
    {
        var query = Compiled.For(db);
        List<ReceivedView>? feed = null;
        await foreach (var row in query(db, churchId, userId).WithCancellation(ct))
        {
            feed ??= [];
            if (row.RequestId is { } id)
            {
                feed.Add(new ReceivedView(id, row.Need!, row.Urgency!.Value, row.Description!, row.Miles!.Value, row.Round!.Value, row.At!.Value));
            }
        }

        return feed;
    }

    // The roles and the team-to-church step are ChurchAccess.ChurchIdsOf's, written out: a compiled query cannot call it.
    private static Func<AppDbContext, int, string, IAsyncEnumerable<FeedRow>> Compile() => EF.CompileAsyncQuery(
        (AppDbContext db, int churchId, string userId) =>
            (from church in db.Organisations
             where church.Id == churchId
                   && db.Memberships.Any(m => m.UserId == userId
                       && (m.Role == Roles.ChurchPointPerson || m.Role == Roles.Responder || m.Role == Roles.TeamLeader)
                       && (m.Organisation!.Kind == OrganisationKind.Team ? m.Organisation.ParentId : m.OrganisationId) == churchId)
             join received in
                 from r in db.RequestRecipients
                 join q in db.Requests on r.CareRequestId equals q.Id
                 where q.State == RequestState.Open
                 select new { r.ChurchId, q.Id, q.Need, q.Urgency, q.Description, r.Miles, r.Round, r.At }
                 on church.Id equals received.ChurchId into feed
             from x in feed.DefaultIfEmpty()
             orderby x.Id descending
             select new FeedRow(
                 x == null ? null : x.Id, x == null ? null : x.Need, x == null ? null : x.Urgency, x == null ? null : x.Description,
                 x == null ? null : x.Miles, x == null ? null : x.Round, x == null ? null : x.At))
            .Take(MaxRequests)
            .AsNoTracking());

    private sealed record FeedRow(int? RequestId, string? Need, Urgency? Urgency, string? Description, double? Miles, int? Round, DateTimeOffset? At);
}
