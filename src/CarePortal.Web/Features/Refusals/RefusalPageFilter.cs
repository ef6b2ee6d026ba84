using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace CarePortal.Web.Features.Refusals;

/// <summary>
/// The pages' one way for refusals. A refused handler's refusal becomes the page's own message (ModelState, shown by the
/// error summary) when the page can show it, else the HTML error page; a script's fetch
/// gets ProblemDetails. A request for a handler the page does not have is refused the same way, never run as a bare page.
/// </summary>
public sealed class RefusalPageFilter : IAsyncPageFilter
{
    public const string ItemKey = "CarePortal.Refusal";

    private const string CaughtKey = "CarePortal.RefusalsCaught";
    private const string ShownAgainKey = "CarePortal.RefusalShownOnPage";

    public static readonly Refusal NoSuchAction = new(StatusCodes.Status404NotFound, "No such action",
        "This page has no such action. Go back to the page and use its buttons.");

    public static readonly Refusal MethodNotAllowed = new(StatusCodes.Status405MethodNotAllowed, "Nothing to send here",
        "This page only shows things; there is nothing to send to it. Go back to the page and use its buttons.");

    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        if (context.HandlerMethod is null && context.HandlerInstance is not ErrorModel && Asks(context.HttpContext.Request))
        {
            context.Result = Answer(context.HttpContext, HttpMethods.IsGet(context.HttpContext.Request.Method) || HasHandlerName(context) ? NoSuchAction : MethodNotAllowed);
            return;
        }

        var executed = await next();
        if (executed.Exception is not RefusedException { Refusal: var refusal } || executed.ExceptionHandled)
        {
            return;
        }

        executed.ExceptionHandled = true;
        executed.HttpContext.Items[CaughtKey] = RefusalsCaught(executed.HttpContext) + 1;
        executed.Result = await ShowAsync(executed.HandlerInstance, executed.HttpContext, executed.ModelState, refusal);
    }

    /// <summary>
    /// How many refusals a page's handlers threw in this request so far: what a handler read before it was refused is not on the
    /// page (the page shown again reads what it shows afresh), so a record of a read counts only from the same number on.
    /// </summary>
    public static int RefusalsCaught(HttpContext http) => http.Items.TryGetValue(CaughtKey, out var caught) && caught is int count ? count : 0;

    /// <summary>Whether the answer is the page itself shown again with a refusal's message (a 4xx), not the error page or ProblemDetails.</summary>
    public static bool ShowedThePageAgain(HttpContext http) => http.Items.ContainsKey(ShownAgainKey);

    /// <summary>A GET or HEAD without a handler name shows a page that has no OnGet (a plain page); anything else needs a handler.</summary>
    private static bool Asks(HttpRequest request) =>
        !(HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method)) || request.Query.ContainsKey("handler");

    private static bool HasHandlerName(PageHandlerExecutingContext context) =>
        context.HttpContext.Request.Query.ContainsKey("handler") || context.RouteData.Values.ContainsKey("handler");

    private static async Task<IActionResult> ShowAsync(object page, HttpContext http, Microsoft.AspNetCore.Mvc.ModelBinding.ModelStateDictionary modelState, Refusal refusal)
    {
        if (page is not IShowsRefusals shows || refusal.Status == StatusCodes.Status404NotFound || WantsJson(http.Request))
        {
            return Answer(http, refusal);
        }

        if (refusal.Errors.Count == 0)
        {
            modelState.AddModelError(string.Empty, refusal.Detail);
        }

        foreach (var (field, messages) in refusal.Errors)
        {
            foreach (var message in messages)
            {
                modelState.AddModelError(shows.FieldKey(field), message);
            }
        }

        try
        {
            var shown = await shows.ShowRefusedAsync(refusal, http.RequestAborted);
            http.Items[ShownAgainKey] = true;
            return shown;
        }
        catch (RefusedException again)
        {
            return Answer(http, again.Refusal);
        }
    }

    /// <summary>The HTML error page (by the status code pages) for a browser; ProblemDetails for a script.</summary>
    private static IActionResult Answer(HttpContext http, Refusal refusal)
    {
        if (WantsJson(http.Request))
        {
            return new ObjectResult(RefusalProblems.For(refusal)) { StatusCode = refusal.Status, ContentTypes = { "application/problem+json" } };
        }

        http.Items[ItemKey] = refusal;
        return new StatusCodeResult(refusal.Status);
    }

    /// <summary>A script's fetch that asks for JSON gets ProblemDetails; a browser's navigation (and anything else) gets HTML.</summary>
    public static bool WantsJson(HttpRequest request)
    {
        var accept = request.Headers.Accept.ToString();
        return accept.Contains("json", StringComparison.OrdinalIgnoreCase) && !accept.Contains("text/html", StringComparison.OrdinalIgnoreCase);
    }
}
