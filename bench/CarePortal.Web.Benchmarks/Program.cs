using BenchmarkDotNet.Running;
using CarePortal.Web.Benchmarks;

if (args is ["scale", var provider, ..] && args.Skip(2).All(a => a == "--profile"))
{
    await ScaleBenchmark.RunAsync(provider, profile: args.Contains("--profile"));
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(ChurchRoutingBenchmarks).Assembly).Run(args);
