using System.Text.Json;
using CsCheck;

namespace CarePortal.Web.Tests.Features.Refusals.ApiFuzz;

/// <summary>
/// Inputs for an operation drawn from its own schemas: mostly the shape it asks for, filled with boundary and hostile values
/// (empty, huge, control and direction characters, lone surrogates, markup, impossible dates, numbers at and past their
/// limits, unknown enum values), and now and then the wrong type, a missing field or a body that is not JSON at all.
/// </summary>
public sealed class BadInputs(ApiDocument document)
{
    private const int MaxDepth = 4;

    private static readonly Gen<string> Text = Gen.OneOf<string>(
        Gen.OneOf("", " ", "a", "Winter coat", "\u0000", "\u0007", "\u001b[2J", "\u202Eevig ot", "\u2066x\u2069", "\uD800", "😀", "<script>alert(1)</script>",
            "' OR 1=1 --", "../../etc/passwd", "%00", "null", "37917", "37917\n", "-1", "1e400", "a@b", "caseworker@dcs.example"),
        Gen.Int[1, 9000].Select(n => new string('x', n)),
        Gen.Int[0, 0xFFFF].Select(i => (char)i).Array[0, 40].Select(chars => new string(chars)));

    private static readonly Gen<string> Integer = Gen.OneOf(
        "0", "1", "2", "3", "5", "8", "13", "-1", "2147483647", "-2147483648", "2147483648", "9223372036854775807", "99999999999999999999", "1.5", "1e3");

    private static readonly Gen<string> Number = Gen.OneOf("0", "0.5", "-1", "1", "45", "100000", "1e308", "-1e308", "1e400", "0.0000001");

    private static readonly Gen<string> Date = Gen.OneOf("2026-11-02", "2026-02-30", "1899-12-31", "9995-01-01", "0001-01-01", "", "tomorrow", "2026-11-02T25:00:00Z");

    private static readonly Gen<string> AnyJson = Gen.OneOf("null", "0", "-1", "true", "\"x\"", "[]", "{}", "[null]", "1e400", "\"" + new string('y', 20_000) + "\"");

    /// <summary>Bodies that are not what any endpoint reads: cut, trailing commas, nested past the reader's depth.</summary>
    private static readonly Gen<string> NotJson = Gen.OneOf("", "{", "[", "{\"a\":1,}", "nul", "\"unterminated", string.Concat(Enumerable.Repeat("[", 100)) + string.Concat(Enumerable.Repeat("]", 100)));

    /// <summary>A value for a path or query parameter, as it goes in the URL (not yet escaped): half the time one it lists, when it lists them.</summary>
    public Gen<string> Parameter(JsonElement schema)
    {
        var resolved = Resolve(schema);
        if (resolved.ValueKind == JsonValueKind.Object && resolved.TryGetProperty("enum", out var values))
        {
            string[] listed = [.. values.EnumerateArray().Select(v => v.ValueKind == JsonValueKind.String ? v.GetString()! : v.GetRawText())];
            return Gen.OneOf<string>(Gen.OneOf(listed), Text);
        }

        return Types(resolved).Contains("integer") ? Integer : Gen.OneOf<string>(Text, Integer, Date);
    }

    /// <summary>A JSON body for the schema.</summary>
    public Gen<string> Body(JsonElement? schema) => Rarely(Rarely(schema is { } s ? Json(s, 0) : AnyJson, AnyJson, 12), NotJson, 12);

    /// <summary>A multipart form's text fields and files (name, file name, bytes) for the schema.</summary>
    public Gen<(List<(string Name, string Value)> Fields, List<(string Name, string FileName, byte[] Bytes)> Files)> Form(JsonElement? schema)
    {
        var fields = Gen.Const(new List<(string, string)>());
        var files = Gen.Const(new List<(string, string, byte[])>());
        foreach (var (name, property) in Properties(schema))
        {
            if (property.TryGetProperty("format", out var format) && format.GetString() == "binary")
            {
                var file = Gen.Select(Gen.OneOf("bill.pdf", "lease.PDF", "photo.jpg", "a.exe", "../x.pdf", "bill\u202Efdp.exe", new string('n', 300) + ".pdf"),
                    Gen.OneOf<byte[]>(Gen.Byte.Array[0, 300], Gen.Const("%PDF-1.7\n1 0 obj << >> endobj\n%%EOF\n"u8.ToArray())), (fileName, bytes) => (fileName, bytes));
                files = Gen.Select(files, file, Gen.Bool, (list, f, keep) => keep ? [.. list, (name, f.fileName, f.bytes)] : list);
            }
            else
            {
                fields = Gen.Select(fields, Gen.OneOf<string>(Text, Integer, Gen.OneOf("Bill", "bill", "lease", "Lease", "other", "99")), Gen.Bool,
                    (list, v, keep) => keep ? [.. list, (name, v)] : list);
            }
        }

        return Gen.Select(fields, files, (f, g) => (f, g));
    }

