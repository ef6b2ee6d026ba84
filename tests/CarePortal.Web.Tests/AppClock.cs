using Microsoft.Extensions.Time.Testing;
using Xunit;

namespace CarePortal.Web.Tests;

/// <summary>
/// The app's clock in the tests, which also says when the app's background jobs have caught up with a move: every wait of
/// theirs that the move ended has been followed by the job's next wait, so its round at the new time is done. A test awaits
/// <see cref="SettledAsync"/> instead of sleeping and hoping the round has run. (Only the jobs wait on this clock.)
/// </summary>
public sealed class AppClock(DateTimeOffset start) : FakeTimeProvider(start)
{
    private readonly Lock gate = new();
    private int owed;
    private TaskCompletionSource settled = Done();

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        TaskCompletionSource? nowSettled = null;
        lock (gate)
        {
            if (owed > 0 && --owed == 0)
            {
                nowSettled = settled;
            }
        }

        nowSettled?.TrySetResult();
        return base.CreateTimer(Ended, state, dueTime, period);

        void Ended(object? s)
        {
            lock (gate)
            {
                if (owed++ == 0)
                {
                    settled = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
                }
            }

            callback(s);
        }
    }

    /// <summary>True once every job whose wait a move of the clock ended is waiting again; false when a round is still running at the limit.</summary>
    public async Task<bool> SettledAsync(TimeSpan? limit = null)
    {
        Task caughtUp;
        lock (gate)
        {
            caughtUp = settled.Task;
        }

        try
        {
            await caughtUp.WaitAsync(limit ?? TimeSpan.FromSeconds(30), TestContext.Current.CancellationToken);
            return true;
        }
        catch (TimeoutException)
        {
            return false;
        }
    }

    private static TaskCompletionSource Done()
    {
        var done = new TaskCompletionSource();
        done.SetResult();
        return done;
    }
}
