using System.Text.Json;
using System.Text.Json.Serialization;

namespace CarePortal.Web.Features.PublicMap;

/// <summary>
/// The state's counties as SVG paths already projected, keyed by FIPS, and its ZIPs keyed to their county: data made once by
/// tools/map/build-county-map.mjs from the Census Bureau's boundaries (Data/LICENSE.md), embedded, read once.
/// </summary>
public sealed class CountyMap
{
    private const string ResourceName = "CarePortal.Web.PublicMap.counties-47.json";

    private static readonly JsonSerializerOptions Options = new() { PropertyNameCaseInsensitive = true };

    private readonly Dictionary<string, MapCounty> byName;

    private CountyMap(MapData data)
    {
        StateName = data.StateName;
        ViewBox = data.ViewBox;
        Counties = data.Counties;
        Zips = data.Zips;
        byName = data.Counties.ToDictionary(c => c.Name, StringComparer.OrdinalIgnoreCase);
    }

    public string StateName { get; }

    public string ViewBox { get; }

    public IReadOnlyList<MapCounty> Counties { get; }

    /// <summary>A ZIP to the FIPS code of the county that holds its internal point.</summary>
    public IReadOnlyDictionary<string, string> Zips { get; }

    /// <summary>The map's county an agency's county organisation names ("Knox County" or "Knox"); none for a county off the map.</summary>
    public MapCounty? Named(string organisationName)
    {
        var name = organisationName.Trim();
        name = name.EndsWith(" County", StringComparison.OrdinalIgnoreCase) ? name[..^" County".Length] : name;
        return byName.GetValueOrDefault(name);
    }

    public MapCounty? ByFips(string fips) => Counties.FirstOrDefault(c => c.Fips == fips);

    public static CountyMap Load()
    {
        using var stream = typeof(CountyMap).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"No embedded {ResourceName}.");
        var data = JsonSerializer.Deserialize<MapData>(stream, Options)
            ?? throw new InvalidOperationException($"{ResourceName} is empty.");
        return new CountyMap(data);
    }

    private sealed record MapData(
        string StateName, string ViewBox, IReadOnlyList<MapCounty> Counties, Dictionary<string, string> Zips,
        [property: JsonPropertyName("_about")] string? About);
}

/// <summary>One county of the map: its FIPS code, its Census name ("Knox") and its outline as SVG path data.</summary>
public sealed record MapCounty(string Fips, string Name, string Path);
