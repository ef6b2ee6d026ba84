using System.Diagnostics;
using CarePortal.Review;

namespace CarePortal.Web.Features.Training;

/// <summary>
/// Reviews the training module's exercises once the app has started, in the background, so that the first description a
/// caseworker types is not the one that waits for the JIT to compile the reviewer (measured on a fresh start: 131 ms for the
/// first review through <c>/api/review</c>, 5 ms for the next). Compiled code is the process's, so only the first app a
/// process starts warms it (a test run starts hundreds).
/// </summary>
public sealed partial class ReviewerWarmUp(TrainingModule module, IHostApplicationLifetime lifetime, ILogger<ReviewerWarmUp> log) : BackgroundService
{
    private static int started;

    /// <summary>Done when the exercises have been reviewed in this process (at once when another app did it first).</summary>
    public static Task Warm => WarmSource.Task;

    private static readonly TaskCompletionSource WarmSource = new(TaskCreationOptions.RunContinuationsAsynchronously);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (Interlocked.Exchange(ref started, 1) == 1)
        {
            return;
        }

        try
        {
            var running = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            using (lifetime.ApplicationStarted.Register(() => running.TrySetResult()))
            {
                await running.Task.WaitAsync(stoppingToken);
            }

            await Task.Yield(); // off the start-up path
            var clock = Stopwatch.StartNew();
            var reviewed = 0;
            foreach (var exercise in module.Sections.SelectMany(s => s.Exercises))
            {
                stoppingToken.ThrowIfCancellationRequested();
                Reviewer.Default.Review(exercise.Text, exercise.Need);
                reviewed++;
            }

            Warmed(log, reviewed, clock.ElapsedMilliseconds);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            Volatile.Write(ref started, 0); // stopped before it was done: the next app to start warms it
            return;
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException)
        {
            // A warm-up is only a head start: the app serves without it.
            NotWarmed(log, e);
        }

        WarmSource.TrySetResult();
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "The reviewer is warm: {Reviewed} training exercises reviewed in {Milliseconds} ms.")]
    private static partial void Warmed(ILogger logger, int reviewed, long milliseconds);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The reviewer could not be warmed up; the first reviews will be slower.")]
    private static partial void NotWarmed(ILogger logger, Exception exception);
}
