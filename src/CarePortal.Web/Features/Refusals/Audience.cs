using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CarePortal.Web.Features.Refusals;

/// <summary>Who is asking: a program (the API, health, OpenAPI: answered in ProblemDetails) or a person's browser (answered in HTML).</summary>
public static class Audience
{
    /// <summary>True under /api and for any endpoint that is not a page; an unknown address outside /api is a browser's.</summary>
    public static bool WantsProblem(HttpContext context, Endpoint? endpoint) =>
        context.Request.Path.StartsWithSegments("/api")
        || endpoint is not null && endpoint.Metadata.GetMetadata<PageActionDescriptor>() is null;
}
