using System.Globalization;
using CarePortal.Web.Features.Requests;

namespace CarePortal.Web.Features.Reports;

/// <summary>What a report asks for, as it comes from a query string (dates as yyyy-MM-dd, both days included).</summary>
public sealed class ReportQuery
{
    public string? From { get; set; }

    public string? To { get; set; }

    public int? Agency { get; set; }

    public int? Region { get; set; }

    public int? County { get; set; }

    public int? Office { get; set; }

    public int? Church { get; set; }

    public string? Need { get; set; }

    /// <summary>The longest range a report covers, so that the month axis stays readable and the query bounded.</summary>
    public const int MaxMonths = 60;

    /// <summary>The years a report's dates may name.</summary>
    public const int FirstYear = 1900, LastYear = 9000;

    /// <summary>The filter, or the reasons it cannot be one; with no dates, the twelve months up to today.</summary>
    public ReportFilter? Validate(DateOnly today, out Dictionary<string, string[]> errors)
    {
        errors = [];
        var to = ParseDate(To, nameof(To), today, errors);
        var from = ParseDate(From, nameof(From), new DateOnly(to.Year, to.Month, 1).AddMonths(-11), errors);
        if (errors.Count == 0 && from > to)
        {
            errors["from"] = ["The first day comes after the last day."];
        }
        else if (errors.Count == 0 && from.AddMonths(MaxMonths) <= to)
        {
            errors["to"] = [$"A report covers at most {MaxMonths} months."];
        }

        if (Need is { Length: > 0 } need && !Needs.All.Contains(need))
        {
            errors["need"] = [$"Unknown need: choose one of {string.Join(", ", Needs.All)}."];
        }

        return errors.Count > 0 ? null
            : new ReportFilter(from, to, Agency, Region, County, Office, Church, string.IsNullOrEmpty(Need) ? null : Need);
    }

    /// <summary>The query string of this filter, for links to the CSV files and the public page.</summary>
    public string ToQueryString()
    {
        var parts = new List<string>();
        void Add(string name, object? value)
        {
            if (value is not null && value.ToString() is { Length: > 0 } text)
            {
                parts.Add($"{name}={Uri.EscapeDataString(text)}");
            }
        }

        Add("from", From);
        Add("to", To);
        Add("agency", Agency);
        Add("region", Region);
        Add("county", County);
        Add("office", Office);
        Add("church", Church);
        Add("need", Need);
        return parts.Count == 0 ? "" : "?" + string.Join('&', parts);
    }

    private static DateOnly ParseDate(string? text, string name, DateOnly fallback, Dictionary<string, string[]> errors)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return fallback;
        }

        if (DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            && date.Year is >= FirstYear and <= LastYear)
        {
            return date;
        }

        // The month axis and the time zones reach a year either side of the range: a date near year 1 or 9999 has no such year.
        errors[name.ToLowerInvariant()] = [$"Give the date as yyyy-mm-dd between the years {FirstYear} and {LastYear}, for example 2026-01-31."];
        return fallback;
    }
}

/// <summary>A valid report filter: requests opened from <see cref="From"/> to <see cref="To"/> (both days, in each agency's time zone).</summary>
public sealed record ReportFilter(DateOnly From, DateOnly To, int? Agency, int? Region, int? County, int? Office, int? Church, string? Need)
{
    public IReadOnlyList<int?> Organisations => [Agency, Region, County, Office];
}
