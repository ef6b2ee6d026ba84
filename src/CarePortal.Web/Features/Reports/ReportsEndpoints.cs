using System.Globalization;
using System.Security.Claims;
using System.Text;
using CarePortal.Web.Features.Requests;
using CarePortal.Web.Features.Site;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace CarePortal.Web.Features.Reports;

public static class ReportsEndpoints
{
    public static WebApplicationBuilder AddReports(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<ReportsOptions>().BindConfiguration("Reports")
            .Validate(o => o.UnclosedAfterDays is > 0 and <= 365 && o.UnclosedLimit is > 0 and <= 5000,
                "Reports:UnclosedAfterDays must be 1–365 and Reports:UnclosedLimit 1–5000.")
            .Validate(o => o.RollupInterval >= TimeSpan.FromSeconds(1) && o.RollupInterval <= TimeSpan.FromDays(1), "Reports:RollupInterval must be from 00:00:01 to 1.00:00:00.")
            .ValidateOnStart();
        builder.Services.AddScoped<ImpactReports>();
        builder.Services.AddScoped<ReportPlanner>();
        builder.Services.AddScoped<ReportRun>();
        builder.Services.AddScoped<ReportRollup>();
        if (builder.Configuration.GetValue($"Reports:{nameof(ReportsOptions.RollupInBackground)}", true))
        {
            builder.Services.AddHostedService<ReportRollupService>();
        }
        return builder;
    }

    public static WebApplication MapReports(this WebApplication app)
    {
        // The query is checked (400); a report is for the people who see reports (403), of organisations among theirs (404).
        var api = app.MapGroup("/api/reports").WithTags("Reports")
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status404NotFound);
        api.MapGet("/", Report).RequireAuthorization().ProducesProblem(StatusCodes.Status403Forbidden);
        api.MapGet("/csv/{table}", CsvFile).RequireAuthorization().Produces(StatusCodes.Status200OK, contentType: "text/csv")
            .AddOpenApiOperationTransformer(ReportTablesInOpenApi.NameThem)
            .ProducesProblem(StatusCodes.Status403Forbidden);
        api.MapGet("/public", Public).AllowAnonymous();
        return app;
    }

    /// <summary>The dashboard's figures for the person asking: theirs only.</summary>
    internal static async Task<Results<Ok<ImpactReport>, ValidationProblem>> Report(
        [AsParameters] ReportQuery query, ClaimsPrincipal user, ImpactReports reports, TimeProvider clock, CancellationToken ct)
    {
        var filter = query.Validate(Today(clock), out var errors);
        return filter is null ? TypedResults.ValidationProblem(errors) : TypedResults.Ok(await reports.BuildAsync(user, filter, ct));
    }

    /// <summary>One table of the dashboard as a CSV file.</summary>
    internal static async Task<Results<FileContentHttpResult, ValidationProblem, ProblemHttpResult>> CsvFile(
        string table, [AsParameters] ReportQuery query, ClaimsPrincipal user, ImpactReports reports, TimeProvider clock, CancellationToken ct)
    {
        var filter = query.Validate(Today(clock), out var errors);
        if (filter is null)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var tables = await reports.TablesAsync(user, filter, await reports.BuildAsync(user, filter, ct), ct);
        if (tables.SingleOrDefault(t => t.Name == table) is not { } found)
        {
            return TypedResults.Problem($"No table {table}: choose one of {string.Join(", ", tables.Select(t => t.Name))}.",
                statusCode: StatusCodes.Status404NotFound, title: "Not found");
        }

        var name = string.Create(CultureInfo.InvariantCulture, $"careportal-{found.Name}-{filter.From:yyyy-MM-dd}-{filter.To:yyyy-MM-dd}.csv");
        return TypedResults.File(Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(Csv.Write(found.Headers, found.Rows))).ToArray(), "text/csv; charset=utf-8", name);
    }

    /// <summary>Totals only (no request, no text) for the platform, an agency or an active church: what a church links to.</summary>
    internal static async Task<Results<Ok<PublicSummary>, ValidationProblem, ProblemHttpResult>> Public(
        [FromQuery] int? organisation, [FromQuery] string? from, [FromQuery] string? to, ImpactReports reports, TimeProvider clock, CancellationToken ct)
    {
        var filter = new ReportQuery { From = from, To = to }.Validate(Today(clock), out var errors);
        if (filter is null)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var summary = await reports.PublicAsync(organisation, filter.From, filter.To, ct);
        return summary is { } found
            ? TypedResults.Ok(PublicSummary.Of(found.Name, filter, found.Totals))
            : TypedResults.Problem("No agency or active church with this id.", statusCode: StatusCodes.Status404NotFound, title: "Not found");
    }

    public static DateOnly Today(TimeProvider clock) => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
}

/// <summary>What anyone may see: totals, never a request.</summary>
public sealed record PublicSummary(string Name, DateOnly From, DateOnly To, long ChildrenServed, decimal EconomicImpact, long RequestsMet, double? ShareMet)
{
    public static PublicSummary Of(string name, ReportFilter filter, Figures totals) =>
        new(name, filter.From, filter.To, totals.ChildrenServed, totals.EconomicImpact, totals.FullyMet + totals.PartlyMet, totals.ShareMet);
}
