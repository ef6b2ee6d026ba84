using System.Security.Claims;

namespace CarePortal.Web.Features.Reports;

/// <summary>
/// Tables another feature adds to a person's dashboard and its CSV files, for the same filter (Family's <c>FamilyReport</c>:
/// the family's say beside the caseworker's outcome). Reports asks each registered one; none registered, it adds none.
/// </summary>
public interface IReportTables
{
    /// <summary>The tables for this person and filter; none for an audience that may not see them (a church's).</summary>
    Task<IReadOnlyList<ReportTable>> TablesAsync(ClaimsPrincipal user, ReportScope scope, ReportFilter filter, ImpactReport report, CancellationToken ct);
}
