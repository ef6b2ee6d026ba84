using System.Text.Json;
using Xunit;

namespace CarePortal.Cli.Tests;

public sealed class JsonFormatTests
{
    [Fact]
    public void Json_is_one_object_with_verdict_approver_and_findings()
    {
        var (text, span) = Cli.Marked(ReviewTests.WithJargon);

        var run = Cli.Run(text, "review", "--need", "bed", "--format", "json");

        Assert.Equal(1, run.ExitCode);
        using var json = JsonDocument.Parse(run.Stdout);
        var root = json.RootElement;
        Assert.Equal(["verdict", "approver", "findings"], root.EnumerateObject().Select(p => p.Name));
        Assert.Contains(root.GetProperty("verdict").GetString(), new[] { "ready", "needs-changes", "needs-approval" });
        Assert.Contains(root.GetProperty("approver").GetString(), new[] { "none", "supervisor", "regional-manager" });
        var findings = root.GetProperty("findings").EnumerateArray().ToList();
        Assert.All(findings, f =>
        {
            Assert.Equal(["rule", "severity", "start", "length", "text", "message", "replacement"], f.EnumerateObject().Select(p => p.Name));
            Assert.Contains(f.GetProperty("severity").GetString(), new[] { "blocker", "warning", "suggestion" });
        });
        var jargon = Assert.Single(findings, f => f.GetProperty("rule").GetString() == "jargon");
        Assert.Equal(span.Start, jargon.GetProperty("start").GetInt32());
        Assert.Equal(span.Length, jargon.GetProperty("length").GetInt32());
        Assert.Equal("TTV", jargon.GetProperty("text").GetString());
    }

    [Fact]
    public void Json_for_a_clean_description_is_ready_with_no_findings()
    {
        var run = Cli.Run(ReviewTests.Clean, "review", "--need", "rent", "--format", "json");

        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Stdout);
        Assert.Equal("ready", json.RootElement.GetProperty("verdict").GetString());
        Assert.Equal("none", json.RootElement.GetProperty("approver").GetString());
        Assert.Equal(0, json.RootElement.GetProperty("findings").GetArrayLength());
    }
}