    private Gen<string> Json(JsonElement schema, int depth)
    {
        schema = Resolve(schema);
        if (depth > MaxDepth || schema.ValueKind != JsonValueKind.Object)
        {
            return AnyJson;
        }

        if (schema.TryGetProperty("enum", out var values))
        {
            string[] known = [.. values.EnumerateArray().Select(v => v.GetRawText()), "\"NotOneOfThem\"", "99"];
            return Gen.OneOf<string>(known);
        }

        foreach (var choice in new[] { "oneOf", "anyOf" })
        {
            if (schema.TryGetProperty(choice, out var alternatives))
            {
                IGen<string>[] each = [.. alternatives.EnumerateArray().Select(a => Json(a, depth + 1))];
                return Gen.OneOf<string>(each);
            }
        }

        var options = new List<IGen<string>>();
        foreach (var type in Types(schema))
        {
            options.Add(type switch
            {
                "object" => Object(schema, depth),
                "array" => (schema.TryGetProperty("items", out var items) ? Json(items, depth + 1) : AnyJson).Array[0, 4].Select(a => "[" + string.Join(',', a) + "]"),
                "string" when Format(schema) is "date" or "date-time" => Date.Select(Quoted),
                "string" => Text.Select(Quoted),
                "integer" => Integer,
                "number" => Number,
                "boolean" => Gen.OneOf("true", "false"),
                "null" => Gen.Const("null"),
                _ => AnyJson,
            });
        }

        var right = options.Count == 0 ? (schema.TryGetProperty("properties", out _) ? Object(schema, depth) : AnyJson) : Gen.OneOf<string>([.. options]);
        return Rarely(right, AnyJson, 10);
    }

    private Gen<string> Object(JsonElement schema, int depth)
    {
        var members = Gen.Const(new List<string>());
        foreach (var (name, property) in Properties(schema))
        {
            var member = Json(property, depth + 1).Select(v => JsonSerializer.Serialize(name) + ":" + v);
            members = Gen.Select(members, member, Gen.Int[0, 9], (list, m, roll) => roll == 0 ? list : [.. list, m]);
        }

        return members.Select(list => "{" + string.Join(',', list) + "}");
    }

    private IEnumerable<(string Name, JsonElement Schema)> Properties(JsonElement? schema) =>
        schema is { } s && Resolve(s) is { ValueKind: JsonValueKind.Object } resolved && resolved.TryGetProperty("properties", out var properties)
            ? properties.EnumerateObject().Select(p => (p.Name, p.Value))
            : [];

    private JsonElement Resolve(JsonElement schema) => schema.ValueKind == JsonValueKind.Object ? document.Resolve(schema) : schema;

    private static string? Format(JsonElement schema) => schema.TryGetProperty("format", out var format) ? format.GetString() : null;

    private static string[] Types(JsonElement schema) =>
        schema.ValueKind != JsonValueKind.Object || !schema.TryGetProperty("type", out var type) ? []
        : type.ValueKind == JsonValueKind.Array ? [.. type.EnumerateArray().Select(t => t.GetString()!)]
        : [type.GetString()!];

    private static string Quoted(string text) => JsonSerializer.Serialize(text);

    /// <summary><paramref name="usual"/>, and once in <paramref name="oneIn"/> draws <paramref name="rare"/>.</summary>
    private static Gen<T> Rarely<T>(Gen<T> usual, Gen<T> rare, int oneIn) => Gen.Int[1, oneIn].SelectMany(i => i == 1 ? (IGen<T>)rare : usual);
}
