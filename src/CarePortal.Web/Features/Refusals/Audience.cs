using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CarePortal.Web.Features.Refusals;

/// <summary>Who is asking: a program (the API, health, OpenAPI: answered in ProblemDetails) or a person's browser (answered in HTML).</summary>
public static class Audience
{
    /// <summary>
    /// True under /api and for any endpoint that is neither a page nor marked <see cref="ForPeople{TBuilder}"/>; an unknown
    /// address outside /api is a browser's.
    /// </summary>
    public static bool WantsProblem(HttpContext context, Endpoint? endpoint) =>
        context.Request.Path.StartsWithSegments("/api")
        || endpoint is not null && endpoint.Metadata.GetMetadata<PageActionDescriptor>() is null && endpoint.Metadata.GetMetadata<PeopleEndpoint>() is null;

    /// <summary>Marks endpoints outside the pages that a person's browser reaches (a sign-in's return): their refusals are HTML pages.</summary>
    public static TBuilder ForPeople<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(PeopleEndpoint.Instance);

    /// <summary>A refusal from an endpoint <see cref="ForPeople{TBuilder}"/>: its status, and the HTML error page (re-executed) says it.</summary>
    public static IResult Refuse(HttpContext context, Refusal refusal)
    {
        // Not thrown: the exception handler would clear the response, and with it the cookies the endpoint just ended.
        context.Items[RefusalPageFilter.ItemKey] = refusal;
        return Results.StatusCode(refusal.Status);
    }

    private sealed class PeopleEndpoint
    {
        public static readonly PeopleEndpoint Instance = new();
    }
}
