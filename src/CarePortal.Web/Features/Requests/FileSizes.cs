using System.Globalization;

namespace CarePortal.Web.Features.Requests;

/// <summary>A size as people read it: MB from one megabyte up, KB from one kilobyte, else bytes (a 64 KB limit is not "0 MB").</summary>
public static class FileSizes
{
    private const long Kilobyte = 1024;
    private const long Megabyte = 1024 * Kilobyte;

    public static string Describe(long bytes) => bytes switch
    {
        >= Megabyte => string.Create(CultureInfo.InvariantCulture, $"{bytes / (double)Megabyte:0.#} MB"),
        >= Kilobyte => string.Create(CultureInfo.InvariantCulture, $"{bytes / (double)Kilobyte:0.#} KB"),
        1 => "1 byte",
        _ => string.Create(CultureInfo.InvariantCulture, $"{bytes} bytes"),
    };
}
