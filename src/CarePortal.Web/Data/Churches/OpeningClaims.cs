using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;
using NpgsqlTypes;

namespace CarePortal.Web.Data.Churches;

/// <summary>
/// Claims queued openings (the <c>PendingOpenings</c> rows) for routing, in the caller's transaction: deletes the rows and
/// answers those this transaction deleted, so that the routing writes only its own. PostgreSQL skips rows another node
/// holds; SQLite has one writer.
/// </summary>
public static class OpeningClaims
{
    public static async Task<List<int>> ClaimAsync(AppDbContext db, IReadOnlyCollection<int> requestIds, CancellationToken cancellationToken)
    {
        var transaction = db.Database.CurrentTransaction?.GetDbTransaction()
            ?? throw new InvalidOperationException("Openings are claimed inside the transaction that routes them.");
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
