using Microsoft.AspNetCore.Mvc;

namespace CarePortal.Web.Features.Refusals;

/// <summary>
/// A page that says a refused action on itself: <see cref="RefusalPageFilter"/> puts the refusal in ModelState (shown by
/// the error summary) and asks the page to fill itself again. Pages without it answer with the HTML error page.
/// </summary>
public interface IShowsRefusals
{
    /// <summary>
    /// Loads what the page shows, as after a GET; may take more from the refusal (the reviewer's findings). The page
    /// answers 200 unless it sets the refusal's status (the pages whose scripts and tests read it do).
    /// </summary>
    Task<IActionResult> ShowRefusedAsync(Refusal refusal, CancellationToken cancellationToken);

    /// <summary>The ModelState key of an API field name, so its message sits beside its field (<c>title</c> → <c>Form.Title</c>).</summary>
    string FieldKey(string field) => field;
}
