using System.Collections.Concurrent;
using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;

namespace CarePortal.Web.Features.Security;

/// <summary>
/// The signed, expiring tokens of emailed links that act for a person (an approver's decision, a church's one-tap yes). A link
/// keeps its token in the fragment, which browsers never send, so no server, proxy log or Referer sees it; the page posts it
/// (<see cref="SecretLinkCookie"/>). Each kind of link signs its fields under its own purpose and reads them back.
/// </summary>
public sealed class SignedLinks(IDataProtectionProvider protection)
{
    /// <summary>Longer than any link's token: a longer one is not ours and is not worth unprotecting.</summary>
    public const int MaxTokenLength = 2000;

    /// <summary>The site-relative link: the page, then the token in the fragment.</summary>
    public string PathFor(string pagePath, string purpose, TimeSpan maxLifetime, IEnumerable<string> fields) =>
        $"{pagePath}#{Sign(purpose, maxLifetime, fields)}";

    /// <summary>
    /// The token alone. The protector holds it to <paramref name="maxLifetime"/> on the system clock; a link's own expiry, a
    /// field, is checked by its reader on the injected clock.
    /// </summary>
    public string Sign(string purpose, TimeSpan maxLifetime, IEnumerable<string> fields) =>
        Protector(purpose).Protect(string.Join('|', fields), TimeProvider.System.GetUtcNow() + maxLifetime);

    /// <summary>The fields signed under <paramref name="purpose"/>; null for a token that is not ours (forged, cut short, too old).</summary>
    public string[]? Read(string purpose, string? token)
    {
        if (string.IsNullOrEmpty(token) || token.Length > MaxTokenLength)
        {
            return null;
        }

        try
        {
            return Protector(purpose).Unprotect(token, out _).Split('|');
        }
        catch (CryptographicException)
        {
            return null;
        }
    }

    private readonly ConcurrentDictionary<string, ITimeLimitedDataProtector> protectors = new();

    private ITimeLimitedDataProtector Protector(string purpose) =>
        protectors.GetOrAdd(purpose, p => protection.CreateProtector(p).ToTimeLimitedDataProtector());
}
