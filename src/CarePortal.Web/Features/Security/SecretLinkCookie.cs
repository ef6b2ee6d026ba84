namespace CarePortal.Web.Features.Security;

/// <summary>
/// How a page opened by a secret link (<see cref="SignedLinks"/>) holds its token without putting it in a URL: the page's
/// script posts the fragment's token, the page keeps it in a short-lived cookie for its own path and redirects to its plain
/// address, which survives a sign-in on the way. Every answer of such a page says <c>Referrer-Policy: no-referrer</c>.
/// </summary>
public static class SecretLinkCookie
{
    public const string Name = "CarePortal.Link";

    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(30);

    /// <summary>Keeps the token for the page at <paramref name="pagePath"/>; a token too long to be ours is dropped.</summary>
    public static void Keep(HttpContext context, string pagePath, string? token)
    {
        NoReferrer(context);
        if (string.IsNullOrEmpty(token) || token.Length > SignedLinks.MaxTokenLength)
        {
            return;
        }

        context.Response.Cookies.Append(Name, token, new CookieOptions
        {
            Path = pagePath,
            HttpOnly = true,
            Secure = context.Request.IsHttps,
            SameSite = SameSiteMode.Strict,
            MaxAge = Lifetime,
            IsEssential = true,
        });
    }

    /// <summary>The token this page holds, if any.</summary>
    public static string? Read(HttpContext context)
    {
        NoReferrer(context);
        return context.Request.Cookies[Name];
    }

    /// <summary>
    /// A link sent before tokens moved to the fragment carries it in the query (<c>?t=</c>): kept as if posted, so the
    /// caller can redirect to the plain address at once. False when the query has none.
    /// </summary>
    public static bool KeepFromQuery(HttpContext context, string pagePath)
    {
        if (!context.Request.Query.TryGetValue("t", out var token))
        {
            return false;
        }

        Keep(context, pagePath, token.ToString());
        return true;
    }

    public static void NoReferrer(HttpContext context) => context.Response.Headers["Referrer-Policy"] = "no-referrer";
}
