using CarePortal.Web.Data;
using CarePortal.Web.Data.Churches;
using CarePortal.Web.Features.Notifications;
using CarePortal.Web.Features.Requests;
using Microsoft.EntityFrameworkCore;

namespace CarePortal.Web.Features.Churches;

/// <summary>
/// Routes queued openings: chooses their churches and people with <see cref="ChurchRouter"/> (its rows gathered in a
/// <see cref="NewRows"/>), then in one short transaction claims their <see cref="PendingOpening"/> rows
/// (<see cref="OpeningClaims"/>: only the rows this transaction deleted are its own), drops the rows gathered for requests
/// another node claimed, and writes the routing rows, recipients and emails in bulk (<see cref="BulkRows"/>). A crash or a
/// failure rolls the claim back too, so the requests stay queued.
/// </summary>
public sealed class PendingOpenings(AppDbContext db, ChurchRouter router)
{
    /// <summary>Routes these requests if still queued, or when <paramref name="requestIds"/> is null up to a batch of any; returns how many.</summary>
    public Task<int> RouteAsync(IReadOnlyCollection<int>? requestIds, CancellationToken cancellationToken) =>
        // Route first, then take the write lock (SQLite's only one) just to claim and write: submissions saving meanwhile
        // wait for that only, not for the routing's queries and CPU.
        db.ReadThenWriteAsync(ct => RouteQueuedAsync(requestIds, ct), async (routed, transaction, ct) =>
        {
            var claimed = (await OpeningClaims.ClaimAsync(db, routed.Queued, ct)).ToHashSet();
            // Another node took some meanwhile: theirs are not written (every row the router gathers names its request).
            routed.Rows.RemoveWhere<RequestRouting>(r => !claimed.Contains(r.CareRequestId));
            routed.Rows.RemoveWhere<RequestRecipient>(r => !claimed.Contains(r.CareRequestId));
            routed.Rows.RemoveWhere<Notification>(n => n.CareRequestId is not { } id || !claimed.Contains(id));
            await db.SaveChangesAsync(ct);
            await BulkRows.WriteAsync(db, routed.Rows, ct);
            await transaction.CommitAsync(ct);
            return claimed.Count;
        }, cancellationToken);

    /// <summary>The queued openings and the rows that route them, or null when none is queued.</summary>
    private async Task<Routed?> RouteQueuedAsync(IReadOnlyCollection<int>? requestIds, CancellationToken cancellationToken)
    {
        db.ChangeTracker.Clear();
        var queued = await QueuedAsync(requestIds, cancellationToken);
        if (queued.Count == 0)
        {
            return null;
        }

        // Opened then paused before routing still goes to churches (a pause is lifted); closed or cancelled does not.
        var requests = await db.Requests.AsNoTracking().Include(r => r.Items).Include(r => r.Children).AsSplitQuery()
            .Where(r => queued.Contains(r.Id) && (r.State == RequestState.Open || r.State == RequestState.Paused)).ToListAsync(cancellationToken);
        var rows = new NewRows();
        await router.OpenedAsync(requests, rows, cancellationToken);
        return new Routed(queued, rows);
    }

    /// <summary>Every queued opening, a batch per transaction (the routing job's sweep for those a node did not finish).</summary>
    public async Task<int> RouteAllAsync(CancellationToken cancellationToken)
    {
        var total = 0;
        int routed;
        while ((routed = await RouteAsync(null, cancellationToken)) > 0)
        {
            total += routed;
        }

        return total;
    }

    /// <summary>The queued openings among these requests, or when none are named the oldest batch of any.</summary>
    private async Task<List<int>> QueuedAsync(IReadOnlyCollection<int>? requestIds, CancellationToken cancellationToken)
    {
        var queue = db.Set<PendingOpening>().AsNoTracking();
        return requestIds is null
            ? await queue.OrderBy(p => p.QueuedAt).ThenBy(p => p.CareRequestId).Take(OpeningBatcher.BatchSize).Select(p => p.CareRequestId).ToListAsync(cancellationToken)
            : await queue.Where(p => requestIds.Contains(p.CareRequestId)).Select(p => p.CareRequestId).ToListAsync(cancellationToken);
    }

    private sealed record Routed(List<int> Queued, NewRows Rows);
}
