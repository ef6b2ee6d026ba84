using System.Text.Json;
using System.Text.Json.Serialization;

namespace CarePortal.Web.Tests;

public static class Json
{
    /// <summary>The API's JSON: camelCase names, enums as kebab-case words.</summary>
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower, allowIntegerValues: false) },
    };
}
