using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace CarePortal.Web.Features.Refusals;

/// <summary>
/// Adds to every API operation the refusals the pipeline itself can give, beside those its endpoint declares
/// (<c>ProducesProblem</c>): 400 when it reads a body or form (validation, unreadable JSON) or changes something (a
/// cookie-signed call without the antiforgery token), 401 when it needs a
/// signed-in caller, 400 for a query value of the wrong type, 404 when a path value fits no route, 429 past the API's rate
/// limit, 500 always, each as ProblemDetails.
/// </summary>
public static class RefusalsInOpenApi
{
    /// <summary>The refusals this endpoint can give (403, 404, 409, 422 …), each as ProblemDetails in the OpenAPI document.</summary>
    public static RouteHandlerBuilder Refuses(this RouteHandlerBuilder endpoint, params int[] statuses)
    {
        foreach (var status in statuses)
        {
            endpoint.ProducesProblem(status);
        }

        return endpoint;
    }

    public static Task Declare(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        var metadata = context.Description.ActionDescriptor.EndpointMetadata;
        if (context.Description.ParameterDescriptions.Any(p => p.Source == BindingSource.Body || p.Source == BindingSource.Form || p.Source == BindingSource.FormFile))
        {
            Add(operation, context, StatusCodes.Status400BadRequest, "The input is not valid: errors names each field with its message.");
        }

        // A call that changes something, signed by the person's cookie, without the antiforgery token (ApiPostsNeedAntiforgery).
        if (!HttpMethods.IsGet(context.Description.HttpMethod ?? HttpMethods.Get))
        {
            Add(operation, context, StatusCodes.Status400BadRequest, "The input is not valid, or a call signed by the cookie came without the antiforgery token.");
        }

        // A query value that is not the type the endpoint reads (?contacts=maybe) is refused before the handler runs.
        if (context.Description.ParameterDescriptions.Any(p => p.Source == BindingSource.Query && p.Type != typeof(string)))
        {
            Add(operation, context, StatusCodes.Status400BadRequest, "The input is not valid: errors names each field with its message.");
        }

        // A path value that does not fit the route (an id past the integers) reaches no endpoint: 404.
        if (context.Description.ParameterDescriptions.Any(p => p.Source == BindingSource.Path))
        {
            Add(operation, context, StatusCodes.Status404NotFound, "Nothing at this address, or nothing the caller may see.");
        }

        // The API's rate limit (Security's RateLimitPartitions, on unless configured off) answers any /api call past it.
        if (context.Description.RelativePath is { } route && route.StartsWith("api/", StringComparison.Ordinal))
        {
            Add(operation, context, StatusCodes.Status429TooManyRequests, "Too many calls in a short time: Retry-After says when to try again.");
        }

        if (metadata.OfType<IAuthorizeData>().Any() && !metadata.OfType<IAllowAnonymous>().Any())
        {
            Add(operation, context, StatusCodes.Status401Unauthorized, "No API token (or a signed-in person's cookie) came with the call.");
        }

        Add(operation, context, StatusCodes.Status500InternalServerError, "Something went wrong; nothing of the inside is said.");
        return Task.CompletedTask;
    }

    private static void Add(OpenApiOperation operation, OpenApiOperationTransformerContext context, int status, string description)
    {
        operation.Responses ??= [];
        var key = status.ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (operation.Responses.ContainsKey(key))
        {
            return;
        }

        operation.Responses[key] = new OpenApiResponse
        {
            Description = description,
            Content = new Dictionary<string, OpenApiMediaType>
            {
                ["application/problem+json"] = new() { Schema = new OpenApiSchemaReference(nameof(Microsoft.AspNetCore.Mvc.ProblemDetails), context.Document) },
            },
        };
    }
}
