using Microsoft.Extensions.Compliance.Classification;
using Microsoft.Extensions.Compliance.Redaction;
using Npgsql;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace CarePortal.Web.Features.Observability;

/// <summary>
/// Logs with private and contact data erased, OpenTelemetry metrics and traces (ASP.NET Core, HttpClient, Npgsql, EF Core's
/// meter, CarePortal's own counters), exported over OTLP only when OTEL_EXPORTER_OTLP_ENDPOINT is set. Settings: docs/security.md.
/// </summary>
public static class ObservabilityExtensions
{
    public static WebApplicationBuilder AddObservability(this WebApplicationBuilder builder)
    {
        builder.Services.AddRedaction(redaction =>
        {
            redaction.SetRedactor<ErasingRedactor>(new DataClassificationSet(CarePortalData.Private), new DataClassificationSet(CarePortalData.Contact));
            redaction.SetFallbackRedactor<ErasingRedactor>();
        });
        builder.Logging.EnableRedaction();

        builder.Services.AddSingleton<CarePortalMetrics>();

        var telemetry = builder.Services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService(builder.Configuration["OTEL_SERVICE_NAME"] is { Length: > 0 } name ? name : "careportal"))
            .WithMetrics(metrics => metrics
                .AddAspNetCoreInstrumentation()
                .AddHttpClientInstrumentation()
                .AddNpgsqlInstrumentation()
                .AddMeter("Microsoft.EntityFrameworkCore")
                .AddMeter(CarePortalMetrics.MeterName));
        if (!string.IsNullOrWhiteSpace(builder.Configuration["OTEL_EXPORTER_OTLP_ENDPOINT"]))
        {
            // Spans only when they go somewhere: unexported, every request and PostgreSQL command still built a span.
            telemetry.WithTracing(tracing => tracing
                    .AddAspNetCoreInstrumentation(options => options.Filter = context => !context.Request.Path.StartsWithSegments("/health"))
                    .AddHttpClientInstrumentation()
                    .AddNpgsql())
                .UseOtlpExporter();
        }

        return builder;
    }
}
