using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OpenApi;

namespace CarePortal.Web.Features.Refusals;

/// <summary>
/// Refusals travel one way: thrown as <see cref="RefusedException"/>, answered by <see cref="RefusalProblems"/> for the
/// API and by <see cref="RefusalPageFilter"/> and the error page for people. docs/refusals.md tells the whole path.
/// </summary>
public static class RefusalsExtensions
{
    public static WebApplicationBuilder AddRefusals(this WebApplicationBuilder builder)
    {
        builder.Services.AddProblemDetails(options => options.CustomizeProblemDetails = context =>
        {
            // The framework's own problems (validation, an unknown API address) get CarePortal's problem types too.
            var problem = context.ProblemDetails;
            if (problem is HttpValidationProblemDetails validation && validation.Errors.Keys.Any(k => k.Length > 0 && char.IsUpper(k[0])))
            {
                // Field names as the API's JSON spells them (need, not Need), as a refusal's own errors are.
                var errors = validation.Errors.ToDictionary(e => System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(e.Key), e => e.Value);
                validation.Errors.Clear();
                foreach (var (field, messages) in errors)
                {
                    validation.Errors[field] = messages;
                }
            }

            if (problem.Type is null || !problem.Type.StartsWith(Refusal.TypePrefix, StringComparison.Ordinal))
            {
                var known = problem is HttpValidationProblemDetails ? Refusal.InvalidInputTemplate : StatusRefusals.For(problem.Status ?? context.HttpContext.Response.StatusCode);
                problem.Type = known.Type;
                problem.Title = problem.Title is null || problem.Title.StartsWith("One or more validation", StringComparison.Ordinal) ? known.Title : problem.Title;
                problem.Detail ??= known.Detail;
            }
        });
        // Field checks are attributes on the input records: the API's endpoints check them before their handler runs.
        builder.Services.AddValidation();
        builder.Services.AddExceptionHandler<RefusalProblems>();
        builder.Services.Configure<OpenApiOptions>("v1", options => options.AddOperationTransformer(RefusalsInOpenApi.Declare));
        builder.Services.Configure<RazorPagesOptions>(options => options.Conventions.ConfigureFilter(new RefusalPageFilter()));
        return builder;
    }

    /// <summary>Exceptions and bare statuses: ProblemDetails under /api, the HTML error page (with a way back) for everything else.</summary>
    public static WebApplication UseRefusals(this WebApplication app)
    {
        app.UseExceptionHandler(new ExceptionHandlerOptions
        {
            ExceptionHandlingPath = "/Error",
            StatusCodeSelector = exception => RefusalProblems.RefusalOf(exception).Status,
            SuppressDiagnosticsCallback = context => context.Exception is RefusedException or BadHttpRequestException,
        });
        // The page is re-executed on the app itself (a branch would have no routing); the API's ProblemDetails, written
        // first by the inner branch, leave it nothing to do.
        app.UseStatusCodePagesWithReExecute("/Error/{0}");
        app.UseWhen(context => context.Request.Path.StartsWithSegments("/api"), api => api.UseStatusCodePages());
        return app;
    }
}
