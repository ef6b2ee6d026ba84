using CarePortal.Web.Data;
using CarePortal.Web.Features.Requests;
using Microsoft.EntityFrameworkCore;

namespace CarePortal.Web.Features.Churches;

/// <summary>
/// How routing hears that a request opened, through Requests' <see cref="IRequestOpenedListener"/>: <see cref="Queue"/> adds its
/// <see cref="PendingOpening"/> to the caller's save, and after that save <see cref="RouteQueuedAsync"/> waits until this node's
/// <see cref="OpeningBatcher"/> has sent it to its churches (with whatever other openings arrived meanwhile, in one transaction). So the caller still answers
/// with the churches chosen and the caseworker told, and many openings at once share their queries and their commit.
/// </summary>
public sealed class Openings(AppDbContext db, OpeningBatcher batcher, IServiceScopeFactory scopes, TimeProvider clock) : IRequestOpenedListener
{
    /// <summary>Beyond this the caller answers anyway; the routing job sends the request on its next run.</summary>
    public static readonly TimeSpan LongestWait = TimeSpan.FromSeconds(30);

    private readonly List<int> queued = [];

    void IRequestOpenedListener.Opening(CareRequest request) => Queue(request);

    Task IRequestOpenedListener.OpenedAsync(CancellationToken cancellationToken) => RouteQueuedAsync(cancellationToken);

    public void Queue(CareRequest request)
    {
        db.Set<PendingOpening>().Add(new PendingOpening { CareRequestId = request.Id, QueuedAt = clock.GetUtcNow() });
        queued.Add(request.Id);
    }

    /// <summary>Call after the save that holds the queued openings; returns once they are routed (or the wait ran out).</summary>
    public async Task RouteQueuedAsync(CancellationToken cancellationToken)
    {
        if (queued.Count == 0)
        {
            return;
        }

        var ids = queued.ToList();
        queued.Clear();
        if (SqlDialect.For(db).OneWriter)
        {
            // One writer at a time: a submission routing its own opening at once waits for the lock less than a batcher
            // that 16 saving submissions keep from it (1,000 submissions 16 at a time: 14.5 s through the batcher).
            await using var scope = scopes.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<PendingOpenings>().RouteAsync(ids, cancellationToken);
            return;
        }

        try
        {
            // Real time, not the injected clock: this is how long a person waits, and a test's clock stands still.
            await batcher.RouteAsync(ids, cancellationToken).WaitAsync(LongestWait, TimeProvider.System, cancellationToken);
        }
        catch (TimeoutException)
        {
            // Still queued: RoutingService's next run routes it.
        }
    }
}
