using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using CarePortal.Review;

namespace CarePortal.Cli;

/// <summary>The JSON the tool writes: camelCase names, enums as lowercase words ("blocker", "needs-changes").</summary>
internal static class JsonShapes
{
    public static JsonSerializerOptions Compact { get; } = Create(indented: false);

    public static JsonSerializerOptions Indented { get; } = Create(indented: true);

    private static JsonSerializerOptions Create(bool indented) => new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower) },
        // Output goes to a terminal or a program, never into HTML: keep apostrophes and accents readable.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        WriteIndented = indented,
    };
}

internal sealed record JsonFinding(
    string Rule,
    Severity Severity,
    int Start,
    int Length,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Text,
    string Message,
    string? Replacement)
{
    public static JsonFinding From(Finding f, bool withText) =>
        new(f.Rule, f.Severity, f.Span.Start, f.Span.Length, withText ? f.Text : null, f.Message, f.Replacement);
}

internal sealed record JsonReview(Verdict Verdict, Approver Approver, IReadOnlyList<JsonFinding> Findings);

internal sealed record JsonLinesReply(
    JsonElement? Id,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<JsonFinding>? Findings,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Error);
