using CarePortal.Web.Features.Refusals;
using CarePortal.Web.Features.Requests;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CarePortal.Web.Features.Reports;

/// <summary>The dashboard: the person's own figures as charts with their tables, each table as CSV, and requests left unclosed.</summary>
public sealed class IndexModel(ImpactReports reports, TimeProvider clock) : PageModel
{
    public ReportQuery Query { get; private set; } = new();

    public ImpactReport? Report { get; private set; }

    public IReadOnlyList<ReportTable> Tables { get; private set; } = [];

    public Dictionary<string, string[]> Errors { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(ReportQuery query, CancellationToken ct)
    {
        Query = query;
        var filter = query.Validate(ReportsEndpoints.Today(clock), out var errors);
        Errors = errors;
        if (filter is null)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        Report = await reports.BuildAsync(User, filter, ct);

        Query.From ??= filter.From.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        Query.To ??= filter.To.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        Tables = await reports.TablesAsync(User, filter, Report, ct);
        return Page();
    }

    public ReportTable Table(string name) => Tables.Single(t => t.Name == name);

    public string CsvLink(string table) => $"/api/reports/csv/{table}{Query.ToQueryString()}";
}
