using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.WebUtilities;

namespace CarePortal.Web.Features.Refusals;

/// <summary>
/// The HTML error page a browser gets for a refusal, a failure or a bare status (an unknown address): what happened in a
/// sentence, and a way back. It answers any method, because it is reached by re-executing the request that failed.
/// </summary>
[AllowAnonymous]
[IgnoreAntiforgeryToken]
public sealed class ErrorModel : PageModel
{
    public Refusal Refusal { get; private set; } = RefusalProblems.Unexpected;

    /// <summary>The page the person was on, to go back to after a refused action (never for "not found").</summary>
    public string? BackTo { get; private set; }

    public override void OnPageHandlerSelected(PageHandlerSelectedContext context)
    {
        var failure = HttpContext.Features.Get<IExceptionHandlerFeature>();
        var reExecuted = HttpContext.Features.Get<IStatusCodeReExecuteFeature>();
        var posted = !(HttpMethods.IsGet(Request.Method) || HttpMethods.IsHead(Request.Method));
        Refusal = HttpContext.Items[RefusalPageFilter.ItemKey] as Refusal
            ?? (failure is not null ? RefusalProblems.RefusalOf(failure.Error) : null)
            // Only a failed request comes here by post; a form posted here itself is as unreadable as one without its token.
            ?? (posted && reExecuted is null ? StatusRefusals.For(StatusCodes.Status400BadRequest) : null)
            ?? StatusRefusals.For(RouteData.Values["status"] is string s && int.TryParse(s, out var status) && status is >= 400 and < 600 ? status : 404);
        Response.StatusCode = Refusal.Status;
        var path = failure?.Path ?? reExecuted?.OriginalPath;
        if (path is not null && Refusal.Status != StatusCodes.Status404NotFound && path.StartsWith('/') && !path.StartsWith("//", StringComparison.Ordinal)
            && !path.StartsWith("/\\", StringComparison.Ordinal))
        {
            var query = QueryHelpers.ParseQuery(reExecuted?.OriginalQueryString ?? HttpContext.Request.QueryString.Value);
            query.Remove("handler");
            BackTo = QueryHelpers.AddQueryString(path, query.SelectMany(q => q.Value.Select(v => new KeyValuePair<string, string?>(q.Key, v))));
        }
    }
}
