using BenchmarkDotNet.Running;
using CarePortal.Web.Benchmarks;

BenchmarkSwitcher.FromAssembly(typeof(ChurchRoutingBenchmarks).Assembly).Run(args);
