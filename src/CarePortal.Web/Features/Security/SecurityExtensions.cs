using Microsoft.AspNetCore.HttpsPolicy;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace CarePortal.Web.Features.Security;

/// <summary>Headers (CSP, HSTS, frames, sniffing), rate limits and antiforgery for API forms; settings in docs/security.md.</summary>
public static class SecurityExtensions
{
    public static WebApplicationBuilder AddSecurity(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<SecurityHeadersOptions>().BindConfiguration(SecurityHeadersOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddOptions<RateLimitOptions>().BindConfiguration(RateLimitOptions.Section)
            .Validate(o => o.IsValid, "Every RateLimits entry needs a PermitLimit above 0 and a Window above 0.").ValidateOnStart();
        builder.Services.AddHsts(options =>
        {
            options.MaxAge = TimeSpan.FromDays(365);
            options.IncludeSubDomains = true;
        });
        builder.Services.Configure<HstsOptions>(builder.Configuration.GetSection("Hsts"));
        builder.Services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.OnRejected = RateLimitRejection.WriteAsync;
        });
        builder.Services.AddOptions<RateLimiterOptions>().Configure<IOptions<RateLimitOptions>>((options, limits) =>
            options.GlobalLimiter = System.Threading.RateLimiting.PartitionedRateLimiter.Create<HttpContext, string>(
                context => RateLimitPartitions.For(context, limits.Value)));
        return builder;
    }

    /// <summary>First in the pipeline, so static files and error pages carry the headers too.</summary>
    public static WebApplication UseSecurityHeaders(this WebApplication app)
    {
        app.UseMiddleware<SecurityHeaders>();
        return app;
    }

    /// <summary>After authentication: limits are per person when signed in.</summary>
    public static WebApplication UseRequestLimits(this WebApplication app)
    {
        app.UseRateLimiter();
        app.UseMiddleware<ApiFormsNeedAntiforgery>();
        return app;
    }
}
