using Microsoft.AspNetCore.Diagnostics;

namespace CarePortal.Web.Features.Security;

/// <summary>
/// The framework's developer exception page (on by itself in Development, for any exception that gets past the app's own
/// handler) writes the request's headers and cookies into its answer: a bearer token or a sign-in cookie would come back in
/// the body. This answers such an exception as production does, with nothing of the request in it; the exception is still
/// logged (by the page's middleware, before this runs).
/// </summary>
public sealed class NoEchoedRequest : IDeveloperPageExceptionFilter
{
    public const string Sentence = "Something went wrong on our side and nothing was changed. Try again; if it happens again, tell us what you were doing.";

    public async Task HandleExceptionAsync(ErrorContext errorContext, Func<ErrorContext, Task> next)
    {
        var context = errorContext.HttpContext;
        if (context.Response.HasStarted)
        {
            return;
        }

        context.Response.Clear();
        if (context.Request.Path.StartsWithSegments("/api"))
        {
            await TypedResults.Problem(Sentence, statusCode: StatusCodes.Status500InternalServerError, title: "Server error").ExecuteAsync(context);
            return;
        }

        context.Response.StatusCode = StatusCodes.Status500InternalServerError;
        context.Response.ContentType = "text/plain; charset=utf-8";
        await context.Response.WriteAsync(Sentence, context.RequestAborted);
    }
}
