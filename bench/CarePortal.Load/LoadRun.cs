using System.Diagnostics;
using HdrHistogram;

namespace CarePortal.Load;

/// <summary>
/// Starts requests on a fixed schedule (open loop: a slow answer does not slow the next start) and measures each from the
/// moment it was due, so that queueing in the driver or the server is counted, not hidden (no coordinated omission).
/// </summary>
public static class LoadRun
{
    public static async Task<LoadReport> RunAsync(LoadOptions options, Traffic traffic, CancellationToken cancellationToken)
    {
        var schedule = new Schedule(options.Rate, options.Warmup);
        var total = schedule.CountBy(options.Warmup + options.Duration);
        var warmupCount = schedule.CountBy(options.Warmup);
        var outcomes = new Outcome[total];
        var tasks = new List<Task>((int)total);
        var clock = Stopwatch.StartNew();
        using var rss = new RssSampler(options.RssPids);
        CpuSample? cpuAtStart = null;
        var killAt = options.Warmup + options.KillAt;
        TimeSpan? killedAt = null;
        Task<TimeSpan>? goneAt = null;
        long next = 0;
        while (next < total)
        {
            var elapsed = clock.Elapsed;
            if (cpuAtStart is null && elapsed >= options.Warmup)
            {
                cpuAtStart = CpuSample.Take(options);
            }

            if (options.KillPid is { } pid && killedAt is null && elapsed >= killAt)
            {
                killedAt = clock.Elapsed;
                Kill(pid);
                goneAt = Task.Run(() => GoneAsync(pid, clock), cancellationToken);
            }

            var due = Math.Min(total, schedule.CountBy(elapsed) + 1);
            for (; next < due; next++)
            {
                var i = next;
                tasks.Add(Task.Run(() => FireAsync(i, schedule.Due(i)), cancellationToken));
            }

            // Until the next request is due (at least 1 ms, at most 20 ms so that the warm-up's end and the kill stay on time):
            // waking every millisecond whatever the rate cost the driver CPU that the nodes lack on two shared cores.
            var untilDue = schedule.Due(next) - clock.Elapsed;
            await Task.Delay(TimeSpan.FromMilliseconds(Math.Clamp(untilDue.TotalMilliseconds, 1, 20)), cancellationToken);
        }

        await Task.WhenAll(tasks);
        var cpu = CpuSample.Take(options).Since(cpuAtStart ?? CpuSample.Take(options), rss.LastCpuTicks());
        var measured = outcomes.AsSpan((int)warmupCount).ToArray();
        var opened = measured.Where(o => o.Opened is not null).Select(o => o.Opened!.Value).ToList();
        var lost = 0;
        foreach (var id in opened)
        {
            lost += await traffic.IsOpenAsync(id, cancellationToken) ? 0 : 1;
        }

        var gone = goneAt is null ? (TimeSpan?)null : await goneAt;
        return LoadReport.From(options, measured, options.Warmup, killedAt, gone, rss.MaxKb(), cpu, opened.Count, lost);

        async Task FireAsync(long i, TimeSpan scheduled)
        {
            var kind = options.Only ?? Traffic.Mix(i);
            var start = clock.Elapsed;
            int status;
            int? openedId = null;
            string? error = null;
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(options.Timeout);
            try
            {
                (status, openedId) = await traffic.SendAsync(kind, timeout.Token);
            }
            catch (Exception e) when (e is HttpRequestException or OperationCanceledException or IOException)
            {
                status = 0;
                error = e.GetType().Name + ": " + e.Message;
            }

            outcomes[i] = new Outcome(kind, scheduled, start, clock.Elapsed, status, openedId, error);
        }
    }

    private static void Kill(int pid)
    {
        using var process = Process.GetProcessById(pid);
        process.Kill();
    }

    /// <summary>
    /// When the killed process was really gone (its sockets closed): a large process takes tens of milliseconds to die, and a
    /// request that reached it meanwhile was in flight to it as much as one sent before the signal.
    /// </summary>
    private static async Task<TimeSpan> GoneAsync(int pid, Stopwatch clock)
    {
        var stat = $"/proc/{pid}/stat";
        while (clock.Elapsed < TimeSpan.FromHours(1))
        {
            try
            {
                if (File.ReadAllText(stat).Split(')')[^1].Trim()[0] == 'Z')
                {
                    break;
                }
            }
            catch (IOException)
            {
                break;
            }

            await Task.Delay(2);
        }

        return clock.Elapsed;
    }
}

