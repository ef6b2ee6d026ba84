using System.Globalization;
using System.Text;

namespace CarePortal.Load;

/// <summary>What a run measured: the rate held, latency by kind, errors (those in flight when the node died apart), memory.</summary>
public sealed record LoadReport(
    int Rate,
    double Seconds,
    long Sent,
    double AchievedRate,
    Percentiles All,
    IReadOnlyList<Percentiles> ByKind,
    double? KilledAtSeconds,
    double? GoneAtSeconds,
    long ErrorsInFlightAtKill,
    long ErrorsJustAfterKill,
    long ErrorsOtherwise,
    IReadOnlyList<string> ErrorSamples,
    int WritesOpened,
    int WritesLost,
    IReadOnlyDictionary<int, long> MaxRssKb,
    CpuUse Cpu,
    double CpuMillisecondsPerRequest)
{
    public static readonly TimeSpan JustAfter = TimeSpan.FromSeconds(1);

    public static LoadReport From(LoadOptions options, Outcome[] measured, TimeSpan warmup, TimeSpan? killedAt, TimeSpan? goneAt,
        IReadOnlyDictionary<int, long> rss, CpuUse cpu, int opened, int lost)
    {
        var failed = measured.Where(o => o.Failed).ToList();
        // In flight: sent before the node was gone and not answered before the kill; the answer is the proxy's 502 or a dropped connection.
        var inFlight = killedAt is { } at && goneAt is { } gone ? failed.Count(o => o.Start <= gone && o.End >= at) : 0;
        // Sent within a second after the node was gone, when nginx may still route to it (docs/production.md: not yet understood).
        var justAfter = goneAt is { } g2 ? failed.Count(o => o.Start > g2 && o.Start <= g2 + JustAfter) : 0;
        var window = measured.Length == 0 ? 0 : (measured.Max(o => o.End) - measured.Min(o => o.Scheduled)).TotalSeconds;
        return new LoadReport(
            options.Rate,
            options.Duration.TotalSeconds,
            measured.Length,
            window == 0 ? 0 : Math.Round(measured.Count(o => !o.Failed) / window, 1),
            Percentiles.Of("all", measured),
            [.. Enum.GetValues<Kind>().Select(k => Percentiles.Of(k.ToString(), [.. measured.Where(o => o.Kind == k)]))],
            killedAt is { } k ? Math.Round((k - warmup).TotalSeconds, 3) : null,
            goneAt is { } g ? Math.Round((g - warmup).TotalSeconds, 3) : null,
            inFlight,
            justAfter,
            failed.Count - inFlight - justAfter,
            [.. failed.Take(10).Select(o => string.Create(CultureInfo.InvariantCulture,
                $"{o.Kind} due {(o.Scheduled - warmup).TotalSeconds:F3}s start {(o.Start - warmup).TotalSeconds:F3}s end {(o.End - warmup).TotalSeconds:F3}s: {(o.Status == 0 ? o.Error : o.Status.ToString(CultureInfo.InvariantCulture))}"))],
            opened,
            lost,
            rss,
            cpu,
            // Every node's CPU over every answered request: the average a request costs the nodes (driver and nginx apart).
            measured.Length == 0 ? 0 : Math.Round(cpu.Milliseconds.Values.Sum() / Math.Max(1, measured.Count(o => !o.Failed)), 3));
    }

    public string ToText()
    {
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"{Sent} requests due at {Rate}/s over {Seconds:F0} s; {AchievedRate:F1}/s answered successfully");
        text.AppendLine("kind            count  errors   p50 ms   p90 ms   p99 ms  p99.9 ms   max ms");
        foreach (var p in ByKind.Append(All))
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"{p.Kind,-13} {p.Count,7} {p.Errors,7} {p.P50,8:F1} {p.P90,8:F1} {p.P99,8:F1} {p.P999,9:F1} {p.Max,8:F1}");
        }

        if (KilledAtSeconds is { } killed)
        {
            text.AppendLine(CultureInfo.InvariantCulture,
                $"node killed (SIGKILL) at {killed:F3} s, gone at {GoneAtSeconds:F3} s: {ErrorsInFlightAtKill} errors in flight to it, "
                + $"{ErrorsJustAfterKill} sent within {JustAfter.TotalSeconds:F0} s after it was gone, {ErrorsOtherwise} other errors");
        }
        else
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"errors: {ErrorsOtherwise}");
        }

        text.AppendLine(CultureInfo.InvariantCulture, $"writes: {WritesOpened} requests opened, {WritesLost} of them not found open afterwards");
        foreach (var (pid, kb) in MaxRssKb)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"pid {pid}: max resident {kb / 1024.0:F0} MB, CPU {Cpu.Milliseconds.GetValueOrDefault(pid):F0} ms in the measured run");
        }

        text.AppendLine(CultureInfo.InvariantCulture,
            $"node CPU per answered request: {CpuMillisecondsPerRequest:F2} ms; load average {Cpu.LoadAverageBefore} before, {Cpu.LoadAverageAfter} after");
        var answered = Math.Max(1, Sent - All.Errors);
        foreach (var (name, ms) in Cpu.Others.OrderBy(o => o.Key, StringComparer.Ordinal))
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"{name} CPU per answered request: {ms / answered:F2} ms ({ms:F0} ms in the measured run)");
        }

        foreach (var sample in ErrorSamples)
        {
            text.AppendLine("  " + sample);
        }

        return text.ToString();
    }
}
