using System.Globalization;
using CarePortal.Web.Features.Organisations;
using CarePortal.Web.Features.Requests;

namespace CarePortal.Web.Features.Churches;

/// <summary>What a church's email says of a request beyond its description: the items, the children's ages and sizes, the due date.</summary>
public static class RoutedEmailParts
{
    public static (string Items, string ForWhom, string Due) Of(CareRequest request, string? agencyZone)
    {
        var items = request.Items.Count == 0 ? "(see the description)"
            : string.Join("\n", request.Items.OrderBy(i => i.Id).Select(i => $"{i.Quantity} × {i.Name}"));
        var forWhom = request.Children.Count == 0 ? ""
            : "For: " + string.Join("; ", request.Children.Select(c => $"{c.Age}-year-old {c.Gender ?? "child"}{(c.Size is { Length: > 0 } size ? $", size {size}" : "")}"));
        var due = request.DueAt is { } at
            ? TimeZoneInfo.ConvertTime(at, AgencyTimeZone.Of(agencyZone)).ToString("dddd d MMMM", CultureInfo.InvariantCulture)
            : "no date set";
        return (items, forWhom, due);
    }
}
