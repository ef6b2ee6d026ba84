using System.Text.Json;

namespace CarePortal.Web.Tests.Features.Refusals.ApiFuzz;

/// <summary>
/// Where a JSON answer breaks the schema its operation declares: the wrong type, a required member missing, a value outside
/// its enum, an alternative that none of <c>oneOf</c>/<c>anyOf</c> matches (members the schema does not name are let be).
/// </summary>
public sealed class ResponseShape(ApiDocument document)
{
    private const int MaxDepth = 8;

    public IEnumerable<string> Violations(JsonElement value, JsonElement schema, string at = "$", int depth = 0)
    {
        schema = schema.ValueKind == JsonValueKind.Object ? document.Resolve(schema) : schema;
        if (depth > MaxDepth || schema.ValueKind != JsonValueKind.Object)
        {
            yield break;
        }

        foreach (var choice in new[] { "oneOf", "anyOf" })
        {
            if (schema.TryGetProperty(choice, out var alternatives)
                && !alternatives.EnumerateArray().Any(a => !Violations(value, a, at, depth + 1).Any()))
            {
                yield return $"{at}: {Short(value)} matches none of its {choice}";
                yield break;
            }
        }

        var types = Types(schema);
        if (types.Length > 0 && !types.Any(t => Matches(value, t)))
        {
            yield return $"{at}: {value.ValueKind} {Short(value)} where the schema says {string.Join('|', types)}";
            yield break;
        }

        if (schema.TryGetProperty("enum", out var known) && value.ValueKind != JsonValueKind.Null
            && !known.EnumerateArray().Any(k => k.GetRawText() == value.GetRawText()))
        {
            yield return $"{at}: {Short(value)} is not one of {known.GetRawText()}";
        }

        if (value.ValueKind == JsonValueKind.Object)
        {
            if (schema.TryGetProperty("required", out var required))
            {
                foreach (var name in required.EnumerateArray().Select(r => r.GetString()!).Where(n => !value.TryGetProperty(n, out _)))
                {
                    yield return $"{at}.{name}: required, missing";
                }
            }

            if (schema.TryGetProperty("properties", out var properties))
            {
                foreach (var property in properties.EnumerateObject())
                {
                    if (value.TryGetProperty(property.Name, out var member))
                    {
                        foreach (var violation in Violations(member, property.Value, $"{at}.{property.Name}", depth + 1))
                        {
                            yield return violation;
                        }
                    }
                }
            }
        }

        if (value.ValueKind == JsonValueKind.Array && schema.TryGetProperty("items", out var items))
        {
            foreach (var (item, index) in value.EnumerateArray().Take(20).Select((item, index) => (item, index)))
            {
                foreach (var violation in Violations(item, items, $"{at}[{index}]", depth + 1))
                {
                    yield return violation;
                }
            }
        }
    }

    private static string[] Types(JsonElement schema) =>
        !schema.TryGetProperty("type", out var type) ? []
        : type.ValueKind == JsonValueKind.Array ? [.. type.EnumerateArray().Select(t => t.GetString()!)]
        : [type.GetString()!];

    private static bool Matches(JsonElement value, string type) => (type, value.ValueKind) switch
    {
        ("object", JsonValueKind.Object) or ("array", JsonValueKind.Array) or ("string", JsonValueKind.String) => true,
        ("number", JsonValueKind.Number) or ("null", JsonValueKind.Null) => true,
        ("integer", JsonValueKind.Number) => value.TryGetInt64(out _),
        ("boolean", JsonValueKind.True or JsonValueKind.False) => true,
        _ => false,
    };

    private static string Short(JsonElement value)
    {
        var text = value.GetRawText();
        return text.Length > 60 ? text[..60] + "…" : text;
    }
}
