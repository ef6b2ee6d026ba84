namespace CarePortal.Web.Features.Jobs;

/// <summary>
/// Background work every node runs on the injected clock: after <see cref="FirstWait"/>, each round runs in a DI scope of its
/// own, a failure is logged (the exception, never the data) and tried again after <see cref="WaitAfterFailure"/>, and the
/// round says how long to wait before the next. Stopping the host cancels the wait or the round. How several nodes share
/// the work (a version row, a claim token, a row that moves once) is the job's own business.
/// </summary>
public abstract partial class PeriodicJob(IServiceScopeFactory scopes, TimeProvider clock, ILogger logger) : BackgroundService
{
    /// <summary>What the log calls the job when a round fails ("The outbox").</summary>
    protected abstract string Name { get; }

    /// <summary>One round, with the scope's services; returns how long to wait before the next (zero: at once).</summary>
    protected abstract Task<TimeSpan> RunAsync(IServiceProvider services, CancellationToken cancellationToken);

    /// <summary>How long to wait before the next round when this one failed.</summary>
    protected abstract TimeSpan WaitAfterFailure(DateTimeOffset now);

    /// <summary>How long to wait before the first round; none unless the job runs at a time of day.</summary>
    protected virtual TimeSpan FirstWait(DateTimeOffset now) => TimeSpan.Zero;

    protected TimeProvider Clock => clock;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await WaitAsync(FirstWait(clock.GetUtcNow()), stoppingToken);
        while (!stoppingToken.IsCancellationRequested)
        {
            TimeSpan wait;
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                wait = await RunAsync(scope.ServiceProvider, stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                wait = WaitAfterFailure(clock.GetUtcNow());
                CouldNotRun(logger, e, Name, wait);
            }

            await WaitAsync(wait, stoppingToken);
        }
    }

    /// <summary>A part of a round that must not hold up the rest: in a scope of its own, a failure logged as a round's is.</summary>
    protected async Task RunAloneAsync(Func<IServiceProvider, Task> part)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            await part(scope.ServiceProvider);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            CouldNotRun(logger, e, Name, WaitAfterFailure(clock.GetUtcNow()));
        }
    }

    private Task WaitAsync(TimeSpan wait, CancellationToken stoppingToken) =>
        wait > TimeSpan.Zero ? Task.Delay(wait, clock, stoppingToken) : Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Job} could not run; trying again in {Wait}.")]
    private static partial void CouldNotRun(ILogger logger, Exception exception, string job, TimeSpan wait);
}
