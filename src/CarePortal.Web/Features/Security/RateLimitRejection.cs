using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace CarePortal.Web.Features.Security;

/// <summary>429 with Retry-After and a sentence saying when to try again: ProblemDetails for the API, plain text for pages.</summary>
public static class RateLimitRejection
{
    public static async ValueTask WriteAsync(OnRejectedContext rejected, CancellationToken cancellationToken)
    {
        var context = rejected.HttpContext;
        var wait = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? retryAfter : TimeSpan.FromMinutes(1);
        var seconds = Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds));
        context.Response.StatusCode = StatusCodes.Status429TooManyRequests;
        context.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        var what = context.Request.Path.StartsWithSegments("/Accounts/Login", StringComparison.OrdinalIgnoreCase)
            ? "Too many sign-in attempts from this address"
            : "Too many requests";
        var detail = $"{what}. Try again in {seconds} seconds.";
        if (context.Request.Path.StartsWithSegments("/api"))
        {
            await TypedResults.Problem(detail, statusCode: StatusCodes.Status429TooManyRequests, title: "Too many requests").ExecuteAsync(context);
            return;
        }

        context.Response.ContentType = "text/plain; charset=utf-8";
        await context.Response.WriteAsync(detail, cancellationToken);
    }
}
