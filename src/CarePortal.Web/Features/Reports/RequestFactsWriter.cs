using CarePortal.Web.Data;
using CarePortal.Web.Features.Churches;
using CarePortal.Web.Features.Requests;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace CarePortal.Web.Features.Reports;

/// <summary>
/// Rewrites the facts of the requests a save touches (state, dates, dimensions, rating and outcomes, items, children,
/// responses, claims) in the same transaction as that save, whichever code made the change: a close, a partial close,
/// a response, a cancel, an expiry, or a test writing rows straight through the context.
/// </summary>
public sealed class RequestFactsWriter
{
    private static readonly string[] RequestColumns =
    [
        nameof(CareRequest.State), nameof(CareRequest.OpenedAt), nameof(CareRequest.SubmittedAt), nameof(CareRequest.AgencyId), nameof(CareRequest.RegionId),
        nameof(CareRequest.CountyId), nameof(CareRequest.OfficeId), nameof(CareRequest.Need), nameof(CareRequest.Rating), nameof(CareRequest.ChildOutcomes),
    ];

    private static readonly string[] ItemColumns = [nameof(RequestItem.Quantity), nameof(RequestItem.UnitValue), nameof(RequestItem.QuantityGiven)];
    private static readonly string[] ResponseColumns = [nameof(ChurchResponse.At), nameof(ChurchResponse.ChurchId)];
    private static readonly string[] ClaimColumns = [nameof(ItemClaim.ChurchId), nameof(ItemClaim.RequestItemId), nameof(ItemClaim.Quantity)];

    /// <summary>States in which a request is in no report; a request that stays in them needs no facts.</summary>
    private static readonly RequestState[] NeverCounted = [RequestState.Draft, RequestState.AwaitingApproval, RequestState.ReturnedForChanges, RequestState.Denied];

    // Read from the entries after the save: added rows only get their ids (and foreign keys) then, and until the changes
    // are accepted those values are in the entry, not yet in the entity.
    private readonly List<Func<int>> touched = [];
    private readonly List<EntityEntry> uncounted = [];

    /// <summary>The requests whose facts a save changes, or null when it changes none (a draft being written changes none).</summary>
    public static RequestFactsWriter? For(ChangeTracker tracker)
    {
        var writer = new RequestFactsWriter();
        var entries = tracker.Entries().ToList();
        writer.uncounted.AddRange(entries.Where(e => e.Entity is CareRequest request && NeverCounted.Contains(request.State)
            && NeverCounted.Contains(e.Property(nameof(CareRequest.State)).OriginalValue is RequestState was ? was : request.State)));
        var uncountedRequests = writer.uncounted.Select(e => (CareRequest)e.Entity).ToList();
        foreach (var entry in entries)
        {
            switch (entry.Entity)
            {
                case CareRequest request when !uncountedRequests.Contains(request) && Changes(entry, RequestColumns):
                    writer.touched.Add(Read(entry, nameof(CareRequest.Id)));
                    break;
                case RequestItem item when Changes(entry, ItemColumns) && !uncountedRequests.Any(r => r.Items.Contains(item) || (item.CareRequestId > 0 && r.Id == item.CareRequestId)):
                    writer.touched.Add(Read(entry, nameof(RequestItem.CareRequestId)));
                    break;
                case RequestChild child when Changes(entry, []) && !uncountedRequests.Any(r => r.Children.Contains(child) || (child.CareRequestId > 0 && r.Id == child.CareRequestId)):
                    writer.touched.Add(Read(entry, nameof(RequestChild.CareRequestId)));
                    break;
                case ChurchResponse when Changes(entry, ResponseColumns):
                    writer.touched.Add(Read(entry, nameof(ChurchResponse.CareRequestId)));
                    break;
                case ItemClaim when Changes(entry, ClaimColumns):
                    writer.touched.Add(Read(entry, nameof(ItemClaim.CareRequestId)));
                    break;
            }
        }

        return writer.touched.Count == 0 ? null : writer;
    }

    /// <summary>Runs <paramref name="save"/> and rewrites the facts in one transaction (the caller's, or one of its own tried again as a whole on PostgreSQL).</summary>
    public async Task<int> SaveAsync(AppDbContext db, Func<bool, CancellationToken, Task<int>> save, bool acceptAllChangesOnSuccess, CancellationToken ct)
    {
        if (db.Database.CurrentTransaction is not null)
        {
            var saved = await save(acceptAllChangesOnSuccess, ct);
            await RefreshAsync(db, ct);
            return saved;
        }

        var count = await db.InTransactionAsync(async (transaction, token) =>
        {
            var saved = await save(false, token);
            await RefreshAsync(db, token);
            await transaction.CommitAsync(token);
            return saved;
        }, ct);
        if (acceptAllChangesOnSuccess)
        {
            db.ChangeTracker.AcceptAllChanges();
        }

        return count;
    }

    private async Task RefreshAsync(AppDbContext db, CancellationToken ct)
    {
        var ids = touched.Select(id => id()).Except(uncounted.Select(e => Read(e, nameof(CareRequest.Id))())).Where(id => id > 0).ToHashSet();
        if (ids.Count > 0)
        {
            await db.Database.ExecuteSqlRawAsync(RequestFactsSql.Refresh(SqlDialect.For(db), ids), ct);
        }
    }

    private static Func<int> Read(EntityEntry entry, string property) => () => (int)entry.Property(property).CurrentValue!;

    private static bool Changes(EntityEntry entry, string[] columns) =>
        entry.State is EntityState.Added or EntityState.Deleted || (entry.State == EntityState.Modified && columns.Any(c => entry.Property(c).IsModified));
}
