using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace CarePortal.Web.Features.Refusals;

/// <summary>
/// The API's one exception handler: a refusal becomes ProblemDetails with its status, type, title and sentence (and its
/// field errors); anything else becomes a 500 that says nothing of the inside. Pages are left to the HTML error page.
/// </summary>
public sealed class RefusalProblems : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (!Audience.WantsProblem(httpContext, httpContext.Features.Get<IExceptionHandlerFeature>()?.Endpoint))
        {
            return false;
        }

        if (exception is RefusedException refused)
        {
            await TypedResults.Problem(For(refused.Refusal)).ExecuteAsync(httpContext);
            return true;
        }

        // The exception handler middleware has logged it; the caller learns nothing of the inside.
        await TypedResults.Problem(For(Unexpected)).ExecuteAsync(httpContext);
        return true;
    }

    public static readonly Refusal Unexpected = new(StatusCodes.Status500InternalServerError, "Something went wrong",
        "CarePortal could not finish this; nothing was half-saved. Try again in a moment, and tell your administrator if it goes on.");

    public static ProblemDetails For(Refusal refusal)
    {
        var problem = refusal.Errors.Count > 0
            ? new HttpValidationProblemDetails(refusal.Errors.ToDictionary(e => e.Key, e => e.Value))
            : new ProblemDetails();
        problem.Status = refusal.Status;
        problem.Type = refusal.Type;
        problem.Title = refusal.Title;
        problem.Detail = refusal.Detail;
        foreach (var (key, value) in refusal.Extensions)
        {
            problem.Extensions[key] = value;
        }

        return problem;
    }
}
