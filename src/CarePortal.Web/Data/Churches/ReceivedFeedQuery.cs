using CarePortal.Web.Features.Requests;
using Microsoft.EntityFrameworkCore;

namespace CarePortal.Web.Data.Churches;

/// <summary>
/// The church feed's one statement, compiled once per model (a request skips building and looking up the query: a fifth of
/// the feed's CPU, perf): the church's row, only when the person is one of its people (<see cref="ChurchAccess.ChurchesOf"/>,
/// taken in whole), left-joined with the open requests sent to it that the person may read (a tier-2 request only with the
/// agency's approval, <see cref="ChurchAccess.TierLets"/>), newest first. No row: not theirs (or no such church); one
/// row without a request: an empty feed.
/// </summary>
public static class ReceivedFeedQuery
{
    private static readonly CompiledPerModel<Func<AppDbContext, int, string, DateTimeOffset, IAsyncEnumerable<ReceivedRow>>> Compiled = new(Compile);

    /// <summary>At most this many rows.</summary>
    public const int MaxRows = 200;

    public static IAsyncEnumerable<ReceivedRow> Run(AppDbContext db, int churchId, string userId, DateTimeOffset now) => Compiled.For(db)(db, churchId, userId, now);

    private static Func<AppDbContext, int, string, DateTimeOffset, IAsyncEnumerable<ReceivedRow>> Compile() => EF.CompileAsyncQuery(Splice.Expand<Func<AppDbContext, int, string, DateTimeOffset, IQueryable<ReceivedRow>>>(
        (AppDbContext db, int churchId, string userId, DateTimeOffset now) =>
            (from church in db.Organisations
             where church.Id == churchId && ChurchAccess.ChurchesOf.Inline(db, userId).Contains(churchId)
             join received in
                 from r in db.RequestRecipients
                 join q in db.Requests on r.CareRequestId equals q.Id
                 where q.State == RequestState.Open && ChurchAccess.TierLets.Inline(db, q, userId, now)
                 select new { r.ChurchId, q.Id, q.Need, q.Urgency, q.Description, r.Miles, r.Round, r.At }
                 on church.Id equals received.ChurchId into feed
             from x in feed.DefaultIfEmpty()
             orderby x.Id descending
             select new ReceivedRow(
                 x == null ? null : x.Id, x == null ? null : x.Need, x == null ? null : x.Urgency, x == null ? null : x.Description,
                 x == null ? null : x.Miles, x == null ? null : x.Round, x == null ? null : x.At))
            .Take(MaxRows)
            .AsNoTracking()));
}

/// <summary>A request in the feed, or (all null) the row that says the feed is the person's and empty.</summary>
public sealed record ReceivedRow(int? RequestId, string? Need, Urgency? Urgency, string? Description, double? Miles, int? Round, DateTimeOffset? At);
