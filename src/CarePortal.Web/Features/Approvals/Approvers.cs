using CarePortal.Web.Data;
using CarePortal.Web.Features.Accounts;
using CarePortal.Web.Features.Requests;
using Microsoft.EntityFrameworkCore;

namespace CarePortal.Web.Features.Approvals;

/// <summary>
/// Everyone who may decide a waiting request, as the approval queue sees it: the named supervisor (or, with none named,
/// the office's supervisors), the county representatives of its county, or the regional managers of its region; a deactivated
/// person is none of them.
/// </summary>
public static class Approvers
{
    public static async Task<List<string>> OfAsync(AppDbContext db, CareRequest request, CancellationToken cancellationToken)
    {
        if (request.Route == ApprovalRoute.Supervisor && request.SupervisorId is { } named)
        {
            return [named];
        }

        (string Role, int? Id) target = request.Route switch
        {
            ApprovalRoute.Supervisor => (Roles.Supervisor, request.OfficeId),
            ApprovalRoute.CountyRepresentative => (Roles.CountyRepresentative, request.CountyId),
            ApprovalRoute.RegionalManager => (Roles.RegionalManager, request.RegionId),
            _ => ("", null),
        };
        var (role, organisationId) = target;
        return organisationId is not { } id
            ? []
            : await ActiveAccounts.Memberships(db).AsNoTracking().Where(m => m.Role == role && m.OrganisationId == id)
                .Select(m => m.UserId).Distinct().OrderBy(id => id).ToListAsync(cancellationToken);
    }
}
