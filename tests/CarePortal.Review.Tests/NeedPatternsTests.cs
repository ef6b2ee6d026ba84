using System.Text.Json;
using CarePortal.Review.Text;
using Xunit;

namespace CarePortal.Review.Tests;

public sealed class NeedPatternsTests
{
    [Fact]
    public void Every_pattern_of_the_built_in_need_templates_is_source_generated_and_no_other()
    {
        var inTemplates = new SortedSet<string>(StringComparer.Ordinal);
        using var file = JsonDocument.Parse(DataFiles.ReadAll("need-templates.json"));
        foreach (var need in file.RootElement.GetProperty("needs").EnumerateArray())
        {
            foreach (var check in need.TryGetProperty("checks", out var checks) && checks.ValueKind == JsonValueKind.Array ? checks.EnumerateArray() : default)
            {
                foreach (var list in new[] { "when", "require", "ignore" })
                {
                    if (check.TryGetProperty(list, out var patterns) && patterns.ValueKind == JsonValueKind.Array)
                    {
                        inTemplates.UnionWith(patterns.EnumerateArray().Select(p => p.GetString()!));
                    }
                }
            }
        }

        var generated = new SortedSet<string>(NeedPatterns.Patterns, StringComparer.Ordinal);
        Assert.True(inTemplates.SetEquals(generated),
            "NeedPatterns.cs must list exactly the patterns of Data/need-templates.json. Missing there: "
            + string.Join(" | ", inTemplates.Except(generated)) + ". Not in the templates: " + string.Join(" | ", generated.Except(inTemplates)));
    }

    [Fact]
    public void A_built_in_pattern_runs_source_generated_and_an_agency_pattern_interpreted()
    {
        var builtIn = NeedPatterns.Patterns.First();
        Assert.NotNull(NeedPatterns.Find(builtIn, NeedPatterns.Options, TimeSpan.FromMilliseconds(NeedPatterns.TimeoutMs)));
        Assert.Null(NeedPatterns.Find(@"\bbunk beds?\b", NeedPatterns.Options, TimeSpan.FromMilliseconds(NeedPatterns.TimeoutMs)));
        Assert.True(new TieredRegex(@"\bbunk beds?\b", NeedPatterns.Options, TimeSpan.FromMilliseconds(NeedPatterns.TimeoutMs)).IsMatch("they need bunk beds"));
    }
}
