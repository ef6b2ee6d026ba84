using System.Globalization;
using System.Text.Json;

namespace CarePortal.Web.Tests.Features.Refusals.ApiFuzz;

/// <summary>One parameter of an operation, as the document declares it.</summary>
public sealed record ApiParameter(string Name, string In, bool Required, JsonElement Schema);

/// <summary>One operation of the app's OpenAPI document: what it takes and the answers it declares.</summary>
public sealed record ApiOperation(string Method, string Path, IReadOnlyList<ApiParameter> Parameters, string? BodyType, JsonElement? BodySchema, JsonElement Responses,
    IReadOnlyList<string> Tags)
{
    /// <summary>The statuses it declares, as numbers.</summary>
    public IReadOnlySet<int> Statuses => Responses.EnumerateObject().Select(r => int.TryParse(r.Name, CultureInfo.InvariantCulture, out var s) ? s : 0).ToHashSet();

    public override string ToString() => $"{Method.ToUpperInvariant()} {Path}";

    public bool Declares(int status) =>
        Responses.TryGetProperty(status.ToString(CultureInfo.InvariantCulture), out _) || Responses.TryGetProperty("default", out _);

    /// <summary>The schema declared for this status and media type, if any.</summary>
    public JsonElement? SchemaOf(int status, string mediaType) =>
        Responses.TryGetProperty(status.ToString(CultureInfo.InvariantCulture), out var response)
        && response.TryGetProperty("content", out var content) && content.TryGetProperty(mediaType, out var media)
        && media.TryGetProperty("schema", out var schema)
            ? schema
            : null;

    /// <summary>The media types declared for this status.</summary>
    public IEnumerable<string> MediaTypesOf(int status) =>
        Responses.TryGetProperty(status.ToString(CultureInfo.InvariantCulture), out var response) && response.TryGetProperty("content", out var content)
            ? content.EnumerateObject().Select(c => c.Name)
            : [];
}

/// <summary>The app's own OpenAPI document (<c>/openapi/v1.json</c>), read as the fuzzer needs it.</summary>
public sealed class ApiDocument(JsonElement root)
{
    private static readonly string[] Methods = ["get", "put", "post", "delete", "patch"];

    public IReadOnlyList<ApiOperation> Operations { get; } = [.. root.GetProperty("paths").EnumerateObject().SelectMany(path =>
        path.Value.EnumerateObject().Where(o => Methods.Contains(o.Name)).Select(o => Operation(path, o)))];

    /// <summary>The schema itself, following a <c>$ref</c> into the components.</summary>
    public JsonElement Resolve(JsonElement schema)
    {
        for (var hops = 0; hops < 10 && schema.ValueKind == JsonValueKind.Object && schema.TryGetProperty("$ref", out var reference); hops++)
        {
            var name = reference.GetString()!.Split('/')[^1];
            schema = root.GetProperty("components").GetProperty("schemas").GetProperty(name);
        }

        return schema;
    }

    private static ApiOperation Operation(JsonProperty path, JsonProperty operation)
    {
        IEnumerable<JsonElement> Declared(JsonElement element) =>
            element.TryGetProperty("parameters", out var list) ? list.EnumerateArray() : [];
        var parameters = Declared(path.Value).Concat(Declared(operation.Value))
            .Select(p => new ApiParameter(p.GetProperty("name").GetString()!, p.GetProperty("in").GetString()!,
                p.TryGetProperty("required", out var required) && required.GetBoolean(),
                p.TryGetProperty("schema", out var schema) ? schema : default))
            .ToList();
        string? bodyType = null;
        JsonElement? bodySchema = null;
        if (operation.Value.TryGetProperty("requestBody", out var body) && body.TryGetProperty("content", out var content))
        {
            var first = content.EnumerateObject().First();
            bodyType = first.Name;
            bodySchema = first.Value.TryGetProperty("schema", out var s) ? s : null;
        }

        IReadOnlyList<string> tags = operation.Value.TryGetProperty("tags", out var named) ? [.. named.EnumerateArray().Select(t => t.GetString()!)] : [];
        return new ApiOperation(operation.Name, path.Name, parameters, bodyType, bodySchema, operation.Value.GetProperty("responses"), tags);
    }
}
