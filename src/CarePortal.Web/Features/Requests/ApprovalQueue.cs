using System.Security.Claims;
using CarePortal.Web.Data;
using CarePortal.Web.Features.Accounts;
using Microsoft.EntityFrameworkCore;

namespace CarePortal.Web.Features.Requests;

/// <summary>The requests waiting for this user's decision, oldest first: as named supervisor, the office's supervisor, the county's representative or the region's manager.</summary>
public sealed class ApprovalQueue(AppDbContext db)
{
    public IQueryable<CareRequest> For(ClaimsPrincipal user)
    {
        var me = user.UserId();
        var offices = user.OrganisationsWithRole(Roles.Supervisor);
        var counties = user.OrganisationsWithRole(Roles.CountyRepresentative);
        var regions = user.OrganisationsWithRole(Roles.RegionalManager);
        return db.Requests.AsNoTracking()
            .Where(r => r.State == RequestState.AwaitingApproval)
            .Where(r => (r.Route == ApprovalRoute.Supervisor
                    && (r.SupervisorId == me || (r.SupervisorId == null && r.OfficeId != null && offices.Contains(r.OfficeId.Value))))
                || (r.Route == ApprovalRoute.CountyRepresentative && counties.Contains(r.CountyId))
                || (r.Route == ApprovalRoute.RegionalManager && regions.Contains(r.RegionId)))
            .OrderBy(r => r.Id);
    }
}
