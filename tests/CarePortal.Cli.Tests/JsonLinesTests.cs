using System.Text.Json;
using Xunit;

namespace CarePortal.Cli.Tests;

public sealed class JsonLinesTests
{
    private static string Request(string id, string need, string text) =>
        JsonSerializer.Serialize(new { id, need, text });

    [Fact]
    public void Every_input_line_gets_exactly_one_reply_line_even_when_malformed()
    {
        var (text, span) = Cli.Marked(ReviewTests.WithJargon);
        var stdin = string.Join("\n",
            Request("a", "bed", text),
            "{this is not json",
            Request("c", "pony", text),
            """{"id": 4, "need": "rent"}""",
            Request("e", "rent", ReviewTests.Clean)) + "\n";

        var run = Cli.Run(stdin, "review", "--jsonl");

        Assert.Equal(0, run.ExitCode);
        var replies = run.StdoutLines.Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal(5, replies.Count);

        Assert.Equal("a", replies[0].GetProperty("id").GetString());
        var jargon = Assert.Single(replies[0].GetProperty("findings").EnumerateArray(), f => f.GetProperty("rule").GetString() == "jargon");
        Assert.Equal(["rule", "severity", "start", "length", "message", "replacement"], jargon.EnumerateObject().Select(p => p.Name));
        Assert.Equal(span.Start, jargon.GetProperty("start").GetInt32());
        Assert.Equal(span.Length, jargon.GetProperty("length").GetInt32());

        Assert.Equal(JsonValueKind.Null, replies[1].GetProperty("id").ValueKind);
        Assert.StartsWith("line 2 is not valid JSON: unexpected text at character 2, near \"{this is not json\"", replies[1].GetProperty("error").GetString(), StringComparison.Ordinal);

        Assert.Equal("c", replies[2].GetProperty("id").GetString());
        Assert.StartsWith("line 3: unknown need 'pony'; known needs: ", replies[2].GetProperty("error").GetString(), StringComparison.Ordinal);
        Assert.False(replies[2].TryGetProperty("findings", out _));

        Assert.Equal(4, replies[3].GetProperty("id").GetInt32());
        Assert.StartsWith("line 4: \"text\" is missing", replies[3].GetProperty("error").GetString(), StringComparison.Ordinal);

        Assert.Equal("e", replies[4].GetProperty("id").GetString());
        Assert.Equal(0, replies[4].GetProperty("findings").GetArrayLength());
    }

    [Fact]
    public void Blank_lines_are_not_requests()
    {
        var run = Cli.Run("\n   \n" + Request("only", "rent", ReviewTests.Clean) + "\n\n", "review", "--jsonl");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("""{"id":"only","findings":[]}""", Assert.Single(run.StdoutLines));
    }

    [Fact]
    public void A_line_that_is_json_but_not_an_object_gets_an_error()
    {
        var run = Cli.Run("[1, 2]\n", "review", "--jsonl");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("""{"id":null,"error":"line 1 is an array, not a request: each line is one JSON object {\"id\", \"need\", \"text\"}"}""", Assert.Single(run.StdoutLines));
    }

    [Theory]
    [InlineData("""{"id": "a", "need": 7, "text": "Mom needs a bed."}""", "line 1: \"need\" must be a string, not a number")]
    [InlineData("""{"id": "a", "need": "bed", "text": null}""", "line 1: \"text\" must be a string, not null")]
    [InlineData("""{"id": "a", "need": "bed", "text": ["Mom"]}""", "line 1: \"text\" must be a string, not an array")]
    [InlineData("""{"id": "a", "text": "Mom needs a bed."}""", "line 1: \"need\" is missing; each line is one JSON object {\"id\", \"need\", \"text\"}")]
    [InlineData("""{"id": "a", "need": "bed", "text": "Mom needs""", "line 1 is not valid JSON: the line ends before the JSON does (a missing quote, brace or bracket?); each line is one JSON object {\"id\", \"need\", \"text\"}")]
    [InlineData("\"a bed\"", "line 1 is a string, not a request: each line is one JSON object {\"id\", \"need\", \"text\"}")]
    public void An_error_says_in_words_which_line_and_field_is_wrong(string line, string error)
    {
        var run = Cli.Run(line + "\n", "review", "--jsonl");

        Assert.Equal(0, run.ExitCode);
        var reply = JsonDocument.Parse(Assert.Single(run.StdoutLines)).RootElement;
        Assert.Equal(error, reply.GetProperty("error").GetString());
        Assert.DoesNotContain("LineNumber", reply.GetProperty("error").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Line_numbers_count_blank_lines_and_the_lines_after_an_error_are_reviewed()
    {
        var stdin = "\n" + Request("ok-1", "rent", ReviewTests.Clean) + "\n\n{\"id\": \"bad\"\n" + Request("ok-2", "rent", ReviewTests.Clean) + "\n";

        var run = Cli.Run(stdin, "review", "--jsonl");

        var replies = run.StdoutLines.Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal(3, replies.Count);
        Assert.Equal(0, replies[0].GetProperty("findings").GetArrayLength());
        Assert.StartsWith("line 4 is not valid JSON", replies[1].GetProperty("error").GetString(), StringComparison.Ordinal);
        Assert.Equal("ok-2", replies[2].GetProperty("id").GetString());
        Assert.Equal(0, replies[2].GetProperty("findings").GetArrayLength());
    }
}
