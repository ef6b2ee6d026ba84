using System.Globalization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CarePortal.Web.Features.Refusals;

/// <summary>What a page showing a refusal needs to load itself again: the values of the request that was refused.</summary>
public static class PageRoute
{
    public static int RouteId(this PageModel page) => Convert.ToInt32(page.RouteData.Values["id"], CultureInfo.InvariantCulture);

    /// <summary>An optional number the request sent in its address or its form, as the handler bound it.</summary>
    public static int? SentInt(this PageModel page, string name) =>
        int.TryParse(page.Request.Query[name], NumberStyles.Integer, CultureInfo.InvariantCulture, out var value)
        || page.Request.HasFormContentType && int.TryParse(page.Request.Form[name], NumberStyles.Integer, CultureInfo.InvariantCulture, out value)
            ? value
            : null;
}
