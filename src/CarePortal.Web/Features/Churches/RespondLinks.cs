using System.Globalization;
using CarePortal.Web.Features.Requests;
using CarePortal.Web.Features.Security;

namespace CarePortal.Web.Features.Churches;

/// <summary>
/// The one-tap "Yes, I can help" of a church's email: a signed link naming the request, the church and the person it was
/// sent to, valid until the request is due (<see cref="MaxLifetime"/> at most). It only opens a page; the commitment is that
/// page's POST, so a mail scanner that follows links commits nothing. Once the church has answered, the link commits no more.
/// The token travels in the link's fragment (<see cref="SignedLinks"/>), never in a URL a server logs.
/// </summary>
public sealed class RespondLinks(SignedLinks signedLinks, TimeProvider clock)
{
    public static readonly TimeSpan MaxLifetime = TimeSpan.FromDays(10);

    public const string PagePath = "/Churches/Yes";

    private const string Purpose = "CarePortal.Churches.RespondLink.v1";

    public string PathFor(CareRequest request, int churchId, string userId)
    {
        var now = clock.GetUtcNow();
        var expires = request.DueAt is { } due && due > now && due < now + MaxLifetime ? due : now + MaxLifetime;
        return signedLinks.PathFor(PagePath, Purpose, MaxLifetime, [request.Id.ToString(CultureInfo.InvariantCulture), churchId.ToString(CultureInfo.InvariantCulture),
            userId, expires.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture)]);
    }

    /// <summary>What the link says; null when it is not one of ours (forged, cut short, or past the protector's lifetime).</summary>
    public RespondLink? Read(string? token)
    {
        var parts = signedLinks.Read(Purpose, token);
        return parts is { Length: 4 } && int.TryParse(parts[0], CultureInfo.InvariantCulture, out var id) && int.TryParse(parts[1], CultureInfo.InvariantCulture, out var church)
            && long.TryParse(parts[3], CultureInfo.InvariantCulture, out var expires)
            ? new RespondLink(id, church, parts[2], DateTimeOffset.FromUnixTimeSeconds(expires), clock.GetUtcNow() >= DateTimeOffset.FromUnixTimeSeconds(expires))
            : null;
    }
}

public sealed record RespondLink(int RequestId, int ChurchId, string UserId, DateTimeOffset ExpiresAt, bool Expired);
