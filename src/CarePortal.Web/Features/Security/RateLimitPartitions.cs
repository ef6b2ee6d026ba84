using System.Threading.RateLimiting;
using CarePortal.Web.Features.Accounts;

namespace CarePortal.Web.Features.Security;

/// <summary>
/// Which limit a request counts against, and whose: sign-in posts and anonymous forms that send email by client address; /api/review and the rest of /api by
/// person, or by address when anonymous. Pages and static files are not limited.
/// </summary>
public static class RateLimitPartitions
{
    public static RateLimitPartition<string> For(HttpContext context, RateLimitOptions options)
    {
        var request = context.Request;
        if (!options.Enabled)
        {
            return RateLimitPartition.GetNoLimiter("off");
        }

        if (HttpMethods.IsPost(request.Method) && request.Path.StartsWithSegments("/Accounts/Login", StringComparison.OrdinalIgnoreCase))
        {
            return Window("sign-in:" + Address(context), options.SignIn);
        }

        if (SendsEmail(request) && context.User.Identity?.IsAuthenticated != true)
        {
            return Window("email-forms:" + Address(context), options.EmailForms);
        }

        if (request.Path.StartsWithSegments("/api/review", StringComparison.OrdinalIgnoreCase))
        {
            return Window("review:" + Caller(context), options.Review);
        }

        if (request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase)
            && !request.Path.StartsWithSegments("/api/reference", StringComparison.OrdinalIgnoreCase))
        {
            return Window("api:" + Caller(context), options.Api);
        }

        return RateLimitPartition.GetNoLimiter("pages");
    }

    /// <summary>The anonymous forms that make CarePortal write to an address someone typed.</summary>
    private static bool SendsEmail(HttpRequest request) =>
        HttpMethods.IsPost(request.Method)
        && (request.Path.Equals("/api/churches/applications", StringComparison.OrdinalIgnoreCase)
            || request.Path.Equals("/Churches/Apply", StringComparison.OrdinalIgnoreCase)
            || request.Path.Equals("/api/champions/registrations", StringComparison.OrdinalIgnoreCase)
            || request.Path.Equals("/Champions/Register", StringComparison.OrdinalIgnoreCase)
            || (request.Path.Equals("/Training", StringComparison.OrdinalIgnoreCase) && string.Equals(request.Query["handler"], "Email", StringComparison.OrdinalIgnoreCase)));

    private static RateLimitPartition<string> Window(string key, RateLimit limit) =>
        RateLimitPartition.GetFixedWindowLimiter(key, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = limit.PermitLimit,
            Window = limit.Window,
            QueueLimit = 0,
        });

    private static string Caller(HttpContext context) =>
        context.User.Identity?.IsAuthenticated == true ? "user:" + context.User.UserId() : Address(context);

    /// <summary>Behind nginx this is the client's address only when forwarded headers are on (docs/security.md).</summary>
    private static string Address(HttpContext context) => "ip:" + (context.Connection.RemoteIpAddress?.ToString() ?? "unknown");
}
