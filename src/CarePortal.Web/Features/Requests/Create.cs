using System.Security.Claims;
using CarePortal.Web.Data;
using CarePortal.Web.Features.Accounts;
using CarePortal.Web.Features.Organisations;
using CarePortal.Web.Features.Refusals;
using Microsoft.EntityFrameworkCore;

namespace CarePortal.Web.Features.Requests;

/// <summary>A caseworker or supervisor writes a request (a draft) for their office; a county representative for their counties.</summary>
public sealed class CreateRequest(AppDbContext db, RequestStore requests, TimeProvider clock)
{
    public async Task<CareRequest> RunAsync(ClaimsPrincipal user, RequestInput input, CancellationToken cancellationToken)
    {
        var request = await BuildAsync(user, input, cancellationToken);
        db.Requests.Add(request);
        await requests.SaveAsync(cancellationToken);
        return request;
    }

    /// <summary>The request as <see cref="RunAsync"/> would save it, checked, not added: what the composer asks readiness of.</summary>
    public async Task<CareRequest> BuildAsync(ClaimsPrincipal user, RequestInput input, CancellationToken cancellationToken)
    {
        FieldChecks.ThrowIfInvalid(input);
        var offices = user.OrganisationsWithRole(Roles.Caseworker).Concat(user.OrganisationsWithRole(Roles.Supervisor)).Distinct().ToList();
        int? officeId = input.OfficeId ?? (offices.Count == 1 ? offices[0] : null);
        // The agency of the writer's office; a county representative writes for their counties without an office.
        int? officeAgencyId = null;
        if (officeId is { } office && offices.Contains(office))
        {
            officeAgencyId = await db.Organisations.Where(o => o.Id == office && o.Kind == OrganisationKind.Office)
                .Select(o => o.Parent!.Parent!.ParentId).SingleAsync(cancellationToken);
        }
        else if (offices.Count == 0 && user.HasRoleAt(Roles.CountyRepresentative, input.CountyId))
        {
            officeId = null;
        }
        else
        {
            throw offices.Count > 1 && input.OfficeId is null
                ? RefusedException.Invalid("officeId", "Name the office the request is written for.")
                : RefusedException.Forbidden("Only caseworkers, supervisors and county representatives write requests, for their own office or counties.");
        }

        var county = await db.Organisations.Where(o => o.Id == input.CountyId && o.Kind == OrganisationKind.County)
            .Select(o => new { o.Id, RegionId = o.ParentId!.Value, AgencyId = o.Parent!.ParentId!.Value })
            .SingleOrDefaultAsync(cancellationToken);
        if (county is null || (officeAgencyId is { } agency && county.AgencyId != agency))
        {
            throw RefusedException.Invalid("countyId", "Choose a county of your agency.");
        }

        var request = new CareRequest
        {
            CaseworkerId = user.UserId(),
            OfficeId = officeId,
            AgencyId = county.AgencyId,
            RegionId = county.RegionId,
            CountyId = county.Id,
            Need = input.Need!,
            Description = "",
            Zip = "",
            CreatedAt = clock.GetUtcNow(),
        };
        await RequestFields.CopyAsync(db, input, request, cancellationToken);
        return request;
    }
}
