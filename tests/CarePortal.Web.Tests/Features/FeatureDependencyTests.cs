using System.Runtime.CompilerServices;
using CarePortal.FeatureMap;
using CarePortal.Web.Data;
using Xunit;

namespace CarePortal.Web.Tests.Features;

/// <summary>
/// Features meet at seams, not internals (STYLE.md lesson 15): no feature folder may come to use another that uses it back,
/// however far round. The map is read from the compiled app, as <c>tools/CarePortal.FeatureMap</c> writes
/// docs/feature-dependencies.md. The uses that already close cycles are listed in known-feature-cycles.txt, to be taken
/// away one by one; any other use inside a cycle fails.
/// </summary>
public sealed class FeatureDependencyTests
{
    private static readonly FeatureGraph Graph = FeatureGraph.Of(typeof(AppDbContext).Assembly);

    [Fact]
    public void No_feature_folder_comes_to_use_another_that_uses_it_back()
    {
        var known = File.ReadAllLines(KnownCycles()).Where(l => l.Length > 0 && !l.StartsWith('#')).ToHashSet(StringComparer.Ordinal);

        var added = Graph.CycleUses().Where(u => !known.Contains($"{u.From} -> {u.To}")).ToList();

        Assert.True(added.Count == 0, "these uses close a cycle between features; let the used feature hear of the user through an "
            + "interface it owns (as Requests' IRequestOpenedListener), or move the type to the feature that owns it:\n"
            + string.Join("\n", added.Select(u => $"  {u.From} -> {u.To}: {string.Join(", ", Graph.Uses[u.From][u.To])}")));
    }

    [Fact]
    public void Requests_hears_of_routing_only_through_its_own_seam()
    {
        Assert.Contains("IRequestOpenedListener", Graph.Uses["Churches"]["Requests"]);
        Assert.DoesNotContain("Openings", Graph.Uses["Requests"].GetValueOrDefault("Churches") ?? []);
    }

    [Fact]
    public void Requests_asks_approvals_coworker_reads_and_training_only_through_its_own_seams()
    {
        Assert.Equal([], Graph.Uses["Requests"].Keys.Intersect(["Approvals", "CoworkerReads", "Training"]));
        Assert.Contains("IAwaitingApprovalListener", Graph.Uses["Approvals"]["Requests"]);
        Assert.Contains("ISubmissionCheck", Graph.Uses["CoworkerReads"]["Requests"]);
        Assert.Contains("IWriterReadiness", Graph.Uses["Training"]["Requests"]);
    }

    [Fact]
    public void The_map_sees_uses_in_method_bodies_lambdas_and_signatures_and_the_cycles_they_make()
    {
        var samples = FeatureGraph.Of(typeof(FeatureDependencyTests).Assembly, "CarePortal.Web.Tests.FeatureSamples.");

        Assert.Equal(["Alpha", "Beta", "Gamma"], samples.Uses.Keys);
        Assert.Equal(["BetaRow"], samples.Uses["Alpha"]["Beta"]);
        Assert.Equal(["AlphaCount"], samples.Uses["Beta"]["Alpha"]);
        Assert.Equal(["BetaRow"], samples.Uses["Gamma"]["Beta"]);
        Assert.Equal([["Alpha", "Beta"]], samples.Cycles());
        Assert.Equal([("Alpha", "Beta"), ("Beta", "Alpha")], samples.CycleUses().Order());
    }

    [Fact]
    public void The_map_of_the_app_reads_its_pages()
    {
        Assert.Contains(Graph.Why, w => w.Contains(" (page) names ", StringComparison.Ordinal));
        Assert.All(Graph.Uses, u => Assert.DoesNotContain(u.Key, u.Value.Keys));
    }

    private static string KnownCycles([CallerFilePath] string here = "") => Path.Combine(Path.GetDirectoryName(here)!, "known-feature-cycles.txt");
}
