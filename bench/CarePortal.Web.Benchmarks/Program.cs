using BenchmarkDotNet.Running;
using CarePortal.Web.Benchmarks;

if (args is ["scale", var provider])
{
    await ScaleBenchmark.RunAsync(provider);
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(ChurchRoutingBenchmarks).Assembly).Run(args);
