using System.Text;
using System.Text.Json;
using CarePortal.Review;

namespace CarePortal.Cli;

/// <summary>
/// <c>review --jsonl</c>: one {"id","need","text"} request per input line, exactly one reply line per request, in
/// order, each flushed before the next line is read (a program may write one request and wait for its answer).
/// A bad line gets an {"id","error"} reply saying in words what is wrong with it, and the run goes on.
/// </summary>
internal sealed class JsonLinesProtocol(Reviewer reviewer, int maxTextLength)
{
    private const string Shape = "each line is one JSON object {\"id\", \"need\", \"text\"}";

    public int Run(TextReader input, TextWriter output, TextWriter error)
    {
        using var replies = new JsonLinesReplyWriter();
        for (var lineNumber = 1; ; lineNumber++)
        {
            string? line;
            try
            {
                line = input.ReadLine();
            }
            catch (IOException ex)
            {
                output.Flush();
                error.WriteLine($"careportal: cannot read standard input: {ex.Message.ReplaceLineEndings(" ")}");
                return CliApp.Failure;
            }
            if (line is null)
            {
                output.Flush();
                return CliApp.Success;
            }
            if (string.IsNullOrWhiteSpace(line))
                continue;
            replies.WriteLine(Answer(line, lineNumber, error), output);
            output.Flush();
        }
    }

    private JsonLinesReply Answer(string line, int lineNumber, TextWriter error)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(line);
        }
        catch (JsonException ex)
        {
            return Error(null, $"line {lineNumber} is not valid JSON: {WhereInvalid(line, ex)}; {Shape}");
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
                return Error(null, $"line {lineNumber} is {Kind(root)}, not a request: {Shape}");
            JsonElement? id = root.TryGetProperty("id", out var idElement) ? idElement.Clone() : null;
            if (Field(root, "need", out var need) is { } needProblem)
                return Error(id, $"line {lineNumber}: {needProblem}");
            if (Field(root, "text", out var text) is { } textProblem)
                return Error(id, $"line {lineNumber}: {textProblem}");
            if (InputCheck.Problem(reviewer, maxTextLength, text, need) is { } problem)
                return Error(id, $"line {lineNumber}: {problem}");
            if (Items(root, out var items) is { } itemsProblem)
                return Error(id, $"line {lineNumber}: {itemsProblem}");

            try
            {
                var findings = reviewer.Review(new ReviewRequest(text, need, items)).Findings;
                return new(id, findings, null);
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                // One request that trips the reviewer must not lose the requests after it.
                error.WriteLine($"careportal: line {lineNumber}: the reviewer failed: {ex.GetType().Name}: {ex.Message.ReplaceLineEndings(" ")}");
                return Error(id, $"line {lineNumber}: the reviewer failed on this request ({ex.GetType().Name}); the other lines are reviewed");
            }
        }
    }

    /// <summary>Null when <paramref name="name"/> is a string (then in <paramref name="value"/>), else what is wrong.</summary>
    private static string? Field(JsonElement request, string name, out string value)
    {
        value = "";
        if (!request.TryGetProperty(name, out var field))
            return $"\"{name}\" is missing; {Shape}";
        if (field.ValueKind != JsonValueKind.String)
            return $"\"{name}\" must be a string, not {Kind(field)}";
        value = field.GetString()!;
        return null;
    }

    /// <summary>Null when "items" is absent or an array of strings (then in <paramref name="items"/>), else what is wrong.</summary>
    private static string? Items(JsonElement request, out List<string>? items)
    {
        items = null;
        if (!request.TryGetProperty("items", out var field) || field.ValueKind == JsonValueKind.Null)
            return null;
        if (field.ValueKind != JsonValueKind.Array)
            return $"\"items\" must be an array of strings (the items the request asks for), not {Kind(field)}";
        items = [];
        foreach (var item in field.EnumerateArray())
        {
            if (item.ValueKind != JsonValueKind.String)
                return $"\"items\" must hold strings only, not {Kind(item)}";
            items.Add(item.GetString()!);
        }
        return null;
    }

    private static string Kind(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => $"{element.GetRawText()}",
        _ => "null",
    };

    /// <summary>"at character 2, near "{this is no"" or "it ends before the JSON does": where, in the line's own characters.</summary>
    private static string WhereInvalid(string line, JsonException ex)
    {
        var bytes = Encoding.UTF8.GetBytes(line);
        var position = (int)Math.Clamp(ex.BytePositionInLine ?? bytes.Length, 0, bytes.Length);
        var column = Encoding.UTF8.GetCharCount(bytes, 0, position);
        if (column >= line.TrimEnd().Length)
            return "the line ends before the JSON does (a missing quote, brace or bracket?)";
        var from = Math.Max(0, column - 10);
        return $"unexpected text at character {column + 1}, near \"{line.Substring(from, Math.Min(line.Length - from, 20))}\"";
    }

    private static JsonLinesReply Error(JsonElement? id, string message) => new(id, null, message);
}
