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

        await TypedResults.Problem(For(RefusalOf(exception))).ExecuteAsync(httpContext);
        return true;
    }

    /// <summary>A refusal as it was said; a request the framework could not read (bad JSON) as its 400; anything else as a 500.</summary>
    public static Refusal RefusalOf(Exception exception) => exception switch
    {
        RefusedException refused => refused.Refusal,
        BadHttpRequestException unreadable => StatusRefusals.For(unreadable.StatusCode),
        _ => Unexpected,
    };

    public static readonly Refusal Unexpected = new(StatusCodes.Status500InternalServerError, "Something went wrong",
        "CarePortal could not finish this. Try again in a moment, and tell your administrator if it goes on.");

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
