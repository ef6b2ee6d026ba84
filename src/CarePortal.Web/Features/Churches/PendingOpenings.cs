using System.Data.Common;
using System.Text.Json;
using CarePortal.Web.Data;
using CarePortal.Web.Features.Requests;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;
using NpgsqlTypes;

namespace CarePortal.Web.Features.Churches;

/// <summary>
/// Routes queued openings: in one transaction, deletes their <see cref="PendingOpening"/> rows (the claim: only the rows this
/// transaction deleted are its own; PostgreSQL skips rows another node holds, SQLite has one writer), sends those requests
/// to their churches with <see cref="ChurchRouter"/>, and writes the routing rows, recipients and emails in bulk
/// (<see cref="BulkRows"/>). A crash or a failure rolls back the deletion too, so the requests stay queued.
/// </summary>
public sealed class PendingOpenings(AppDbContext db, ChurchRouter router, BulkRows bulk)
{
    /// <summary>Routes these requests if still queued, or when <paramref name="requestIds"/> is null up to a batch of any; returns how many.</summary>
    public Task<int> RouteAsync(IReadOnlyCollection<int>? requestIds, CancellationToken cancellationToken) =>
        db.Database.CreateExecutionStrategy().ExecuteAsync(async ct =>
        {
            db.ChangeTracker.Clear();
            using var holding = bulk.Hold();
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            var claimed = await ClaimAsync(transaction.GetDbTransaction(), requestIds, ct);
            if (claimed.Count > 0)
            {
                // Opened then paused before routing still goes to churches (a pause is lifted); closed or cancelled does not.
                var requests = await db.Requests.AsNoTracking()
                    .Where(r => claimed.Contains(r.Id) && (r.State == RequestState.Open || r.State == RequestState.Paused)).ToListAsync(ct);
                await router.OpenedAsync(requests, ct);
                await db.SaveChangesAsync(ct);
                await bulk.WriteAsync(ct);
            }

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

    private async Task<List<int>> ClaimAsync(DbTransaction transaction, IReadOnlyCollection<int>? requestIds, CancellationToken cancellationToken)
    {
        await using var command = transaction.Connection!.CreateCommand();
        command.Transaction = transaction;
        var postgres = db.Database.IsNpgsql();
        var which = requestIds is null ? ""
            : postgres ? """WHERE "CareRequestId" = ANY(@ids)""" : """WHERE "CareRequestId" IN (SELECT value FROM json_each(@ids))""";
        var limit = requestIds is null ? $"""ORDER BY "QueuedAt", "CareRequestId" LIMIT {OpeningBatcher.BatchSize}""" : "";
        command.CommandText = $"""
            DELETE FROM "PendingOpenings" WHERE "CareRequestId" IN (
                SELECT "CareRequestId" FROM "PendingOpenings" {which} {limit} {(postgres ? "FOR UPDATE SKIP LOCKED" : "")})
            RETURNING "CareRequestId"
            """;
        if (requestIds is not null)
        {
            command.Parameters.Add(postgres
                ? new NpgsqlParameter("ids", NpgsqlDbType.Array | NpgsqlDbType.Integer) { Value = requestIds.ToArray() }
                : new Microsoft.Data.Sqlite.SqliteParameter("@ids", JsonSerializer.Serialize(requestIds)));
        }

        var claimed = new List<int>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            claimed.Add(reader.GetInt32(0));
        }

        return claimed;
    }
}
