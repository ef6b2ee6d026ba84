using System.Data.Common;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace CarePortal.Web.Data;

/// <summary>
/// New rows written with one multi-row INSERT per table instead of one tracked entity and one statement each, for code
/// that writes thousands at once (opening a batch of requests: their routing rows, recipients and emails). Only while
/// <see cref="Hold"/> is on; <see cref="WriteAsync"/> writes them in the caller's transaction, so they commit or roll back
/// with the rest of its change. Values go through the model's own type mappings and converters, as EF's would.
/// </summary>
// By hand: the served bulk libraries either fail to restore on EF Core 10 or bring a second ORM's mapping for three tables.
public sealed class BulkRows(AppDbContext db)
{
    private const int MaxParameters = 30_000;
    private readonly Dictionary<Type, List<object>> held = [];

    public bool Holding { get; private set; }

    public int Count => held.Values.Sum(rows => rows.Count);

    /// <summary>
    /// Until the result is disposed, <see cref="TryAdd"/> keeps new rows for <see cref="WriteAsync"/>; then anything not written
    /// is dropped (its transaction did not commit) and rows go to the context again, for the scope's other work.
    /// </summary>
    public IDisposable Hold()
    {
        Holding = true;
        held.Clear();
        return new Release(this);
    }

    /// <summary>Keeps the row for the bulk write when holding; false (and nothing kept) when not, for the caller to add it to the context.</summary>
    public bool TryAdd<T>(T row) where T : class
    {
        if (!Holding)
        {
            return false;
        }

        if (!held.TryGetValue(typeof(T), out var rows))
        {
            held[typeof(T)] = rows = [];
        }

        rows.Add(row);
        return true;
    }


    /// <summary>Forgets the held rows of this type that match (rows for work another took over).</summary>
    public void RemoveWhere<T>(Predicate<T> match) where T : class
    {
        if (held.TryGetValue(typeof(T), out var rows))
        {
            rows.RemoveAll(row => match((T)row));
        }
    }

    /// <summary>Inserts every held row in the current transaction (one is required) and forgets them.</summary>
    public async Task WriteAsync(CancellationToken cancellationToken)
    {
        var transaction = db.Database.CurrentTransaction?.GetDbTransaction()
            ?? throw new InvalidOperationException("Bulk rows are written inside the transaction of the change that causes them.");
        var sql = db.GetService<ISqlGenerationHelper>();
        // PostgreSQL: few round trips, so many rows per statement, with positional parameters ($1, $2 …: Npgsql would look
        // each of thousands of names up in turn). SQLite runs in the process and looks names up in turn too: one prepared
        // single-row statement, run once per row.
        var postgres = db.Database.IsNpgsql();
        foreach (var (type, rows) in held)
        {
            var entity = db.Model.FindEntityType(type) ?? throw new InvalidOperationException($"{type.Name} is not in the model.");
            var table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
            // Every column but a key the database generates (identity).
            var properties = entity.GetProperties().Where(p => !(p.IsPrimaryKey() && p.ValueGenerated == ValueGenerated.OnAdd)).ToList();
            var columns = string.Join(", ", properties.Select(p => sql.DelimitIdentifier(p.GetColumnName(table)!)));
            var insert = $"INSERT INTO {sql.DelimitIdentifier(table.Name, table.Schema)} ({columns}) VALUES ";
            await using var command = transaction.Connection!.CreateCommand();
            command.Transaction = transaction;
            foreach (var chunk in rows.Chunk(postgres ? Math.Max(1, MaxParameters / properties.Count) : 1))
            {
                command.Parameters.Clear();
                var text = new StringBuilder(insert);
                for (var r = 0; r < chunk.Length; r++)
                {
                    text.Append(r == 0 ? "(" : ", (");
                    for (var c = 0; c < properties.Count; c++)
                    {
                        var name = postgres ? "" : sql.GenerateParameterName("p" + c);
                        text.Append(c == 0 ? "" : ", ").Append(postgres ? $"${command.Parameters.Count + 1}" : sql.GenerateParameterNamePlaceholder("p" + c));
                        command.Parameters.Add(Parameter(command, properties[c], name, chunk[r]));
                    }

                    text.Append(')');
                }

                var commandText = text.ToString();
                if (command.CommandText != commandText)
                {
                    command.CommandText = commandText;
                }

                await command.ExecuteNonQueryAsync(cancellationToken);
            }
        }

        held.Clear();
    }

    private sealed class Release(BulkRows rows) : IDisposable
    {
        public void Dispose()
        {
            rows.Holding = false;
            rows.held.Clear();
        }
    }

    private static DbParameter Parameter(DbCommand command, IProperty property, string name, object row)
    {
        var value = property.PropertyInfo?.GetValue(row)
            ?? (property.PropertyInfo is null ? throw new InvalidOperationException($"{property.Name} has no CLR property.") : null);
        return property.GetRelationalTypeMapping().CreateParameter(command, name, value, property.IsNullable);
    }
}
