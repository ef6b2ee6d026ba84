using System.Data.Common;
using System.Text.Json;
using CarePortal.Web.Data;
using CarePortal.Web.Features.Notifications;
using CarePortal.Web.Features.Requests;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;
using NpgsqlTypes;

namespace CarePortal.Web.Features.Churches;

/// <summary>
/// Routes queued openings: chooses their churches and people with <see cref="ChurchRouter"/> (rows held by
/// <see cref="BulkRows"/>), then in one short transaction deletes their <see cref="PendingOpening"/> rows (the claim: only
/// the rows this transaction deleted are its own; PostgreSQL skips rows another node holds, SQLite has one writer), drops
/// what it held for requests another node claimed, and writes the routing rows, recipients and emails in bulk. A crash or a
/// failure rolls the deletion back too, so the requests stay queued.
/// </summary>
public sealed class PendingOpenings(AppDbContext db, ChurchRouter router, BulkRows bulk)
{
    /// <summary>Routes these requests if still queued, or when <paramref name="requestIds"/> is null up to a batch of any; returns how many.</summary>
    public Task<int> RouteAsync(IReadOnlyCollection<int>? requestIds, CancellationToken cancellationToken) =>
        db.Database.CreateExecutionStrategy().ExecuteAsync(async ct =>
        {
            db.ChangeTracker.Clear();
            using var holding = bulk.Hold();
            // Route first, then take the write lock (SQLite's only one) just to claim and write: submissions saving meanwhile
            // wait for that only, not for the routing's queries and CPU.
            var queued = await QueuedAsync(requestIds, ct);
            if (queued.Count == 0)
            {
                return 0;
            }

            // Opened then paused before routing still goes to churches (a pause is lifted); closed or cancelled does not.
            var requests = await db.Requests.AsNoTracking().Include(r => r.Items).Include(r => r.Children).AsSplitQuery()
                .Where(r => queued.Contains(r.Id) && (r.State == RequestState.Open || r.State == RequestState.Paused)).ToListAsync(ct);
            await router.OpenedAsync(requests, ct);
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            var claimed = (await ClaimAsync(transaction.GetDbTransaction(), queued, ct)).ToHashSet();
            // Another node took some meanwhile: theirs are not written (every row the router holds names its request).
            bulk.RemoveWhere<RequestRouting>(r => !claimed.Contains(r.CareRequestId));
            bulk.RemoveWhere<RequestRecipient>(r => !claimed.Contains(r.CareRequestId));
            bulk.RemoveWhere<Notification>(n => n.CareRequestId is not { } id || !claimed.Contains(id));
            await db.SaveChangesAsync(ct);
            await bulk.WriteAsync(ct);
            await transaction.CommitAsync(ct);
            return claimed.Count;
        }, cancellationToken);

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

    /// <summary>Deletes these queue rows; returns those this transaction deleted (PostgreSQL skips rows another holds).</summary>
    private async Task<List<int>> ClaimAsync(DbTransaction transaction, IReadOnlyCollection<int> requestIds, CancellationToken cancellationToken)
    {
        await using var command = transaction.Connection!.CreateCommand();
        command.Transaction = transaction;
        var postgres = db.Database.IsNpgsql();
        command.CommandText = postgres
            ? """
              DELETE FROM "PendingOpenings" WHERE "CareRequestId" IN (
                  SELECT "CareRequestId" FROM "PendingOpenings" WHERE "CareRequestId" = ANY(@ids) FOR UPDATE SKIP LOCKED)
              RETURNING "CareRequestId"
              """
            : """
              DELETE FROM "PendingOpenings" WHERE "CareRequestId" IN (SELECT value FROM json_each(@ids))
              RETURNING "CareRequestId"
              """;
        command.Parameters.Add(postgres
            ? new NpgsqlParameter("ids", NpgsqlDbType.Array | NpgsqlDbType.Integer) { Value = requestIds.ToArray() }
            : new Microsoft.Data.Sqlite.SqliteParameter("@ids", JsonSerializer.Serialize(requestIds)));
        var claimed = new List<int>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            claimed.Add(reader.GetInt32(0));
        }

        return claimed;
    }
}
