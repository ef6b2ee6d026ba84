using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.ViewFeatures;

namespace CarePortal.Web.Features.Site;

/// <summary>The sentence a page shows after an action it redirected from (post-redirect-get), kept in TempData for one read.</summary>
public static class Confirmations
{
    public const string Key = "Confirmation";

    public static void Confirm(this ITempDataDictionary tempData, string sentence) => tempData[Key] = sentence;

    /// <summary>Says <paramref name="sentence"/> on the next page and redirects to this page (or <paramref name="page"/>).</summary>
    public static Microsoft.AspNetCore.Mvc.RedirectToPageResult ConfirmAndRedirect(this PageModel model, string sentence, string? page = null, object? routeValues = null)
    {
        model.TempData.Confirm(sentence);
        return model.RedirectToPage(page, routeValues);
    }
}
