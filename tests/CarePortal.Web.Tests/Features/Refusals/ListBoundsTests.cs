using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using CarePortal.Web.Tests.Features.Refusals.ApiFuzz;
using Xunit;

namespace CarePortal.Web.Tests.Features.Refusals;

/// <summary>
/// Every list an API input takes is bounded in count (issue #17 item 8): the OpenAPI document says how many items it takes
/// (<c>maxItems</c>), and one more is refused with 400 and a sentence at its field that names the bound, before the action
/// runs. Without a bound, a caller sends a million ids in one body and the action checks each.
/// </summary>
public sealed class ListBoundsTests(SqliteApp app) : IClassFixture<SqliteApp>
{
    [Fact]
    public async Task Every_list_in_an_input_declares_its_bound_and_one_more_is_refused_at_its_field()
    {
        var document = new ApiDocument(JsonDocument.Parse(await app.CreateClient().GetStringAsync(new Uri("/openapi/v1.json", UriKind.Relative))).RootElement);
        var admin = await app.ClientForAsync(DemoPeople.PlatformAdmin);
        var lists = document.Operations.Where(o => o.BodyType == "application/json" && o.BodySchema is not null)
            .SelectMany(o => Properties(document, o.BodySchema!.Value).Where(p => IsArray(document, p.Schema)).Select(p => (Operation: o, p.Name, Schema: document.Resolve(p.Schema))))
            .ToList();
        var findings = new List<string>();

        foreach (var (operation, name, schema) in lists)
        {
            if (!schema.TryGetProperty("maxItems", out var bound))
            {
                findings.Add($"{operation} {name}: no maxItems");
                continue;
            }

            var max = bound.GetInt32();
            var item = schema.TryGetProperty("items", out var items) ? Sample(document, items) : "1";
            var body = "{" + JsonSerializer.Serialize(name) + ":[" + string.Join(',', Enumerable.Repeat(item, max + 1)) + "]}";
            using var request = new HttpRequestMessage(new HttpMethod(operation.Method.ToUpperInvariant()), new Uri(Path(operation), UriKind.Relative))
            {
                Content = new StringContent(body, Encoding.UTF8, "application/json"),
            };
            using var answer = await admin.SendAsync(request);
            var text = await answer.Content.ReadAsStringAsync();
            var said = answer.StatusCode == HttpStatusCode.BadRequest ? MessagesAt(text, name) : [];
            if (!said.Any(m => m.Contains(max.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)))
            {
                findings.Add($"{operation} {name}: {max + 1} items answered {(int)answer.StatusCode} {text[..Math.Min(text.Length, 300)]}");
            }
        }

        Assert.True(lists.Count >= 10, $"Only {lists.Count} lists found in the inputs: is the document read right?");
        Assert.True(findings.Count == 0, string.Join(Environment.NewLine, findings));
    }

    private static string Path(ApiOperation operation) =>
        operation.Parameters.Where(p => p.In == "path").Aggregate(operation.Path, (path, p) => path.Replace("{" + p.Name + "}", "1", StringComparison.Ordinal));

    /// <summary>The field's messages in a ValidationProblem (its key as the framework or the action writes it).</summary>
    private static List<string> MessagesAt(string body, string field)
    {
        using var json = JsonDocument.Parse(body);
        return json.RootElement.TryGetProperty("errors", out var errors)
            ? [.. errors.EnumerateObject().Where(e => string.Equals(e.Name, field, StringComparison.OrdinalIgnoreCase))
                .SelectMany(e => e.Value.EnumerateArray().Select(m => m.GetString() ?? ""))]
            : [];
    }

    private static IEnumerable<(string Name, JsonElement Schema)> Properties(ApiDocument document, JsonElement schema) =>
        document.Resolve(schema) is { ValueKind: JsonValueKind.Object } resolved && resolved.TryGetProperty("properties", out var properties)
            ? properties.EnumerateObject().Select(p => (p.Name, p.Value))
            : [];

    private static bool IsArray(ApiDocument document, JsonElement schema) =>
        document.Resolve(schema) is { ValueKind: JsonValueKind.Object } resolved && resolved.TryGetProperty("type", out var type)
        && (type.ValueKind == JsonValueKind.Array ? type.EnumerateArray().Any(t => t.GetString() == "array") : type.GetString() == "array");

    /// <summary>One item of the list's type: its value does not matter, only how many there are.</summary>
    private static string Sample(ApiDocument document, JsonElement items)
    {
        var resolved = document.Resolve(items);
        var type = resolved.ValueKind == JsonValueKind.Object && resolved.TryGetProperty("type", out var t)
            ? (t.ValueKind == JsonValueKind.Array ? t.EnumerateArray().Select(x => x.GetString()).First(x => x != "null") : t.GetString())
            : "object";
        return type switch
        {
            "integer" or "number" => "1",
            "string" => "\"clothing\"",
            _ => "{}",
        };
    }
}
