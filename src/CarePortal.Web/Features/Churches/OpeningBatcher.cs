using System.Threading.Channels;

namespace CarePortal.Web.Features.Churches;

/// <summary>
/// One per node: routes the openings this node's submissions and approvals are waiting for, one batch at a time. Whatever
/// arrived while a batch was being routed goes in the next (up to <see cref="BatchSize"/> requests), so a burst of
/// submissions shares one transaction per batch instead of one each. Exactly-once across nodes is
/// <see cref="PendingOpenings"/>' job; a batch that fails leaves its rows for <see cref="RoutingService"/>.
/// </summary>
public sealed partial class OpeningBatcher(IServiceScopeFactory scopes, ILogger<OpeningBatcher> logger) : IDisposable
{
    public const int BatchSize = 100;

    private readonly Channel<Waiting> waiting = Channel.CreateUnbounded<Waiting>(new UnboundedChannelOptions { SingleReader = true });
    private readonly CancellationTokenSource stopping = new();
    private readonly Lock starting = new();
    private Task? running;

    /// <summary>Completes once these requests are routed, by this batch or by whoever took them first.</summary>
    public Task RouteAsync(IReadOnlyCollection<int> requestIds, CancellationToken cancellationToken)
    {
        var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        if (!waiting.Writer.TryWrite(new Waiting(requestIds, done)))
        {
            return Task.CompletedTask;
        }

        lock (starting)
        {
            running ??= Task.Run(RunAsync, CancellationToken.None);
        }

        return done.Task.WaitAsync(cancellationToken);
    }

    private async Task RunAsync()
    {
        var reader = waiting.Reader;
        try
        {
            while (await reader.WaitToReadAsync(stopping.Token))
            {
                var batch = new List<Waiting>();
                var ids = new List<int>();
                while (ids.Count < BatchSize && reader.TryRead(out var next))
                {
                    batch.Add(next);
                    ids.AddRange(next.RequestIds);
                }

                try
                {
                    await using var scope = scopes.CreateAsyncScope();
                    await scope.ServiceProvider.GetRequiredService<PendingOpenings>().RouteAsync(ids, stopping.Token);
                }
                catch (Exception e) when (e is not OperationCanceledException || !stopping.IsCancellationRequested)
                {
                    CouldNotRoute(logger, e, ids.Count);
                }

                batch.ForEach(w => w.Done.TrySetResult());
            }
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested)
        {
        }

        // Stopping: nobody waits for ever; the rows stay for the routing job.
        while (reader.TryRead(out var left))
        {
            left.Done.TrySetResult();
        }
    }

    public void Dispose()
    {
        waiting.Writer.TryComplete();
        stopping.Cancel();
        try
        {
            running?.Wait(TimeSpan.FromSeconds(5));
        }
        catch (AggregateException)
        {
        }

        stopping.Dispose();
    }

    private sealed record Waiting(IReadOnlyCollection<int> RequestIds, TaskCompletionSource Done);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not route {Count} opened requests now; the routing job will.")]
    private static partial void CouldNotRoute(ILogger logger, Exception exception, int count);
}
