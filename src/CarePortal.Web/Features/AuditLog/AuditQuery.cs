using System.Globalization;
using Microsoft.AspNetCore.Mvc;

namespace CarePortal.Web.Features.AuditLog;

/// <summary>The audit log's filter and page, from the address (so a view of the log can be bookmarked and shared).</summary>
public sealed class AuditQuery
{
    public const int PageSize = 50;

    [FromQuery(Name = "request")]
    public int? Request { get; set; }

    /// <summary>A person, by email address: what they did and what was done to them.</summary>
    [FromQuery(Name = "person")]
    public string? Person { get; set; }

    [FromQuery(Name = "action")]
    public string? Action { get; set; }

    /// <summary>On or after this day, in the reader's time zone.</summary>
    [FromQuery(Name = "from")]
    public DateOnly? From { get; set; }

    [FromQuery(Name = "to")]
    public DateOnly? To { get; set; }

    [FromQuery(Name = "page")]
    public int Page { get; set; } = 1;

    public bool IsFiltered => Request is not null || Person is not null || Action is not null || From is not null || To is not null;

    /// <summary>The same filter at another page (null: the first), for the pager's and the export's links.</summary>
    public Dictionary<string, string?> With(int? page = null) => new()
    {
        ["request"] = Request?.ToString(CultureInfo.InvariantCulture), ["person"] = Person, ["action"] = Action,
        ["from"] = From?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), ["to"] = To?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        ["page"] = (page ?? Page) == 1 ? null : (page ?? Page).ToString(CultureInfo.InvariantCulture),
    };

    /// <summary>The filter in words, for the entry that records the log was opened.</summary>
    public string Describe() => IsFiltered
        ? string.Join(", ", With(1).Where(p => p.Value is not null).Select(p => $"{p.Key} {p.Value}"))
        : "no filter";

    /// <summary>The field errors of a filter that cannot be run (a request number below 1, dates the wrong way round, an unknown action, a page below 1).</summary>
    public Dictionary<string, string[]> Check()
    {
        var errors = new Dictionary<string, string[]>();
        if (Request is < 1)
        {
            errors["request"] = ["A request number is 1 or more."];
        }

        if (Person is { Length: > 256 })
        {
            errors["person"] = ["Give a person's email address (at most 256 characters)."];
        }

        // Other features record their acts by their own words (church-paused …): any such word filters, nothing else does.
        if (Action is not null && (Action.Length > 60 || !Action.All(c => c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or '-' or ':')))
        {
            errors["action"] = ["Choose an action from the list."];
        }

        if (From is { } from && To is { } to && from > to)
        {
            errors["to"] = ["The last day is on or after the first day."];
        }

        if (From is { Year: < 1900 or > 9000 } || To is { Year: < 1900 or > 9000 })
        {
            errors["from"] = ["Give days between the years 1900 and 9000."];
        }

        if (Page is < 1 or > 100_000)
        {
            errors["page"] = ["Pages start at 1."];
        }

        return errors;
    }
}
