using BenchmarkDotNet.Running;
using CarePortal.Review.Benchmarks;

if (args is ["throughput", ..])
{
    return Throughput.Run(args[1..]);
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
return 0;
