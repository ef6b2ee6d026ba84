using System.Text.Json;
using Xunit;

namespace CarePortal.Cli.Tests;

public sealed class ExecutableTests
{
    [Fact]
    public async Task The_built_tool_answers_two_jsonl_requests_over_stdin()
    {
        var ct = TestContext.Current.CancellationToken;
        using var process = Executable.Start("review", "--jsonl");
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

    [Fact]
    public async Task A_program_that_waits_for_each_reply_gets_it_before_sending_the_next_request()
    {
        var ct = TestContext.Current.CancellationToken;
        using var process = Executable.Start("review", "--jsonl");
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(TimeSpan.FromMinutes(1));

        foreach (var id in new[] { "first", "second", "third" })
        {
            await process.StandardInput.WriteLineAsync(JsonSerializer.Serialize(new { id, need = "rent", text = ReviewTests.Clean }).AsMemory(), ct);
            await process.StandardInput.FlushAsync(ct);
            // The stream stays open: the reply must come without more input or an end of input.
            var reply = await process.StandardOutput.ReadLineAsync(timeout.Token);
            Assert.Equal(id, JsonDocument.Parse(reply!).RootElement.GetProperty("id").GetString());
        }

        process.StandardInput.Close();
        await process.WaitForExitAsync(timeout.Token);
        Assert.Equal(0, process.ExitCode);
    }
}
