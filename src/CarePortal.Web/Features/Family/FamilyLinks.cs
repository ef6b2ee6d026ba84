using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.WebUtilities;

namespace CarePortal.Web.Features.Family;

/// <summary>
/// The one-time link of a family: <c>/Family/Answer?culture=es#token</c>. The token is 32 random bytes kept only as its hash,
/// so a copy of the database opens no link; it travels in the fragment, which browsers never send, so no server or proxy
/// log sees it (the page posts it: <c>Security.SecretLinkCookie</c>).
/// </summary>
public static class FamilyLinks
{
    public const string PagePath = "/Family/Answer";

    /// <summary>Longer than any token of ours: not worth hashing.</summary>
    public const int MaxTokenLength = 100;

    public static string NewToken() => WebEncoders.Base64UrlEncode(RandomNumberGenerator.GetBytes(32));

    public static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.ASCII.GetBytes(token)));

    public static string PathFor(string token, string language) => $"{PagePath}?culture={language}#{token}";
}
