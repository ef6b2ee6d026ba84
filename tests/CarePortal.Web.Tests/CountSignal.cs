using Xunit;

namespace CarePortal.Web.Tests;

/// <summary>
/// A count a test awaits: the increment that reaches a waiter's number releases it, so a test waits exactly as long as
/// the thing it waits for takes (no sleep, no polling), and no longer than its limit when it never comes.
/// </summary>
public sealed class CountSignal
{
    private readonly Lock gate = new();
    private readonly List<(int Target, TaskCompletionSource Reached)> waiters = [];
    private int count;

    public int Count
    {
        get
        {
            lock (gate)
            {
                return count;
            }
        }
    }

    public void Increment()
    {
        List<TaskCompletionSource> released;
        lock (gate)
        {
            count++;
            released = [.. waiters.Where(w => w.Target <= count).Select(w => w.Reached)];
            waiters.RemoveAll(w => w.Target <= count);
        }

        foreach (var reached in released)
        {
            reached.TrySetResult();
        }
    }

    /// <summary>True once the count is at least <paramref name="target"/>; false when the limit passes first.</summary>
    public async Task<bool> ReachedAsync(int target, TimeSpan limit)
    {
        Task reached;
        lock (gate)
        {
            if (count >= target)
            {
                return true;
            }

            var waiter = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            waiters.Add((target, waiter));
            reached = waiter.Task;
        }

        try
        {
            await reached.WaitAsync(limit, TestContext.Current.CancellationToken);
            return true;
        }
        catch (TimeoutException)
        {
            return false;
        }
    }
}
