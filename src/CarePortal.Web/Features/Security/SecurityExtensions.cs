using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.HttpsPolicy;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace CarePortal.Web.Features.Security;

/// <summary>Headers (CSP, HSTS, frames, sniffing), rate limits and antiforgery for API forms; settings in docs/security.md.</summary>
public static class SecurityExtensions
{
    public static WebApplicationBuilder AddSecurity(this WebApplicationBuilder builder)
    {
        KeyProtection.ProtectKeys(builder);
        // ASP.NET Core's own switch believes X-Forwarded-* from any sender, so any client could claim another address.
        if (builder.Configuration.GetValue<bool>("ForwardedHeaders_Enabled"))
        {
            throw new InvalidOperationException("ASPNETCORE_FORWARDEDHEADERS_ENABLED believes forwarded headers from anyone: name the proxy in Proxy:KnownProxies instead (docs/security.md).");
        }

        builder.Services.AddOptions<ProxyOptions>().BindConfiguration(ProxyOptions.Section)
            .Validate(o => o.IsValid, "Every Proxy:KnownProxies entry must be an IP address.").ValidateOnStart();
        builder.Services.AddOptions<ForwardedHeadersOptions>().Configure<IOptions<ProxyOptions>>((options, proxy) =>
        {
            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            options.ForwardLimit = 1;
            options.KnownIPNetworks.Clear();
            options.KnownProxies.Clear();
            foreach (var address in proxy.Value.Addresses)
            {
                options.KnownProxies.Add(address);
            }
        });
        builder.Services.AddOptions<SecurityHeadersOptions>().BindConfiguration(SecurityHeadersOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddOptions<RateLimitOptions>().BindConfiguration(RateLimitOptions.Section)
            .Validate(o => o.IsValid, "Every RateLimits entry needs a PermitLimit above 0 and a Window above 0.").ValidateOnStart();
        builder.Services.AddSingleton<Microsoft.AspNetCore.Diagnostics.IDeveloperPageExceptionFilter, NoEchoedRequest>();
        builder.Services.AddSingleton<SignedLinks>();
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

    /// <summary>First in the pipeline, so static files and error pages carry the headers too (and see the client as the proxy tells).</summary>
    public static WebApplication UseSecurityHeaders(this WebApplication app)
    {
        // The client's address and scheme from the proxy alone (Proxy:KnownProxies), before anything reads them.
        app.UseForwardedHeaders();
        app.UseMiddleware<SecurityHeaders>();
        return app;
    }

    /// <summary>After authentication: limits are per person when signed in.</summary>
    public static WebApplication UseRequestLimits(this WebApplication app)
    {
        app.UseRateLimiter();
        app.UseMiddleware<ApiPostsNeedAntiforgery>();
        return app;
    }
}
