using System.Diagnostics;
using System.Text.Json;

namespace CarePortal.Review.Benchmarks;

/// <summary>
/// In-process throughput second by second from a cold start: how fast the reviewer is in the first second
/// (tiered compilation and ReadyToRun code) and once warm. Run it pinned to one core:
/// <c>taskset -c 0 dotnet bin/Release/net10.0/CarePortal.Review.Benchmarks.dll throughput [FILE] [--seconds N]</c>.
/// </summary>
internal static class Throughput
{
    public static int Run(string[] args)
    {
        var file = Path.Combine(AppContext.BaseDirectory, "Corpus", "dev.jsonl");
        var seconds = 10;
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i] == "--seconds")
            {
                seconds = int.Parse(args[++i], System.Globalization.CultureInfo.InvariantCulture);
            }
            else
            {
                file = args[i];
            }
        }

        var corpus = File.ReadLines(file)
            .Where(line => !string.IsNullOrWhiteSpace(line))
            .Select(line => JsonDocument.Parse(line).RootElement)
            .Select(e => (Text: e.GetProperty("text").GetString()!, Need: e.GetProperty("need").GetString()!))
            .ToArray();

        using var process = Process.GetCurrentProcess();
        var clock = Stopwatch.StartNew();
        var cpuAtStart = process.TotalProcessorTime;
        var reviewer = Reviewer.Default;
        _ = reviewer.Needs;
        var loaded = clock.Elapsed;
        var perSecond = new List<int>();
        var next = 0;
        var findings = 0L;
        // Seconds of processor time, not of the clock: on a busy machine the clock also counts other programs' turns.
        var cpuStart = Cpu(process);
        var allocatedAtStart = GC.GetTotalAllocatedBytes(precise: true);
        var reviewed = 0L;
        for (var second = 1; second <= seconds; second++)
        {
            var done = 0;
            var until = cpuStart + TimeSpan.FromSeconds(second);
            do
            {
                for (var k = 0; k < 10; k++)
                {
                    var (text, need) = corpus[next];
                    findings += reviewer.Review(text, need).Findings.Count;
                    next = (next + 1) % corpus.Length;
                    done++;
                }
            }
            while (Cpu(process) < until);

            perSecond.Add(done);
            reviewed += done;
        }

        Console.WriteLine($"loaded in {loaded.TotalMilliseconds:F0} ms ({(cpuStart - cpuAtStart).TotalMilliseconds:F0} ms of processor time); "
            + $"{corpus.Length} descriptions cycled; {findings} findings; {clock.Elapsed.TotalSeconds:F1} s on the clock");
        Console.WriteLine($"descriptions per second of processor time, second by second: {string.Join(' ', perSecond)}");
        Console.WriteLine($"allocated {(GC.GetTotalAllocatedBytes(precise: true) - allocatedAtStart) / reviewed:N0} bytes a description");
        Console.WriteLine($"first second {perSecond[0]}/s; last 5 s median {Median(perSecond.TakeLast(5))}/s");
        return 0;
    }

    private static TimeSpan Cpu(Process process)
    {
        process.Refresh();
        return process.TotalProcessorTime;
    }

    private static int Median(IEnumerable<int> values)
    {
        var sorted = values.Order().ToArray();
        return sorted[sorted.Length / 2];
    }
}
