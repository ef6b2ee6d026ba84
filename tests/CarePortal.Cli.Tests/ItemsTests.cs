using System.Text.Json;
using Xunit;

namespace CarePortal.Cli.Tests;

/// <summary>Children's ages are judged by what the request asks for: <c>--items</c>, "items" in --jsonl, or an "Items:" section.</summary>
public sealed class ItemsTests
{
    private const string Text = "Mom is working hard and just started a new job. Her 7-year-old and 9-year-old sleep on the floor.";

    [Fact]
    public void Ages_are_flagged_in_a_furniture_request_until_the_items_are_bunk_beds_for_the_children()
    {
        var without = Cli.Run(Text, "review", "--need", "furniture");
        var with = Cli.Run(Text, "review", "--need", "furniture", "--items", "bunk beds", "--items", "two mattresses");

        Assert.Contains("child-details-unneeded", without.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("child-details-unneeded", with.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void An_items_section_in_the_text_counts_as_asked_for()
    {
        var run = Cli.Run(Text + "\n\nItems:\n\nBunk beds\n\nTwo mattresses", "review", "--need", "furniture");

        Assert.DoesNotContain("child-details-unneeded", run.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Jsonl_takes_items_per_line_and_says_when_they_are_not_strings()
    {
        var lines = string.Join('\n',
            JsonSerializer.Serialize(new { id = 1, need = "furniture", text = Text }),
            JsonSerializer.Serialize(new { id = 2, need = "furniture", text = Text, items = new[] { "bunk beds" } }),
            JsonSerializer.Serialize(new { id = 3, need = "furniture", text = Text, items = "bunk beds" }));

        var replies = Cli.Run(lines, "review", "--jsonl").StdoutLines.Select(l => JsonDocument.Parse(l).RootElement).ToList();

        static bool Flags(JsonElement reply) => reply.GetProperty("findings").EnumerateArray().Any(f => f.GetProperty("rule").GetString() == "child-details-unneeded");
        Assert.True(Flags(replies[0]));
        Assert.False(Flags(replies[1]));
        Assert.Equal("line 3: \"items\" must be an array of strings (the items the request asks for), not a string", replies[2].GetProperty("error").GetString());
    }
}
