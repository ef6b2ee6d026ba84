using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;

namespace CarePortal.Review.Benchmarks;

/// <summary>
/// The benchmark process pinned to the first core (affinity mask 1): the figure is what one core does, as in
/// production on a busy node and in the <c>taskset -c 0</c> throughput runs, not what two cores do together.
/// The build of the benchmark process may take minutes on a shared machine: BenchmarkDotNet's two are too few.
/// </summary>
public sealed class OneCoreConfig : ManualConfig
{
    public OneCoreConfig()
    {
        AddJob(Job.Default.WithAffinity(1).WithId("one-core"));
        WithBuildTimeout(TimeSpan.FromMinutes(15));
    }
}
