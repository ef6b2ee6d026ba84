using System.Runtime.CompilerServices;
using CarePortal.Web.Features.Observability;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace CarePortal.Web.Features.Requests;

/// <summary>
/// Counts requests submitted, opened and closed from the transition rows a save writes, once the save has succeeded:
/// every move is a row (RequestStateMachine), so no workflow code has to remember to count.
/// </summary>
public sealed class TransitionMetrics(CarePortalMetrics metrics) : SaveChangesInterceptor
{
    private readonly ConditionalWeakTable<DbContext, List<(RequestTransition Move, string Need)>> pending = [];

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Collect(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Collect(eventData.Context);
        return result;
    }

    public override ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        Count(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        Count(eventData.Context);
        return result;
    }

    public override void SaveChangesFailed(DbContextErrorEventData eventData) => Forget(eventData.Context);

    public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        Forget(eventData.Context);
        return Task.CompletedTask;
    }

    private void Collect(DbContext? context)
    {
        if (context is null)
        {
            return;
        }

        var moves = context.ChangeTracker.Entries<RequestTransition>().Where(e => e.State == EntityState.Added).Select(e => e.Entity).ToList();
        if (moves.Count == 0)
        {
            Forget(context);
            return;
        }

        // Requests not saved yet share the key 0 until the save: their moves count with an unknown need.
        var needs = context.ChangeTracker.Entries<CareRequest>().GroupBy(e => e.Entity.Id)
            .ToDictionary(g => g.Key, g => g.Count() == 1 ? g.Single().Entity.Need : "unknown");
        pending.AddOrUpdate(context, [.. moves.Select(m => (m, needs.GetValueOrDefault(m.CareRequestId, "unknown")))]);
    }

    private void Count(DbContext? context)
    {
        if (context is null || !pending.TryGetValue(context, out var moves))
        {
            return;
        }

        pending.Remove(context);
        foreach (var (move, need) in moves)
        {
            if (move.Action == RequestAction.Submit)
            {
                metrics.Submitted(need);
            }

            if (move.To == RequestState.Open && move.From != RequestState.Paused)
            {
                metrics.Opened(need);
            }

            if (move.To is RequestState.ClosedFullyMet or RequestState.ClosedPartiallyMet or RequestState.ClosedNotMet)
            {
                metrics.Closed(need, move.To.ToString());
            }
        }
    }

    private void Forget(DbContext? context)
    {
        if (context is not null)
        {
            pending.Remove(context);
        }
    }
}
