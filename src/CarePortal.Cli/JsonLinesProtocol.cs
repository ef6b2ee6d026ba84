using System.Text.Json;
using CarePortal.Review;

namespace CarePortal.Cli;

/// <summary>
/// <c>review --jsonl</c>: one {"id","need","text"} request per input line, exactly one reply line per request,
/// flushed at once. A bad line gets an {"id","error"} reply and the run goes on.
/// </summary>
internal sealed class JsonLinesProtocol(Reviewer reviewer, int maxTextLength)
{
    public int Run(TextReader input, TextWriter output, TextWriter error)
    {
        while (true)
        {
            string? line;
            try
            {
                line = input.ReadLine();
            }
            catch (IOException ex)
            {
                error.WriteLine($"careportal: cannot read standard input: {ex.Message.ReplaceLineEndings(" ")}");
                return CliApp.Failure;
            }
            if (line is null)
                return CliApp.Success;
            if (string.IsNullOrWhiteSpace(line))
                continue;

            output.WriteLine(JsonSerializer.Serialize(Answer(line), JsonShapes.Compact));
            output.Flush();
        }
    }

    private JsonLinesReply Answer(string line)
    {
        JsonElement? id = null;
        try
        {
            using var document = JsonDocument.Parse(line);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
                return Error(id, "a request must be a JSON object {\"id\",\"need\",\"text\"}");
            if (root.TryGetProperty("id", out var idElement))
                id = idElement.Clone();
            if (StringProperty(root, "need") is not { } need)
                return Error(id, "\"need\" is missing or not a string");
            if (StringProperty(root, "text") is not { } text)
                return Error(id, "\"text\" is missing or not a string");
            if (InputCheck.Problem(reviewer, maxTextLength, text, need) is { } problem)
                return Error(id, problem);

            var findings = reviewer.Review(text, need).Findings;
            return new(id, [.. findings.Select(f => JsonFinding.From(f, withText: false))], null);
        }
        catch (JsonException ex)
        {
            return Error(id, $"not valid JSON: {ex.Message}");
        }
        catch (ArgumentException ex)
        {
            return Error(id, ex.Message);
        }
    }

    private static string? StringProperty(JsonElement obj, string name) =>
        obj.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static JsonLinesReply Error(JsonElement? id, string message) => new(id, null, message);
}
