using Microsoft.Extensions.Options;

namespace CarePortal.Web.Features.Security;

/// <summary>
/// Adds the CSP, frame, content-type and referrer headers to every answer, also error pages (set when the answer starts,
/// after the exception handler has cleared the headers). HSTS is the framework's own (<c>UseHsts</c>, outside Development).
/// </summary>
public sealed class SecurityHeaders(RequestDelegate next, IOptions<SecurityHeadersOptions> options)
{
    public Task InvokeAsync(HttpContext context)
    {
        context.Response.OnStarting(() =>
        {
            var settings = options.Value;
            var headers = context.Response.Headers;
            headers.ContentSecurityPolicy = context.Request.Path.StartsWithSegments("/api/reference")
                ? settings.ApiReferenceContentSecurityPolicy
                : settings.ContentSecurityPolicy;
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            // A page that opens a secret link sets a stricter policy itself (no-referrer); it is kept.
            if (!headers.ContainsKey("Referrer-Policy"))
            {
                headers["Referrer-Policy"] = settings.ReferrerPolicy;
            }
            return Task.CompletedTask;
        });
        return next(context);
    }
}
