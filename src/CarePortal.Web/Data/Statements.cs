using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace CarePortal.Web.Data;

/// <summary>
/// Hand-written statements (the reports' GROUP BYs, the rollup's checks) read row by row: on the context's connection, in its
/// transaction if it has one, or started on a connection of their own where the provider runs several at once.
/// </summary>
public sealed class Statements(AppDbContext db)
{
    /// <summary>How this database spells what the providers say differently.</summary>
    public SqlDialect Dialect { get; } = SqlDialect.For(db);

    /// <summary>Runs <paramref name="sql"/> on the context's connection and reads every row.</summary>
    public async Task<List<T>> ReadAsync<T>(string sql, Func<object[], T> read, CancellationToken ct, IReadOnlyDictionary<string, object>? parameters = null)
    {
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            return await ReadAsync(db.Database.GetDbConnection(), db.Database.CurrentTransaction?.GetDbTransaction(), sql, read, parameters, ct);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    /// <summary>
    /// Starts <paramref name="sql"/> and answers its running task. On PostgreSQL on a connection of its own, so that the server
    /// works on it beside what this context runs meanwhile; on SQLite (one connection) it has run to the end first.
    /// </summary>
    public async Task<Task<List<T>>> StartAsync<T>(string sql, Func<object[], T> read, CancellationToken ct, IReadOnlyDictionary<string, object>? parameters = null)
    {
        if (db is PostgresAppDbContext && db.Database.GetDbConnection() is ICloneable same)
        {
            return ReadAsideAsync(same, sql, read, parameters, ct);
        }

        var rows = await ReadAsync(sql, read, ct, parameters);
        return Task.FromResult(rows);
    }

    private static async Task<List<T>> ReadAsideAsync<T>(ICloneable same, string sql, Func<object[], T> read, IReadOnlyDictionary<string, object>? parameters, CancellationToken ct)
    {
        await using var own = (DbConnection)same.Clone();
        await own.OpenAsync(ct);
        // Percentiles sort a year of response times (~10 MB on 1M requests): in memory, not spilled to disk.
        await using var transaction = await own.BeginTransactionAsync(ct);
        await using (var workMem = own.CreateCommand())
        {
            workMem.Transaction = transaction;
            workMem.CommandText = "SET LOCAL work_mem = '32MB'; SET LOCAL max_parallel_workers_per_gather = 0";
            await workMem.ExecuteNonQueryAsync(ct);
        }

        var rows = await ReadAsync(own, transaction, sql, read, parameters, ct);
        await transaction.CommitAsync(ct);
        return rows;
    }

    private static async Task<List<T>> ReadAsync<T>(
        DbConnection connection, DbTransaction? transaction, string sql, Func<object[], T> read, IReadOnlyDictionary<string, object>? parameters, CancellationToken ct)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        foreach (var (name, value) in parameters ?? new Dictionary<string, object>())
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            parameter.Value = value;
            command.Parameters.Add(parameter);
        }

        var rows = new List<T>();
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            var values = new object[reader.FieldCount];
            reader.GetValues(values);
            rows.Add(read(values));
        }

        return rows;
    }
}
