using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CarePortal.Web.Features.Reports;

/// <summary>Totals only, for anyone: what a church or an agency links to from its own site.</summary>
[AllowAnonymous]
public sealed class PublicModel(ImpactReports reports, TimeProvider clock) : PageModel
{
    public PublicSummary? Summary { get; private set; }

    public Dictionary<string, string[]> Errors { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int? id, string? from, string? to, CancellationToken ct)
    {
        var filter = new ReportQuery { From = from, To = to }.Validate(ReportsEndpoints.Today(clock), out var errors);
        Errors = errors;
        if (filter is null)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        var found = await reports.PublicAsync(id, filter.From, filter.To, ct);
        if (found is not { } summary)
        {
            return NotFound();
        }

        Summary = PublicSummary.Of(summary.Name, filter, summary.Totals);
        return Page();
    }
}
