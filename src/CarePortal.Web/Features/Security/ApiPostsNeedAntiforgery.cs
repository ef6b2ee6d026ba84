using Microsoft.AspNetCore.Antiforgery;

namespace CarePortal.Web.Features.Security;

/// <summary>
/// A browser sends the person's cookie with a post from another site: a form (multipart, urlencoded, plain text), or a
/// body-less POST such as <c>/api/churches/{id}/pause</c>. So every /api call that changes something and is signed by the
/// cookie must carry the antiforgery token (header <c>RequestVerificationToken</c> or form field), as pages do; so must an
/// anonymous form post. Agency systems with a bearer token are not affected.
/// </summary>
public sealed class ApiPostsNeedAntiforgery(RequestDelegate next, IAntiforgery antiforgery)
{
    public async Task InvokeAsync(HttpContext context)
    {
        var request = context.Request;
        if (request.Path.StartsWithSegments("/api")
            && !HttpMethods.IsGet(request.Method) && !HttpMethods.IsHead(request.Method) && !HttpMethods.IsOptions(request.Method) && !HttpMethods.IsTrace(request.Method)
            && !request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.Ordinal)
            && (context.User.Identity?.IsAuthenticated == true || IsFormLike(request.ContentType))
            && !await IsValidAsync(context))
        {
            await TypedResults.Problem("Send this from CarePortal's own page (the antiforgery token is missing or wrong), or call the API with a bearer token.",
                statusCode: StatusCodes.Status400BadRequest, title: "Antiforgery token missing").ExecuteAsync(context);
            return;
        }

        await next(context);
    }

    /// <summary>A form that cannot be read (a broken multipart body) carries no token it could show: refused as such, not a 500.</summary>
    private async Task<bool> IsValidAsync(HttpContext context)
    {
        try
        {
            return await antiforgery.IsRequestValidAsync(context);
        }
        catch (AntiforgeryValidationException)
        {
            return false;
        }
    }

    private static bool IsFormLike(string? contentType) =>
        contentType is not null
        && (contentType.StartsWith("multipart/form-data", StringComparison.OrdinalIgnoreCase)
            || contentType.StartsWith("application/x-www-form-urlencoded", StringComparison.OrdinalIgnoreCase)
            || contentType.StartsWith("text/plain", StringComparison.OrdinalIgnoreCase));
}
