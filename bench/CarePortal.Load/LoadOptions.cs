using System.Globalization;

namespace CarePortal.Load;

/// <summary>One bounded run: how fast, how long, which node to kill when, which processes to watch.</summary>
public sealed record LoadOptions
{
    public required Uri Url { get; init; }

    /// <summary>Requests started per second, on a fixed schedule whatever the answers take (open loop).</summary>
    public int Rate { get; init; } = 500;

    public TimeSpan Duration { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>Traffic climbing from nothing to the full rate before the measured run (not recorded), so that the first seconds do not measure start-up.</summary>
    public TimeSpan Warmup { get; init; } = TimeSpan.FromSeconds(20);

    /// <summary>A process sent SIGKILL at <see cref="KillAt"/> into the measured run (a node).</summary>
    public int? KillPid { get; init; }

    public TimeSpan KillAt { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Processes whose resident memory (VmRSS) is sampled twice a second during the run.</summary>
    public IReadOnlyList<int> RssPids { get; init; } = [];

    /// <summary>
    /// Other processes whose CPU is counted with all their descendants (name to root pid: PostgreSQL's postmaster, nginx's
    /// master), so that a run tells what a request costs beside the nodes. The driver's own CPU is always counted.
    /// </summary>
    public IReadOnlyDictionary<string, int> CpuTrees { get; init; } = new Dictionary<string, int>();

    /// <summary>Requests written and opened before the run, so that the church feed is not empty (as in the mix, where writes fill it).</summary>
    public int Prefill { get; init; }

    /// <summary>Only this kind instead of the mix (to see what one kind costs).</summary>
    public Kind? Only { get; init; }

    /// <summary>A request that has not answered by then counts as an error.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(10);

    public static LoadOptions Parse(string[] args)
    {
        Uri? url = null;
        var options = new LoadOptions { Url = new Uri("http://127.0.0.1:8080") };
        for (var i = 0; i < args.Length; i++)
        {
            string Next() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{args[i]} needs a value.");
            options = args[i] switch
            {
                "--url" => options with { Url = url = new Uri(Next()) },
                "--rate" => options with { Rate = int.Parse(Next(), CultureInfo.InvariantCulture) },
                "--duration" => options with { Duration = Seconds(Next()) },
                "--warmup" => options with { Warmup = Seconds(Next()) },
                "--kill-pid" => options with { KillPid = int.Parse(Next(), CultureInfo.InvariantCulture) },
                "--kill-at" => options with { KillAt = Seconds(Next()) },
                "--only" => options with { Only = Enum.Parse<Kind>(Next(), ignoreCase: true) },
                "--prefill" => options with { Prefill = int.Parse(Next(), CultureInfo.InvariantCulture) },
                "--cpu" => options with { CpuTrees = Named(Next()) },
                "--rss-pids" => options with { RssPids = [.. Next().Split(',', StringSplitOptions.RemoveEmptyEntries).Select(p => int.Parse(p, CultureInfo.InvariantCulture))] },
                _ => throw new ArgumentException($"Unknown option {args[i]}."),
            };
        }

        if (url is null)
        {
            throw new ArgumentException("--url is required.");
        }

        if (options.Rate is < 1 or > 5000 || options.Duration <= TimeSpan.Zero || options.Duration > TimeSpan.FromMinutes(10))
        {
            throw new ArgumentException("--rate must be 1 to 5000 and --duration at most 600 seconds.");
        }

        return options;
    }

    /// <summary>"postgres=123,nginx=456"; an empty pid (a variable not set) leaves that name out.</summary>
    private static Dictionary<string, int> Named(string value) =>
        value.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(p => p.Split('=', 2))
            .Where(p => p.Length == 2 && p[1].Length > 0)
            .ToDictionary(p => p[0], p => int.Parse(p[1], CultureInfo.InvariantCulture));

    private static TimeSpan Seconds(string value) => TimeSpan.FromSeconds(double.Parse(value, CultureInfo.InvariantCulture));
}
