using System.Text.Json;
using CarePortal.Load;

// A bounded load run against CarePortal on loopback: deploy/loadtest.sh runs it; docs/production.md reports its figures.
// Usage: CarePortal.Load --url URL [--rate 500] [--duration 60] [--warmup 20] [--kill-pid PID --kill-at 30] [--rss-pids P1,P2] [--cpu postgres=PID,nginx=PID] [--only KIND] [--prefill N] [--report FILE]
string? reportPath = null;
var rest = new List<string>();
for (var i = 0; i < args.Length; i++)
{
    if (args[i] == "--report" && i + 1 < args.Length)
    {
        reportPath = args[++i];
    }
    else
    {
        rest.Add(args[i]);
    }
}

LoadOptions options;
try
{
    options = LoadOptions.Parse([.. rest]);
}
catch (Exception e) when (e is ArgumentException or FormatException)
{
    Console.Error.WriteLine(e.Message);
    return 2;
}

using var stop = new CancellationTokenSource(options.Warmup + options.Duration + TimeSpan.FromMinutes(2));
using var traffic = await Traffic.PrepareAsync(options.Url, stop.Token);
for (var i = 0; i < options.Prefill; i++)
{
    await traffic.SendAsync(Kind.Write, stop.Token);
}

var report = await LoadRun.RunAsync(options, traffic, stop.Token);
Console.Write(report.ToText());
if (reportPath is not null)
{
    await File.WriteAllTextAsync(reportPath, JsonSerializer.Serialize(report, new JsonSerializerOptions { WriteIndented = true }));
}

return 0;
