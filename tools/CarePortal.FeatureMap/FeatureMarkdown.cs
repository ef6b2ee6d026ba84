using System.Text;

namespace CarePortal.FeatureMap;

/// <summary>The feature dependency list as markdown: each feature, the features it uses and the types it names in each.</summary>
public static class FeatureMarkdown
{
    public static string Write(FeatureGraph graph)
    {
        var text = new StringBuilder();
        text.AppendLine("# Feature dependencies");
        text.AppendLine();
        text.AppendLine("Generated from the compiled app by `dotnet run --project tools/CarePortal.FeatureMap -c Release -- docs/feature-dependencies.md`;");
        text.AppendLine("do not edit by hand. A feature *uses* another when any of its types or pages names one of the other's types (in a");
        text.AppendLine("signature, an attribute or a method body). `Data/` and `Program.cs` belong to no feature. See [architecture.md](architecture.md).");
        text.AppendLine();
        var cycles = graph.Cycles();
        if (cycles.Count == 0)
        {
            text.AppendLine("No cycle between feature folders.");
        }
        else
        {
            text.AppendLine("**Features in a cycle**: " + string.Join("; ", cycles.Select(c => string.Join(", ", c))) + ". The uses that close it");
            text.AppendLine("(`FeatureDependencyTests` fails on any use inside a cycle that is not listed in");
            text.AppendLine("`tests/CarePortal.Web.Tests/Features/known-feature-cycles.txt`):");
            text.AppendLine();
            foreach (var (from, to) in graph.CycleUses())
            {
                text.AppendLine($"- {from} -> {to}");
            }
        }

        text.AppendLine();
        text.AppendLine("| Feature | Uses | Types it names there |");
        text.AppendLine("|---|---|---|");
        foreach (var (feature, uses) in graph.Uses)
        {
            if (uses.Count == 0)
            {
                text.AppendLine($"| {feature} | (none) | |");
            }

            foreach (var (used, types) in uses)
            {
                text.AppendLine($"| {feature} | {used} | {string.Join(", ", types)} |");
            }
        }

        return text.ToString();
    }
}
