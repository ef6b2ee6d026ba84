using System.Text.Json;
using CarePortal.Review;

namespace CarePortal.Cli;

/// <summary><c>review --format json</c>: one object with the verdict, the approver and every finding.</summary>
internal static class JsonFormatter
{
    public static void Write(TextWriter output, ReviewResult result)
    {
        var review = new JsonReview(result.Verdict, result.Approver, [.. result.Findings.Select(f => JsonFinding.From(f, withText: true))]);
        output.WriteLine(JsonSerializer.Serialize(review, JsonShapes.Indented.JsonReview));
    }
}
