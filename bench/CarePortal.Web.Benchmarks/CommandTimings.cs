using System.Collections.Concurrent;
using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace CarePortal.Web.Benchmarks;

/// <summary>Sums the time each SQL statement takes (by its text), to say where an opening spends its time (<c>--profile</c>).</summary>
public sealed class CommandTimings : DbCommandInterceptor
{
    private readonly ConcurrentDictionary<string, (int Count, double Ms)> totals = new();

    public override ValueTask<DbDataReader> ReaderExecutedAsync(DbCommand command, CommandExecutedEventData eventData, DbDataReader result, CancellationToken cancellationToken = default)
    {
        Record(command, eventData.Duration);
        return ValueTask.FromResult(result);
    }

    public override ValueTask<int> NonQueryExecutedAsync(DbCommand command, CommandExecutedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        Record(command, eventData.Duration);
        return ValueTask.FromResult(result);
    }

    public override ValueTask<object?> ScalarExecutedAsync(DbCommand command, CommandExecutedEventData eventData, object? result, CancellationToken cancellationToken = default)
    {
        Record(command, eventData.Duration);
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

    private void Record(DbCommand command, TimeSpan duration)
    {
        var text = string.Join(' ', command.CommandText.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        var key = text.Length > 160 ? text[..160] : text;
        totals.AddOrUpdate(key, (1, duration.TotalMilliseconds), (_, t) => (t.Count + 1, t.Ms + duration.TotalMilliseconds));
    }
}
