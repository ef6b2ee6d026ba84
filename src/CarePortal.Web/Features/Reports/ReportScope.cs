using System.Security.Claims;
using CarePortal.Web.Features.Accounts;

namespace CarePortal.Web.Features.Reports;

/// <summary>
/// Whose figures a person sees: the platform all; agency staff the requests of the agency, region, county or office
/// where they hold a managing role; church people only the requests their churches responded to.
/// </summary>
public sealed record ReportScope(bool Platform, IReadOnlyList<int> Organisations, IReadOnlyList<int> Churches)
{
    /// <summary>The roles that see the figures of the organisation where they hold them.</summary>
    public static readonly IReadOnlyList<string> ManagingRoles = [Roles.AgencyAdmin, Roles.RegionalManager, Roles.CountyRepresentative, Roles.Supervisor];

    public bool IsChurch => !Platform && Organisations.Count == 0 && Churches.Count > 0;

    public bool IsEmpty => !Platform && Organisations.Count == 0 && Churches.Count == 0;

    public static ReportScope Of(ClaimsPrincipal user, IReadOnlyList<int> churches) =>
        user.IsInRole(Roles.PlatformAdmin)
            ? new ReportScope(true, [], [])
            : new ReportScope(false, [.. ManagingRoles.SelectMany(user.OrganisationsWithRole).Distinct()], churches);
}
