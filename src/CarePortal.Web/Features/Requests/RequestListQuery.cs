using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;

namespace CarePortal.Web.Features.Requests;

/// <summary>The requests list's search, filters, sort and page, from the address (so a list can be bookmarked and shared).</summary>
public sealed class RequestListQuery
{
    public const int PageSize = 25;

    /// <summary>Words of the description, or a request number.</summary>
    [FromQuery(Name = "q")]
    [MaxLength(100, ErrorMessage = "Search for at most 100 characters.")]
    public string? Search { get; set; }

    [FromQuery(Name = "state")]
    public RequestState? State { get; set; }

    [FromQuery(Name = "need")]
    public string? Need { get; set; }

    [FromQuery(Name = "urgency")]
    public Urgency? Urgency { get; set; }

    [FromQuery(Name = "office")]
    public int? Office { get; set; }

    /// <summary>Written on or after this day, in the reader's time zone.</summary>
    [FromQuery(Name = "from")]
    public DateOnly? From { get; set; }

    [FromQuery(Name = "to")]
    public DateOnly? To { get; set; }

    [FromQuery(Name = "sort")]
    public RequestSort Sort { get; set; } = RequestSort.Newest;

    [FromQuery(Name = "page")]
    [Range(1, 10_000, ErrorMessage = "Pages start at 1.")]
    public int Page { get; set; } = 1;

    /// <summary>The same list at another page (or sort), for the pager's links.</summary>
    public Dictionary<string, string?> With(int? page = null) => new()
    {
        ["q"] = Search, ["state"] = State?.ToString(), ["need"] = Need, ["urgency"] = Urgency?.ToString(),
        ["office"] = Office?.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["from"] = From?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        ["to"] = To?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        ["sort"] = Sort == RequestSort.Newest ? null : Sort.ToString(),
        ["page"] = (page ?? Page) == 1 ? null : (page ?? Page).ToString(System.Globalization.CultureInfo.InvariantCulture),
    };

    public bool IsFiltered => Search is not null || State is not null || Need is not null || Urgency is not null || Office is not null || From is not null || To is not null;
}

public enum RequestSort
{
    Newest,
    Oldest,
    Urgency,
    Due,
}
