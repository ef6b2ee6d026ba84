using System.Collections.Frozen;
using System.Globalization;
using System.IO.Compression;

namespace CarePortal.Web.Features.Churches;

/// <summary>
/// Where each US ZIP code lies: the Census Bureau's ZCTA internal points (docs/routing.md), embedded and read on first use.
/// </summary>
public static class ZipCentroids
{
    private const string ResourceName = "CarePortal.Web.Churches.zip-centroids.csv.gz";

    private static readonly Lazy<FrozenDictionary<int, GeoPoint>> Table = new(Load, LazyThreadSafetyMode.ExecutionAndPublication);

    public static int Count => Table.Value.Count;

    /// <summary>The centroid of a ZIP written as five digits or ZIP+4 (<c>37203</c>, <c>37203-1234</c>); false for anything else or an unknown ZIP.</summary>
    public static bool TryGet(string? zip, out GeoPoint point)
    {
        point = default;
        return TryParse(zip, out var key) && Table.Value.TryGetValue(key, out point);
    }

    /// <summary>Reads the five-digit ZIP of <c>NNNNN</c> or <c>NNNNN-NNNN</c>, ignoring surrounding spaces.</summary>
    public static bool TryParse(string? zip, out int zip5)
    {
        zip5 = 0;
        var text = zip.AsSpan().Trim();
        if (text.Length == 10 && text[5] == '-' && AllAsciiDigits(text[6..]))
        {
            text = text[..5];
        }

        if (text.Length != 5 || !AllAsciiDigits(text))
        {
            return false;
        }

        zip5 = int.Parse(text, NumberStyles.None, CultureInfo.InvariantCulture);
        return true;
    }

    private static bool AllAsciiDigits(ReadOnlySpan<char> text) => !text.IsEmpty && !text.ContainsAnyExceptInRange('0', '9');

    private static FrozenDictionary<int, GeoPoint> Load()
    {
        using var stream = typeof(ZipCentroids).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"Embedded data file '{ResourceName}' is missing.");
        using var reader = new StreamReader(new GZipStream(stream, CompressionMode.Decompress));
        var table = new Dictionary<int, GeoPoint>(34_000);
        while (reader.ReadLine() is { } line)
        {
            var row = line.AsSpan();
            if (row.IsEmpty || row[0] == '#' || row.StartsWith("zip,"))
            {
                continue;
            }

            var comma1 = row.IndexOf(',');
            var rest = row[(comma1 + 1)..];
            var comma2 = rest.IndexOf(',');
            if (comma1 != 5 || comma2 < 0)
            {
                throw new InvalidDataException($"Bad ZIP centroid row '{line}'.");
            }

            table[int.Parse(row[..5], NumberStyles.None, CultureInfo.InvariantCulture)] = new GeoPoint(
                double.Parse(rest[..comma2], NumberStyles.Float, CultureInfo.InvariantCulture),
                double.Parse(rest[(comma2 + 1)..], NumberStyles.Float, CultureInfo.InvariantCulture));
        }

        return table.ToFrozenDictionary();
    }
}
