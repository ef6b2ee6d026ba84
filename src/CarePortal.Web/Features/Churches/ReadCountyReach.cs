using CarePortal.Web.Data;
using CarePortal.Web.Features.Organisations;
using CarePortal.Web.Features.Refusals;
using Microsoft.EntityFrameworkCore;

namespace CarePortal.Web.Features.Churches;

/// <summary>A county's reach as routing uses it; a county that does not exist is said so, not given the default.</summary>
public sealed class ReadCountyReach(AppDbContext db, ChurchRouter router)
{
    public async Task<CountyReach> ReadAsync(int countyId, CancellationToken ct)
    {
        if (!await db.Organisations.AnyAsync(o => o.Id == countyId && o.Kind == OrganisationKind.County, ct))
        {
            throw new RefusedException(StatusCodes.Status404NotFound, "Not found", "No such county.");
        }

        return await router.ReachAsync(countyId, ct);
    }
}
