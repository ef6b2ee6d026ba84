using System.Globalization;
using CarePortal.Web.Features.Organisations;

namespace CarePortal.Web.Features.Reports;

/// <summary>
/// The months of a report in one time zone, as UTC instants: a request opened at 23:30 on 31 January in Chicago
/// (05:30 on 1 February in UTC) counts in January for a Chicago agency.
/// </summary>
/// <param name="Whole">Per month: whether the range covers all of it (the first and last may not), so that it may be read from the rollup.</param>
public sealed record ReportMonths(string TimeZoneId, IReadOnlyList<int> Agencies, IReadOnlyList<string> Labels, IReadOnlyList<DateTimeOffset> Boundaries, IReadOnlyList<bool> Whole)
{
    /// <summary>The first instant of the range.</summary>
    public DateTimeOffset Start => Boundaries[0];

    /// <summary>The first instant after the range.</summary>
    public DateTimeOffset End => Boundaries[^1];

    /// <summary>Months from <paramref name="from"/> to <paramref name="to"/> (both days included); the first and last may be partial.</summary>
    public static ReportMonths Of(string? timeZoneId, IReadOnlyList<int> agencies, DateOnly from, DateOnly to)
    {
        var zone = AgencyTimeZone.Of(timeZoneId);
        var labels = new List<string>();
        var whole = new List<bool>();
        var boundaries = new List<DateTimeOffset> { StartOf(from, zone) };
        for (var month = new DateOnly(from.Year, from.Month, 1); month <= to; month = month.AddMonths(1))
        {
            labels.Add(month.ToString("yyyy-MM", CultureInfo.InvariantCulture));
            var next = month.AddMonths(1);
            whole.Add(month >= from && next <= to.AddDays(1));
            boundaries.Add(StartOf(next <= to ? next : to.AddDays(1), zone));
        }

        return new ReportMonths(zone.Id, agencies, labels, boundaries, whole);
    }

    /// <summary>Local midnight of <paramref name="day"/>; where a clock change skips midnight, the first hour that exists.</summary>
    private static DateTimeOffset StartOf(DateOnly day, TimeZoneInfo zone)
    {
        var local = day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified);
        while (zone.IsInvalidTime(local))
        {
            local = local.AddMinutes(30);
        }

        return new DateTimeOffset(TimeZoneInfo.ConvertTimeToUtc(local, zone), TimeSpan.Zero);
    }
}