/// <summary>One request: when it was due, when it started and ended, and what it answered.</summary>
public readonly record struct Outcome(Kind Kind, TimeSpan Scheduled, TimeSpan Start, TimeSpan End, int Status, int? Opened, string? Error)
{
    public bool Failed => Status is < 200 or >= 300;

    /// <summary>From when it was due, so that a late start counts against the server as it would for a person.</summary>
    public TimeSpan Latency => End - Scheduled;
}

/// <summary>The highest resident memory (VmRSS in /proc/PID/status) seen for each process, sampled every half second.</summary>
public sealed class RssSampler : IDisposable
{
    private readonly Dictionary<int, long> max;
    private readonly Dictionary<int, long> lastCpu;
    private readonly CancellationTokenSource stop = new();
    private readonly Task loop;

    public RssSampler(IReadOnlyList<int> pids)
    {
        max = pids.ToDictionary(p => p, _ => 0L);
        lastCpu = pids.ToDictionary(p => p, _ => 0L);
        loop = Task.Run(async () =>
        {
            using var timer = new PeriodicTimer(TimeSpan.FromMilliseconds(500));
            do
            {
                lock (max)
                {
                    foreach (var pid in pids)
                    {
                        if (ReadKb(pid) is { } kb && kb > max[pid])
                        {
                            max[pid] = kb;
                        }

                        if (CpuSample.ReadTicks(pid) is { } ticks)
                        {
                            lastCpu[pid] = ticks;
                        }
                    }
                }
            }
            while (await timer.WaitForNextTickAsync(stop.Token).ConfigureAwait(false));
        });
    }

    /// <summary>Each process's CPU time at the last sample (clock ticks): all that is left of a killed node's.</summary>
    public IReadOnlyDictionary<int, long> LastCpuTicks()
    {
        lock (max)
        {
            return new Dictionary<int, long>(lastCpu);
        }
    }

    public IReadOnlyDictionary<int, long> MaxKb()
    {
        lock (max)
        {
            return new Dictionary<int, long>(max);
        }
    }

    public void Dispose()
    {
        stop.Cancel();
        try
        {
            loop.Wait();
        }
        catch (AggregateException e) when (e.InnerExceptions.All(x => x is OperationCanceledException))
        {
        }

        stop.Dispose();
    }

    public static long? ReadKb(int pid)
    {
        try
        {
            var line = File.ReadLines($"/proc/{pid}/status").FirstOrDefault(l => l.StartsWith("VmRSS:", StringComparison.Ordinal));
            return line is null ? null : long.Parse(line["VmRSS:".Length..].Trim().Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture);
        }
        catch (IOException)
        {
            return null; // the process is gone (the killed node)
        }
    }
}

/// <summary>
/// The CPU time (user + system, /proc/PID/stat, in clock ticks of 10 ms) each node has used, that of the other watched
/// process trees and of the driver itself, and the machine's load average, at one moment; the difference of two is what
/// each spent on the run.
/// </summary>
public sealed record CpuSample(IReadOnlyDictionary<int, long> Ticks, IReadOnlyDictionary<string, long> Others, string LoadAverage)
{
    public const double MillisecondsPerTick = 10; // USER_HZ is 100 on Linux

    public const string Driver = "driver";

    public static CpuSample Take(LoadOptions options)
    {
        var others = options.CpuTrees.ToDictionary(t => t.Key, t => ProcessTreeCpu.Ticks(t.Value) ?? -1);
        others[Driver] = ReadTicks(Environment.ProcessId) ?? -1;
        return new(options.RssPids.ToDictionary(p => p, p => ReadTicks(p) ?? -1), others, ReadLoadAverage());
    }

