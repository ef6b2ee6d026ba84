using System.Collections.Concurrent;
using CarePortal.Web.Features.Jobs;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using Xunit;

namespace CarePortal.Web.Tests.Features.Jobs;

/// <summary>The loop every background job shares, on a test clock: first wait, a scope per round, the round's own wait, a failure logged and retried.</summary>
public sealed class PeriodicJobTests
{
    private static readonly DateTimeOffset Start = new(2026, 11, 2, 11, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Each_round_runs_in_a_scope_of_its_own_and_waits_as_the_round_says()
    {
        var clock = new WatchedClock(Start);
        var job = new CountingJob(Scopes(), clock, new ListLogger(), first: TimeSpan.Zero, after: [TimeSpan.FromMinutes(5), TimeSpan.Zero, TimeSpan.FromMinutes(5)]);
        await job.StartAsync(CancellationToken.None);

        await clock.WaitingAsync(1);
        clock.Advance(TimeSpan.FromMinutes(4));
        await Task.Delay(100, TestContext.Current.CancellationToken);
        var beforeTheWaitEnds = job.Rounds.Count;
        clock.Advance(TimeSpan.FromMinutes(1));
        // The second round asks for no wait: the third follows at once.
        await job.RoundsAsync(3);
        await job.StopAsync(CancellationToken.None);

        Assert.Equal(1, beforeTheWaitEnds);
        Assert.Equal([Start, Start.AddMinutes(5), Start.AddMinutes(5)], job.Rounds.Select(r => r.At).Take(3));
        Assert.Equal(job.Rounds.Count, job.Rounds.Select(r => r.Scope).Distinct().Count());
    }

    [Fact]
    public async Task A_first_wait_holds_the_first_round_back()
    {
        var clock = new WatchedClock(Start);
        var job = new CountingJob(Scopes(), clock, new ListLogger(), first: TimeSpan.FromHours(1), after: [TimeSpan.FromDays(1)]);
        await job.StartAsync(CancellationToken.None);

        await clock.WaitingAsync(1);
        var early = job.Rounds.Count;
        clock.Advance(TimeSpan.FromHours(1));
        await job.RoundsAsync(1);
        await job.StopAsync(CancellationToken.None);

        Assert.Equal(0, early);
        Assert.Equal(Start.AddHours(1), job.Rounds[0].At);
    }

    [Fact]
    public async Task A_failed_round_is_logged_with_the_job_and_tried_again_after_the_failure_wait()
    {
        var clock = new WatchedClock(Start);
        var logger = new ListLogger();
        var job = new CountingJob(Scopes(), clock, logger, first: TimeSpan.Zero, after: [TimeSpan.FromMinutes(5)], failFirst: true);
        await job.StartAsync(CancellationToken.None);

        await clock.WaitingAsync(1);
        clock.Advance(TimeSpan.FromMinutes(2));
        await job.RoundsAsync(2);
        await job.StopAsync(CancellationToken.None);

        Assert.Equal([Start, Start.AddMinutes(2)], job.Rounds.Select(r => r.At).Take(2));
        var warning = Assert.Single(logger.Entries);
        Assert.Equal((LogLevel.Warning, "The test job could not run; trying again in 00:02:00."), (warning.Level, warning.Message));
    }

    [Fact]
    public async Task A_part_run_alone_that_fails_is_logged_and_the_rest_of_the_round_goes_on()
    {
        var clock = new WatchedClock(Start);
        var logger = new ListLogger();
        var job = new CountingJob(Scopes(), clock, logger, first: TimeSpan.Zero, after: [TimeSpan.FromMinutes(5)], failingPartFirst: true);
        await job.StartAsync(CancellationToken.None);

        await clock.WaitingAsync(1);
        await job.StopAsync(CancellationToken.None);

        Assert.Equal(Start, Assert.Single(job.Rounds).At);
        Assert.NotSame(job.PartScope, job.Rounds[0].Scope);
        Assert.Equal("The test job could not run; trying again in 00:02:00.", Assert.Single(logger.Entries).Message);
    }

    private static IServiceScopeFactory Scopes() =>
        new ServiceCollection().AddScoped<ScopeMarker>().BuildServiceProvider().GetRequiredService<IServiceScopeFactory>();

    private sealed class ScopeMarker;

    /// <summary>The test clock, counting the waits started on it, so a test moves time only once the job waits.</summary>
    private sealed class WatchedClock(DateTimeOffset start) : FakeTimeProvider(start)
    {
        private readonly CountSignal timers = new();

        public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
        {
            var timer = base.CreateTimer(callback, state, dueTime, period);
            timers.Increment();
            return timer;
        }

        public async Task WaitingAsync(int count) =>
            Assert.True(await timers.ReachedAsync(count, TimeSpan.FromSeconds(5)), $"{timers.Count} waits started, expected {count}");
    }

    private sealed class CountingJob(IServiceScopeFactory scopes, TimeProvider clock, ILogger logger, TimeSpan first, TimeSpan[] after,
        bool failFirst = false, bool failingPartFirst = false)
        : PeriodicJob(scopes, clock, logger)
    {
        public List<(DateTimeOffset At, ScopeMarker Scope)> Rounds { get; } = [];

        public ScopeMarker? PartScope { get; private set; }

        protected override string Name => "The test job";

        private readonly CountSignal rounds = new();

        public async Task RoundsAsync(int count) =>
            Assert.True(await rounds.ReachedAsync(count, TimeSpan.FromSeconds(5)), $"{Count()} rounds, expected {count}");

        protected override TimeSpan FirstWait(DateTimeOffset now) => first;

        protected override async Task<TimeSpan> RunAsync(IServiceProvider services, CancellationToken cancellationToken)
        {
            if (failingPartFirst && Count() == 0)
            {
                await RunAloneAsync(part =>
                {
                    PartScope = part.GetRequiredService<ScopeMarker>();
                    throw new InvalidOperationException("The queue is away.");
                });
            }

            int round;
            lock (Rounds)
            {
                Rounds.Add((Clock.GetUtcNow(), services.GetRequiredService<ScopeMarker>()));
                round = Rounds.Count;
            }

            rounds.Increment();

            return failFirst && round == 1
                ? throw new InvalidOperationException("The database is away.")
                : after[Math.Min(round - 1, after.Length - 1)];
        }

        protected override TimeSpan WaitAfterFailure(DateTimeOffset now) => TimeSpan.FromMinutes(2);

        private int Count()
        {
            lock (Rounds)
            {
                return Rounds.Count;
            }
        }
    }

    private sealed class ListLogger : ILogger
    {
        public ConcurrentQueue<(LogLevel Level, string Message)> Entries { get; } = new();

        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            Entries.Enqueue((logLevel, formatter(state, exception)));
    }
}
