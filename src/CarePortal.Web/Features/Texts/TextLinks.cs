using System.Security.Cryptography;
using System.Text;
using CarePortal.Web.Data;
using CarePortal.Web.Features.Notifications;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;

namespace CarePortal.Web.Features.Texts;

/// <summary>
/// The short links of texts: <c>https://site/t/{signature}/Churches/Request/12</c>, the page's own path after twelve letters of
/// an HMAC of it under <see cref="TextOptions.LinkKey"/>. <c>/t/…</c> opens only a path we signed (no open door to any page
/// by a link that looks like ours); the page itself still asks for sign-in and checks who may see it.
/// </summary>
public sealed class TextLinks(IOptions<TextOptions> options, IOptions<MailOptions> mail, DataPaths paths)
{
    public const string Prefix = "/t/";

    private const int SignatureBytes = 9;

    private readonly Lazy<byte[]> key = new(() => KeyOf(options.Value.LinkKey ?? "") ?? KeptKey(Path.Combine(paths.DataDirectory, "keys", "text-links.key")));

    /// <summary>The full short link to <paramref name="path"/> (site-relative, starting with '/').</summary>
    public string For(string path) => mail.Value.SiteUrl.TrimEnd('/') + Prefix + Sign(path) + path;

    /// <summary>The path a short link opens, or null when its signature is not ours.</summary>
    public string? Open(string signature, string path)
    {
        if (signature.Length != 12 || !path.StartsWith('/') || path.StartsWith("//", StringComparison.Ordinal) || path.Length > 300)
        {
            return null;
        }

        var expected = Encoding.ASCII.GetBytes(Sign(path));
        return CryptographicOperations.FixedTimeEquals(expected, Encoding.ASCII.GetBytes(signature)) ? path : null;
    }

    private string Sign(string path) =>
        WebEncoders.Base64UrlEncode(HMACSHA256.HashData(key.Value, Encoding.UTF8.GetBytes(path)).AsSpan(0, SignatureBytes));

    /// <summary>The key in a setting: base64 of 32 bytes or more; null otherwise.</summary>
    public static byte[]? KeyOf(string base64)
    {
        var bytes = new byte[base64.Length];
        return Convert.TryFromBase64String(base64, bytes, out var length) && length >= 32 ? bytes[..length] : null;
    }

    /// <summary>One machine without a configured key: a random key made once and kept beside the data-protection keys.</summary>
    private static byte[] KeptKey(string file)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        try
        {
            using var created = new FileStream(file, FileMode.CreateNew, FileAccess.Write);
            var fresh = RandomNumberGenerator.GetBytes(32);
            created.Write(fresh);
            return fresh;
        }
        catch (IOException) when (File.Exists(file))
        {
            return File.ReadAllBytes(file);
        }
    }
}

public static class TextLinkEndpoints
{
    public static IEndpointRouteBuilder MapTextLinks(this IEndpointRouteBuilder app)
    {
        app.MapGet(TextLinks.Prefix + "{signature}/{**path}", (string signature, string? path, HttpRequest request, TextLinks links) =>
            links.Open(signature, "/" + path + request.QueryString.Value) is { } opened
                ? Results.LocalRedirect(opened)
                : Results.Problem("This link is not one of ours, or it was copied only in part.", statusCode: StatusCodes.Status404NotFound))
            .AllowAnonymous().ExcludeFromDescription();
        return app;
    }
}
