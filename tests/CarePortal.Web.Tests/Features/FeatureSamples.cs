// Three tiny "features" for FeatureDependencyTests: each names another only in a place the map must read.
namespace CarePortal.Web.Tests.FeatureSamples.Alpha
{
    public static class AlphaCount
    {
        // Beta only inside a method body, through a fully qualified name.
        public static int Of(IEnumerable<object> rows) => rows.OfType<Beta.BetaRow>().Count();
    }
}

namespace CarePortal.Web.Tests.FeatureSamples.Beta
{
    public sealed class BetaRow
    {
        // Alpha only inside a lambda (a compiler-made type nested in this one).
        public static Func<int> Counted(IEnumerable<object> rows) => () => Alpha.AlphaCount.Of(rows);
    }
}

namespace CarePortal.Web.Tests.FeatureSamples.Gamma
{
    public sealed class GammaView
    {
        // Beta only in a signature: Gamma uses Beta, and nothing uses Gamma, so no cycle.
        public Beta.BetaRow? Row { get; init; }
    }
}
