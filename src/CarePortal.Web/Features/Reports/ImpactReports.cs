using System.Security.Claims;
using CarePortal.Web.Data;
using CarePortal.Web.Features.Churches;
using CarePortal.Web.Features.Organisations;
using CarePortal.Web.Features.Requests;
using Microsoft.EntityFrameworkCore;

namespace CarePortal.Web.Features.Reports;

/// <summary>A report for the person asking (planned by <see cref="ReportPlanner"/>, run by <see cref="ReportRun"/>), or the public totals.</summary>
public sealed class ImpactReports(AppDbContext db, ChurchAccess churchAccess, ReportPlanner planner, ReportRun run, Statements statements,
    IEnumerable<IReportTables> more)
{
    /// <summary>Who the user is for reports; empty when they see none (then every report answers 403).</summary>
    public async Task<ReportScope> ScopeOfAsync(ClaimsPrincipal user, CancellationToken ct) =>
        ReportScope.Of(user, user.Identity?.IsAuthenticated == true ? await churchAccess.ChurchesOfAsync(user, ct) : []);

    public async Task<ImpactReport> BuildAsync(ClaimsPrincipal user, ReportFilter filter, CancellationToken ct) =>
        await run.RunAsync(await planner.PlanAsync(await ScopeOfAsync(user, ct), filter, ct), ct);

    /// <summary>The report's tables, then those other features add for this person (<see cref="IReportTables"/>).</summary>
    public async Task<IReadOnlyList<ReportTable>> TablesAsync(ClaimsPrincipal user, ReportFilter filter, ImpactReport report, CancellationToken ct)
    {
        var tables = ReportTables.Of(report).ToList();
        var scope = await ScopeOfAsync(user, ct);
        foreach (var tablesOf in more)
        {
            tables.AddRange(await tablesOf.TablesAsync(user, scope, filter, report, ct));
        }

        return tables;
    }

    /// <summary>Totals only, for the public page: the platform's, an agency's or a church's, with no request in sight.</summary>
    public async Task<(string Name, Figures Totals)?> PublicAsync(int? organisationId, DateOnly from, DateOnly to, CancellationToken ct)
    {
        var filter = new ReportFilter(from, to, null, null, null, null, null, null);
        ReportScope scope;
        string name;
        if (organisationId is not { } id)
        {
            (scope, name) = (new ReportScope(true, [], []), "CarePortal");
        }
        else
        {
            var organisation = await db.Organisations.AsNoTracking().SingleOrDefaultAsync(o => o.Id == id, ct);
            if (organisation is null || organisation.Kind is not (OrganisationKind.Agency or OrganisationKind.Church)
                || (organisation.Kind == OrganisationKind.Church && !await db.Churches.AnyAsync(c => c.Id == id && c.Active, ct)))
            {
                return null;
            }

            scope = organisation.Kind == OrganisationKind.Church ? new ReportScope(false, [], [id]) : new ReportScope(false, [id], []);
            name = organisation.Name;
        }

        var plan = await planner.PlanAsync(scope, filter, ct);
        return (name, ReportCube.Of(plan, await statements.ReadAsync(plan.Sql.Summary(), r => r, ct, plan.Parameters)).Totals);
    }

    /// <summary>The statements a report runs, for the benchmark's EXPLAIN ANALYZE.</summary>
    public async Task<IReadOnlyList<(string Name, string Sql)>> StatementsAsync(ClaimsPrincipal user, ReportFilter filter, CancellationToken ct) =>
        run.StatementsOf(await planner.PlanAsync(await ScopeOfAsync(user, ct), filter, ct));
}
