using System.Diagnostics;
using System.Text.Json;
using Xunit;

namespace CarePortal.Cli.Tests;

public sealed class ExecutableTests
{
    [Fact]
    public async Task The_built_tool_answers_two_jsonl_requests_over_stdin()
    {
        var ct = TestContext.Current.CancellationToken;
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            ArgumentList = { Path.Combine(AppContext.BaseDirectory, "careportal.dll"), "review", "--jsonl" },
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync(ct);
        var stderr = process.StandardError.ReadToEndAsync(ct);

        await process.StandardInput.WriteLineAsync(JsonSerializer.Serialize(new { id = "one", need = "rent", text = ReviewTests.Clean }).AsMemory(), ct);
        await process.StandardInput.WriteLineAsync(JsonSerializer.Serialize(new { id = "two", need = "bed", text = "After the TTV Mom asked for a twin bed." }).AsMemory(), ct);
        process.StandardInput.Close();
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(TimeSpan.FromMinutes(1));
        await process.WaitForExitAsync(timeout.Token);

        Assert.True(process.ExitCode == 0, await stderr);
        var replies = (await stdout).TrimEnd().Split('\n').Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal(["one", "two"], replies.Select(r => r.GetProperty("id").GetString()));
        Assert.Equal(0, replies[0].GetProperty("findings").GetArrayLength());
        Assert.Contains(replies[1].GetProperty("findings").EnumerateArray(), f => f.GetProperty("rule").GetString() == "jargon");
    }
}
