using CarePortal.Web.Data;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace CarePortal.Web.Features.Health;

/// <summary>
/// What a load balancer and a supervisor ask, through the framework's health checks: <c>/health/live</c> (the process
/// answers: restart it when it does not), <c>/health/ready</c> (it can serve: the database answers; send it traffic only
/// then). <c>/health</c> is the same as ready.
/// </summary>
public static class HealthEndpoints
{
    /// <summary>A database slower than this counts as not answering, so that a probe never hangs on a dead server.</summary>
    public static readonly TimeSpan DatabaseTimeout = TimeSpan.FromSeconds(3);

    private const string Ready = "ready";

    public static WebApplicationBuilder AddHealth(this WebApplicationBuilder builder)
    {
        builder.Services.AddHealthChecks().AddDbContextCheck<AppDbContext>("database", HealthStatus.Unhealthy, [Ready]);
        builder.Services.Configure<HealthCheckServiceOptions>(options =>
        {
            foreach (var check in options.Registrations.Where(r => r.Tags.Contains(Ready)))
            {
                check.Timeout = DatabaseTimeout;
            }
        });
        return builder;
    }

    public static WebApplication MapHealth(this WebApplication app)
    {
        var ready = new HealthCheckOptions { Predicate = check => check.Tags.Contains(Ready), ResponseWriter = ReadyAnswer };
        app.MapHealthChecks("/health", ready).AllowAnonymous();
        app.MapHealthChecks("/health/ready", ready).AllowAnonymous();
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false, ResponseWriter = (context, _) => TypedResults.Ok("alive").ExecuteAsync(context) })
            .AllowAnonymous();
        return app;
    }

    /// <summary>200 <c>"ready"</c> when the database answers within <see cref="DatabaseTimeout"/>, 503 ProblemDetails when it does not.</summary>
    private static Task ReadyAnswer(HttpContext context, HealthReport report) => report.Status == HealthStatus.Healthy
        ? TypedResults.Ok(Ready).ExecuteAsync(context)
        : TypedResults.Problem("The database does not answer.", statusCode: StatusCodes.Status503ServiceUnavailable, title: "Not ready").ExecuteAsync(context);
}