    /// <summary>The CPU milliseconds each process spent since <paramref name="start"/>; a node gone since counts to its last sample.</summary>
    public CpuUse Since(CpuSample start, IReadOnlyDictionary<int, long> lastSampled) => new(
        start.Ticks.ToDictionary(p => p.Key, p =>
        {
            var end = Ticks.TryGetValue(p.Key, out var now) && now >= 0 ? now : lastSampled.GetValueOrDefault(p.Key, p.Value);
            return p.Value < 0 ? 0 : (end - p.Value) * MillisecondsPerTick;
        }),
        start.LoadAverage,
        LoadAverage)
    {
        Others = start.Others.Where(o => o.Value >= 0 && Others.GetValueOrDefault(o.Key, -1) >= o.Value)
            .ToDictionary(o => o.Key, o => (Others[o.Key] - o.Value) * MillisecondsPerTick),
    };

    public static long? ReadTicks(int pid)
    {
        try
        {
            // Fields after the command name (which may hold spaces): state is field 3, utime 14, stime 15.
            var fields = File.ReadAllText($"/proc/{pid}/stat").Split(')')[^1].Split(' ', StringSplitOptions.RemoveEmptyEntries);
            return fields[0] == "Z" ? null : long.Parse(fields[11], System.Globalization.CultureInfo.InvariantCulture) + long.Parse(fields[12], System.Globalization.CultureInfo.InvariantCulture);
        }
        catch (IOException)
        {
            return null;
        }
    }

    private static string ReadLoadAverage()
    {
        try
        {
            return string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3));
        }
        catch (IOException)
        {
            return "?";
        }
    }
}

/// <summary>
/// The CPU milliseconds each watched node spent in the measured run, those of the other watched trees and the driver
/// (<see cref="Others"/>), and the load average before and after.
/// </summary>
public sealed record CpuUse(IReadOnlyDictionary<int, double> Milliseconds, string LoadAverageBefore, string LoadAverageAfter)
{
    public IReadOnlyDictionary<string, double> Others { get; init; } = new Dictionary<string, double>();
}

/// <summary>Latency percentiles in milliseconds from an HdrHistogram of microseconds.</summary>
public sealed record Percentiles(string Kind, long Count, long Errors, double P50, double P90, double P99, double P999, double Max)
{
    public static Percentiles Of(string kind, IReadOnlyCollection<Outcome> outcomes)
    {
        var histogram = new LongHistogram(TimeSpan.FromMinutes(2).Ticks / 10, 3);
        foreach (var outcome in outcomes)
        {
            histogram.RecordValue(Math.Max(1, (long)outcome.Latency.TotalMicroseconds));
        }

        double Ms(long micros) => Math.Round(micros / 1000.0, 2);
        return outcomes.Count == 0
            ? new Percentiles(kind, 0, 0, 0, 0, 0, 0, 0)
            : new Percentiles(kind, outcomes.Count, outcomes.Count(o => o.Failed),
                Ms(histogram.GetValueAtPercentile(50)), Ms(histogram.GetValueAtPercentile(90)), Ms(histogram.GetValueAtPercentile(99)),
                Ms(histogram.GetValueAtPercentile(99.9)), Ms(histogram.GetMaxValue()));
    }
}

/// <summary>
/// When each request is due: the warm-up climbs from nothing to the full rate (nodes just started spend their first
/// seconds compiling, as a node joining a real pool would get its share gradually), then the full rate holds.
/// </summary>
public readonly record struct Schedule(int Rate, TimeSpan Warmup)
{
    private double WarmupSeconds => Warmup.TotalSeconds;

    /// <summary>How many requests are due by <paramref name="elapsed"/> since the start.</summary>
    public long CountBy(TimeSpan elapsed)
    {
        var t = elapsed.TotalSeconds;
        return t < WarmupSeconds
            ? (long)(Rate * t * t / (2 * WarmupSeconds))
            : (long)(Rate * (WarmupSeconds / 2 + (t - WarmupSeconds)));
    }

    /// <summary>When request <paramref name="i"/> (from 0) is due: the inverse of <see cref="CountBy"/>.</summary>
    public TimeSpan Due(long i)
    {
        var ramp = Rate * WarmupSeconds / 2;
        return TimeSpan.FromSeconds(i < ramp
            ? Math.Sqrt(2 * WarmupSeconds * i / Rate)
            : WarmupSeconds + ((i - ramp) / Rate));
    }
}
