namespace CarePortal.Reports.Benchmarks;

/// <summary>dotnet run -c Release --project bench/CarePortal.Reports.Benchmarks -- [--database NAME] [--keep] [--runs N] [--plans FILE] [--explain-only] [--no-rollup]</summary>
public static class Entry
{
    public static Task Main(string[] args) => DashboardBenchmark.RunAsync(args);
}
