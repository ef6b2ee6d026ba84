using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using CarePortal.Review;

namespace CarePortal.Cli;

/// <summary>
/// The JSON the tool writes: camelCase names, enums as lowercase words ("blocker", "needs-changes"). Source-generated,
/// so that the first reply does not wait for the serializer to inspect the types.
/// </summary>
internal static class JsonShapes
{
    public static JsonShapesContext Compact { get; } = Create(indented: false);

    public static JsonShapesContext Indented { get; } = Create(indented: true);

    private static JsonShapesContext Create(bool indented) => new(new JsonSerializerOptions
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Converters = { new KebabCaseEnum<Severity>(), new KebabCaseEnum<Verdict>(), new KebabCaseEnum<Approver>() },
        // Output goes to a terminal or a program, never into HTML: keep apostrophes and accents readable.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        WriteIndented = indented,
    });
}

[JsonSerializable(typeof(JsonReview))]
internal sealed partial class JsonShapesContext : JsonSerializerContext;

internal sealed class KebabCaseEnum<T>() : JsonStringEnumConverter<T>(JsonNamingPolicy.KebabCaseLower)
    where T : struct, Enum;

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
