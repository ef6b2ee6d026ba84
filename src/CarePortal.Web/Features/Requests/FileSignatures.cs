namespace CarePortal.Web.Features.Requests;

/// <summary>What a file really is, from its first bytes; the name and the declared type are only claims.</summary>
public static class FileSignatures
{
    private static readonly (string ContentType, byte[] Magic, string[] Extensions)[] Known =
    [
        ("application/pdf", "%PDF-"u8.ToArray(), [".pdf"]),
        ("image/png", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A], [".png"]),
        ("image/jpeg", [0xFF, 0xD8, 0xFF], [".jpg", ".jpeg"]),
    ];

    public static string Accepted => "a PDF, PNG or JPEG file";

    /// <summary>The content type the bytes prove, when it agrees with the file's extension; otherwise null.</summary>
    public static string? Detect(ReadOnlySpan<byte> head, string fileName)
    {
        var extension = Path.GetExtension(fileName).ToLowerInvariant();
        foreach (var (contentType, magic, extensions) in Known)
        {
            if (head.StartsWith(magic) && extensions.Contains(extension))
            {
                return contentType;
            }
        }

        return null;
    }
}
