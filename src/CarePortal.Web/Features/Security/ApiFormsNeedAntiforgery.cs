using Microsoft.AspNetCore.Antiforgery;

namespace CarePortal.Web.Features.Security;

/// <summary>
/// A browser can post a form (multipart, urlencoded, plain text) across sites with the person's cookie; JSON it cannot
/// without CORS. So an /api form post that is not authenticated by a bearer token must carry the antiforgery token, as
/// pages do. Agency systems with a bearer token are not affected.
/// </summary>
public sealed class ApiFormsNeedAntiforgery(RequestDelegate next, IAntiforgery antiforgery)
{
    public async Task InvokeAsync(HttpContext context)
    {
        var request = context.Request;
        if (request.Path.StartsWithSegments("/api")
            && !HttpMethods.IsGet(request.Method) && !HttpMethods.IsHead(request.Method) && !HttpMethods.IsOptions(request.Method)
            && IsFormLike(request.ContentType)
            && !request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.Ordinal)
            && !await antiforgery.IsRequestValidAsync(context))
        {
            await TypedResults.Problem("Post this form from CarePortal's own page (the antiforgery token is missing or wrong), or call the API with a bearer token.",
                statusCode: StatusCodes.Status400BadRequest, title: "Antiforgery token missing").ExecuteAsync(context);
            return;
        }

        await next(context);
    }

    private static bool IsFormLike(string? contentType) =>
        contentType is not null
        && (contentType.StartsWith("multipart/form-data", StringComparison.OrdinalIgnoreCase)
            || contentType.StartsWith("application/x-www-form-urlencoded", StringComparison.OrdinalIgnoreCase)
            || contentType.StartsWith("text/plain", StringComparison.OrdinalIgnoreCase));
}
