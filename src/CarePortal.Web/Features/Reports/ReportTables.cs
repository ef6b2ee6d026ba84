using System.Globalization;

namespace CarePortal.Web.Features.Reports;

/// <summary>A table of a report as text cells: the same rows show on the page, go into the CSV and describe the charts.</summary>
public sealed record ReportTable(string Name, string Title, IReadOnlyList<string> Headers, IReadOnlyList<IReadOnlyList<string>> Rows);

public static class ReportTables
{
    private static readonly ImpactReport Empty = new(new ReportFilter(default, default, null, null, null, null, null, null), "", Reports.Figures.None,
        new ResponseTimes(0, null, null), [], [], [], [], [], [], [], [], [], [], []);

    /// <summary>The tables' names, as every report has them (the OpenAPI document lists them for <c>/api/reports/csv/{table}</c>).</summary>
    public static IReadOnlyList<string> Names { get; } = [.. Of(Empty).Select(t => t.Name)];

    /// <summary>Every table of the report, by its name in <c>/api/reports/csv/{name}</c>.</summary>
    public static IReadOnlyList<ReportTable> Of(ImpactReport report) =>
    [
        Totals(report),
        Figures("month", "By month", "Month", report.ByMonth),
        Figures("agency", "By agency", "Agency", report.ByAgency),
        Figures("region", "By region", "Region", report.ByRegion),
        Figures("county", "By county", "County", report.ByCounty),
        Figures("office", "By office", "Office", report.ByOffice),
        Figures("church", "By church", "Church", report.ByChurch),
        Figures("need", "By need", "Need", report.ByNeed),
        new("outcomes", "Outcomes for the child", ["Outcome", "Requests"], [.. report.Outcomes.Select(o => Row(o.Key, Count(o.Requests)))]),
        new("ratings", "Ratings", ["Rating", "Requests"], [.. report.Ratings.Select(r => Row(r.Key, Count(r.Requests)))]),
        new("connections", "Connections that went on", ["Kind", "Connections", "Ongoing", .. ConnectionFigures.Days.SelectMany(d => new[] { $"Begun {d}+ days ago", $"Not ended at {d} days", $"Asked at {d} days", $"Answered at {d} days", $"Safely home at {d} days", $"Going on at {d} days" })],
            [.. report.Connections.Select(c => (IReadOnlyList<string>)[c.Kind, Count(c.Count), Count(c.Ongoing),
                .. c.Stages.SelectMany(s => new[] { Count(s.Due), Count(s.Lasted), Count(s.Asked), Count(s.Answered), Count(s.SafelyHome), Count(s.GoesOn) })])]),
        new("unclosed", "Requests left open after the last response", ["Request", "Need", "Office", "County", "Opened", "Last response", "Days since"],
            [.. report.Unclosed.Select(u => Row(u.Id.ToString(CultureInfo.InvariantCulture), u.Need, u.Office, u.County, u.OpenedAt is { } at ? Day(at) : "",
                Day(u.LastResponseAt), u.DaysSinceLastResponse.ToString(CultureInfo.InvariantCulture)))]),
    ];

    // Written out in US dollars: the app runs in invariant-globalization mode, which has no en-US culture.
    public static string Money(decimal value) => "$" + Math.Round(value, MidpointRounding.AwayFromZero).ToString("#,0", CultureInfo.InvariantCulture);

    public static string Count(long value) => value.ToString("#,0", CultureInfo.InvariantCulture);

    public static string Share(double? share) => share is { } s ? Math.Round(s * 100, MidpointRounding.AwayFromZero).ToString("0", CultureInfo.InvariantCulture) + "%" : "–";

    public static string Hours(double? seconds) => seconds is { } s ? (s / 3600).ToString("0.0", CultureInfo.InvariantCulture) + " h" : "–";

    private static ReportTable Totals(ImpactReport report)
    {
        var t = report.Totals;
        return new("totals", "Totals", ["Figure", "Value"],
        [
            Row("Children served", Count(t.ChildrenServed)),
            Row("Economic impact", Money(t.EconomicImpact)),
            Row("Requests opened", Count(t.Opened)),
            Row("Fully met", Count(t.FullyMet)),
            Row("Partly met", Count(t.PartlyMet)),
            Row("Not met", Count(t.NotMet)),
            Row("Expired before approval", Count(t.Expired)),
            Row("Share met", Share(t.ShareMet)),
            Row("Requests with a church response", Count(report.ResponseTimes.Responded)),
            Row("Median time to first response", Hours(report.ResponseTimes.MedianSeconds)),
            Row("90th percentile time to first response", Hours(report.ResponseTimes.Percentile90Seconds)),
        ]);
    }

    private static ReportTable Figures(string name, string title, string dimension, IReadOnlyList<Breakdown> rows) =>
        new(name, title, [dimension, "Opened", "Fully met", "Partly met", "Not met", "Expired", "Share met", "Children served", "Economic impact"],
            [.. rows.Select(b => Row(b.Label, Count(b.Figures.Opened), Count(b.Figures.FullyMet), Count(b.Figures.PartlyMet), Count(b.Figures.NotMet),
                Count(b.Figures.Expired), Share(b.Figures.ShareMet), Count(b.Figures.ChildrenServed), Money(b.Figures.EconomicImpact)))]);

    private static string Day(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string[] Row(params string[] cells) => cells;
}
