using System.Globalization;
using System.Security.Cryptography;
using CarePortal.Web.Features.Requests;
using Microsoft.AspNetCore.DataProtection;

namespace CarePortal.Web.Features.Churches;

/// <summary>
/// The one-tap "Yes, I can help" of a church's email: a signed link naming the request, the church and the person it was
/// sent to, valid until the request is due (<see cref="MaxLifetime"/> at most). It only opens a page; the commitment is that
/// page's POST, so a mail scanner that follows links commits nothing. Once the church has answered, the link commits no more.
/// </summary>
public sealed class RespondLinks(IDataProtectionProvider protection, TimeProvider clock)
{
    public static readonly TimeSpan MaxLifetime = TimeSpan.FromDays(10);

    public const string PagePath = "/Churches/Yes";

    private readonly ITimeLimitedDataProtector protector =
        protection.CreateProtector("CarePortal.Churches.RespondLink.v1").ToTimeLimitedDataProtector();

    public string PathFor(CareRequest request, int churchId, string userId)
    {
        var now = clock.GetUtcNow();
        var expires = request.DueAt is { } due && due > now && due < now + MaxLifetime ? due : now + MaxLifetime;
        var payload = string.Join('|', request.Id.ToString(CultureInfo.InvariantCulture), churchId.ToString(CultureInfo.InvariantCulture), userId,
            expires.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture));
        // The protector holds the link to the longest lifetime on the system clock; the payload's expiry is checked on the injected one.
        var token = protector.Protect(payload, TimeProvider.System.GetUtcNow() + MaxLifetime);
        return $"{PagePath}?t={Uri.EscapeDataString(token)}";
    }

    /// <summary>What the link says; null when it is not one of ours (forged, cut short, or past the protector's lifetime).</summary>
    public RespondLink? Read(string? token)
    {
        if (string.IsNullOrEmpty(token) || token.Length > 2000)
        {
            return null;
        }

        string payload;
        try
        {
            payload = protector.Unprotect(token, out _);
        }
        catch (CryptographicException)
        {
            return null;
        }

        var parts = payload.Split('|');
        return parts.Length == 4 && int.TryParse(parts[0], CultureInfo.InvariantCulture, out var id) && int.TryParse(parts[1], CultureInfo.InvariantCulture, out var church)
            && long.TryParse(parts[3], CultureInfo.InvariantCulture, out var expires)
            ? new RespondLink(id, church, parts[2], DateTimeOffset.FromUnixTimeSeconds(expires), clock.GetUtcNow() >= DateTimeOffset.FromUnixTimeSeconds(expires))
            : null;
    }
}

public sealed record RespondLink(int RequestId, int ChurchId, string UserId, DateTimeOffset ExpiresAt, bool Expired);
