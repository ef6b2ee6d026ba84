using System.Security.Claims;
using CarePortal.Web.Data;
using CarePortal.Web.Features.Reports;
using Microsoft.EntityFrameworkCore;

namespace CarePortal.Web.Features.ChurchNeeds;

/// <summary>
/// The needs a church found itself, in its own reports (<see cref="IReportTables"/>): a table of their own, never in the
/// requests' figures, so that no agency's report counts them. For the church's people only; an agency's or the platform's
/// report has none. Needs posted in the filter's days (UTC), of the chosen need and church.
/// </summary>
public sealed class ChurchNeedsReport(AppDbContext db) : IReportTables
{
    public const string Table = "church-needs";

    public async Task<IReadOnlyList<ReportTable>> TablesAsync(ClaimsPrincipal user, ReportScope scope, ReportFilter filter, ImpactReport report, CancellationToken ct)
    {
        if (scope.Platform || scope.Churches.Count == 0)
        {
            return [];
        }

        var churches = filter.Church is { } chosen ? [.. scope.Churches.Where(c => c == chosen)] : scope.Churches.ToList();
        var from = new DateTimeOffset(filter.From.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        var to = new DateTimeOffset(filter.To.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        var needs = db.Set<ChurchNeed>().Where(n => churches.Contains(n.ChurchId) && n.PostedAt >= from && n.PostedAt < to);
        if (filter.Need is { } need)
        {
            needs = needs.Where(n => n.Need == need);
        }

        var rows = await needs.GroupBy(n => n.ChurchId).Select(g => new
        {
            ChurchId = g.Key,
            Posted = g.Count(),
            Met = g.Count(n => n.MetAt != null),
            Quantity = g.Sum(n => n.Quantity),
        }).ToListAsync(ct);
        if (rows.Count == 0)
        {
            return [];
        }

        var ids = rows.Select(r => r.ChurchId).ToList();
        var names = await db.Organisations.Where(o => ids.Contains(o.Id)).ToDictionaryAsync(o => o.Id, o => o.Name, ct);
        return
        [
            new ReportTable(Table, "Needs the church found", ["Church", "Posted", "Met", "Not met yet", "Items or hours asked"],
                [.. rows.OrderBy(r => names[r.ChurchId], StringComparer.OrdinalIgnoreCase).Select(r => (IReadOnlyList<string>)
                    [names[r.ChurchId], ReportTables.Count(r.Posted), ReportTables.Count(r.Met), ReportTables.Count(r.Posted - r.Met), ReportTables.Count(r.Quantity)])]),
        ];
    }
}
