using System.Collections.Concurrent;
using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace CarePortal.Web.Benchmarks;

/// <summary>
/// Sums the time each SQL statement takes (by its text), to say where an opening spends its time (<c>--profile</c>): a reader's
/// time runs until it is disposed (a save's batch is read result by result), and commits are counted apart (the disk's flush).
/// </summary>
public sealed class CommandTimings : DbCommandInterceptor, IDbTransactionInterceptor
{
    private readonly ConcurrentDictionary<string, (int Count, double Ms)> totals = new();

    public override InterceptionResult DataReaderDisposing(DbCommand command, DataReaderDisposingEventData eventData, InterceptionResult result)
    {
        Record(command.CommandText, eventData.Duration);
        return result;
    }

    public Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Record("COMMIT", eventData.Duration);
        return Task.CompletedTask;
    }

    public override ValueTask<int> NonQueryExecutedAsync(DbCommand command, CommandExecutedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        Record(command.CommandText, eventData.Duration);
        return ValueTask.FromResult(result);
    }

    public override ValueTask<object?> ScalarExecutedAsync(DbCommand command, CommandExecutedEventData eventData, object? result, CancellationToken cancellationToken = default)
    {
        Record(command.CommandText, eventData.Duration);
        return ValueTask.FromResult(result);
    }

    public void Clear() => totals.Clear();

    public void Print(TextWriter to, int top = 12)
    {
        foreach (var (sql, (count, ms)) in totals.OrderByDescending(t => t.Value.Ms).Take(top))
        {
            to.WriteLine($"  {ms,9:F0} ms {count,6}x  {sql}");
        }
    }

    private void Record(string sql, TimeSpan duration)
    {
        var text = string.Join(' ', sql.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        var key = text.Length > 160 ? text[..160] : text;
        totals.AddOrUpdate(key, (1, duration.TotalMilliseconds), (_, t) => (t.Count + 1, t.Ms + duration.TotalMilliseconds));
    }
}
