using System.IO.Compression;

namespace CarePortal.Review.Text;

/// <summary>Reads the data files embedded in the assembly (plain or gzip-compressed text).</summary>
internal static class DataFiles
{
    public static Stream Open(string name)
    {
        var stream = typeof(DataFiles).Assembly.GetManifestResourceStream("CarePortal.Review.Data." + name)
            ?? throw new InvalidOperationException($"Embedded data file '{name}' is missing.");
        return name.EndsWith(".gz", StringComparison.Ordinal) ? new GZipStream(stream, CompressionMode.Decompress) : stream;
    }

    /// <summary>Non-empty lines that are not comments (#).</summary>
    public static IEnumerable<string> Lines(string name)
    {
        using var reader = new StreamReader(Open(name));
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0 && line[0] != '#')
            {
                yield return line;
            }
        }
    }

    public static string ReadAll(string name)
    {
        using var reader = new StreamReader(Open(name));
        return reader.ReadToEnd();
    }
}
