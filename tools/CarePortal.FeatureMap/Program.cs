using CarePortal.Web.Data;

namespace CarePortal.FeatureMap;

/// <summary>
/// Writes the feature dependency list from the compiled app:
/// <c>dotnet run --project tools/CarePortal.FeatureMap -c Release -- docs/feature-dependencies.md</c>.
/// With no path it prints the list; <c>--why Requests Churches</c> prints which types make one feature use the other.
/// Exit code 1 when features use each other in a cycle.
/// </summary>
public static class FeatureMapCommand
{
    public static int Main(string[] args)
    {
        var graph = FeatureGraph.Of(typeof(AppDbContext).Assembly);
        var text = FeatureMarkdown.Write(graph);
        if (args is ["--why", var from, var to])
        {
            // Which types make one feature use another: --why Requests Churches
            Console.Write(string.Join("", graph.Why.Where(w => w.StartsWith($"{from} -> {to}:", StringComparison.Ordinal)).Select(w => w + "\n")));
            return 0;
        }

        if (args.Length > 0)
        {
            File.WriteAllText(args[0], text);
            Console.WriteLine($"wrote {args[0]}: {graph.Uses.Count} features, {graph.Uses.Sum(u => u.Value.Count)} uses, {graph.Cycles().Count} cycles");
        }
        else
        {
            Console.Write(text);
        }

        return graph.Cycles().Count == 0 ? 0 : 1;
    }
}
