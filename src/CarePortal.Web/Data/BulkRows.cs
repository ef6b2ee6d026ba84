using System.Data.Common;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace CarePortal.Web.Data;

/// <summary>
/// New rows (<see cref="NewRows"/>) written with one multi-row INSERT per table instead of one tracked entity and one
/// statement each, for code that writes thousands at once (opening a batch of requests: their routing rows, recipients and
/// emails), in the caller's transaction, so they commit or roll back with the rest of its change. Values go through the
/// model's own type mappings and converters, as EF's would.
/// </summary>
// By hand: the served bulk libraries either fail to restore on EF Core 10 or bring a second ORM's mapping for three tables.
public static class BulkRows
{
    private const int MaxParameters = 30_000;

    /// <summary>Inserts every row in the current transaction (one is required) and forgets them.</summary>
    public static async Task WriteAsync(AppDbContext db, NewRows rows, CancellationToken cancellationToken)
    {
        var transaction = db.Database.CurrentTransaction?.GetDbTransaction()
            ?? throw new InvalidOperationException("Bulk rows are written inside the transaction of the change that causes them.");
        var sql = db.GetService<ISqlGenerationHelper>();
        // PostgreSQL: few round trips, so many rows per statement, with positional parameters ($1, $2 …: Npgsql would look
        // each of thousands of names up in turn). SQLite runs in the process and looks names up in turn too: one prepared
        // single-row statement, run once per row.
        var postgres = db.Database.IsNpgsql();
        foreach (var (type, list) in rows.ByType)
        {
            var entity = db.Model.FindEntityType(type) ?? throw new InvalidOperationException($"{type.Name} is not in the model.");
            var table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
            // Every column but a key the database generates (identity).
            var properties = entity.GetProperties().Where(p => !(p.IsPrimaryKey() && p.ValueGenerated == ValueGenerated.OnAdd)).ToList();
            var columns = string.Join(", ", properties.Select(p => sql.DelimitIdentifier(p.GetColumnName(table)!)));
            var insert = $"INSERT INTO {sql.DelimitIdentifier(table.Name, table.Schema)} ({columns}) VALUES ";
            await using var command = transaction.Connection!.CreateCommand();
            command.Transaction = transaction;
            foreach (var chunk in list.Chunk(postgres ? Math.Max(1, MaxParameters / properties.Count) : 1))
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

        rows.Clear();
    }

    private static DbParameter Parameter(DbCommand command, IProperty property, string name, object row)
    {
        var value = property.PropertyInfo?.GetValue(row)
            ?? (property.PropertyInfo is null ? throw new InvalidOperationException($"{property.Name} has no CLR property.") : null);
        return property.GetRelationalTypeMapping().CreateParameter(command, name, value, property.IsNullable);
    }
}
