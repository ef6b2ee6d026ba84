using System.Collections.Concurrent;

namespace CarePortal.Web.Features.Accounts;

/// <summary>
/// Growing delays after failed sign-ins instead of a lockout that anyone who knows an address could set off. Failures count
/// per account from one caller (the delay doubles from the 4th, up to 15 minutes), per caller over all accounts (from the
/// 11th, up to 15 minutes: password spraying) and per account over all callers (from the 11th, doubling but never above one
/// minute, so strangers elsewhere can slow an account's owner down, never shut them out). A throttled attempt is refused
/// before the password is checked. Kept on each node, in memory: a node's restart forgets them.
/// </summary>
public sealed class SignInThrottle(TimeProvider clock)
{
    private const int MaxEntries = 100_000;

    /// <summary>After this long without a failure, counting starts again.</summary>
    private static readonly TimeSpan Quiet = TimeSpan.FromHours(1);

    private static readonly Rule PerAccountAndCaller = new(3, TimeSpan.FromMinutes(15));
    private static readonly Rule PerCaller = new(10, TimeSpan.FromMinutes(15));
    private static readonly Rule PerAccount = new(10, TimeSpan.FromMinutes(1));

    private readonly ConcurrentDictionary<string, Failures> failures = new(StringComparer.Ordinal);

    /// <summary>How long this caller must still wait before trying this account, or zero.</summary>
    public TimeSpan WaitFor(string account, string caller)
    {
        var now = clock.GetUtcNow();
        return new[] { Wait(Pair(account, caller), PerAccountAndCaller, now), Wait("caller:" + caller, PerCaller, now), Wait("account:" + Normal(account), PerAccount, now) }.Max();
    }

    public void Failed(string account, string caller)
    {
        if (failures.Count >= MaxEntries)
        {
            Forget(clock.GetUtcNow());
        }

        var now = clock.GetUtcNow();
        foreach (var key in new[] { Pair(account, caller), "caller:" + caller, "account:" + Normal(account) })
        {
            failures.AddOrUpdate(key, _ => new Failures(1, now), (_, f) => now - f.Last > Quiet ? new Failures(1, now) : f with { Count = f.Count + 1, Last = now });
        }
    }

    /// <summary>The account's owner got in: this caller's failures on it, and the account's own, no longer count.</summary>
    public void Succeeded(string account, string caller)
    {
        failures.TryRemove(Pair(account, caller), out _);
        failures.TryRemove("account:" + Normal(account), out _);
    }

    private TimeSpan Wait(string key, Rule rule, DateTimeOffset now)
    {
        if (!failures.TryGetValue(key, out var f) || f.Count <= rule.Free)
        {
            return TimeSpan.Zero;
        }

        var delay = TimeSpan.FromSeconds(Math.Min(Math.Pow(2, f.Count - rule.Free - 1), rule.Cap.TotalSeconds));
        var left = f.Last + delay - now;
        return left > TimeSpan.Zero ? left : TimeSpan.Zero;
    }

    /// <summary>Failures older than the longest delay count for nothing any more.</summary>
    private void Forget(DateTimeOffset now)
    {
        foreach (var (key, f) in failures)
        {
            if (now - f.Last > Quiet)
            {
                failures.TryRemove(key, out _);
            }
        }
    }

    private static string Pair(string account, string caller) => "pair:" + Normal(account) + "|" + caller;

    private static string Normal(string account) => account.Trim().ToUpperInvariant();

    private sealed record Rule(int Free, TimeSpan Cap);

    private sealed record Failures(int Count, DateTimeOffset Last);
}
