using System.Security.Claims;
using CarePortal.Web.Data;
using CarePortal.Web.Features.Accounts;
using CarePortal.Web.Features.Organisations;
using CarePortal.Web.Features.Refusals;
using CarePortal.Web.Features.Requests;
using Microsoft.EntityFrameworkCore;

namespace CarePortal.Web.Features.CoworkerReads;

/// <summary>
/// The agency's coworker-read policy at submission: off, the first N requests of each caseworker, or every request.
/// Approvers who enter a request themselves (the office's supervisor, the county's representative) are not asked.
/// </summary>
public sealed class CoworkerReadRule(AppDbContext db) : ISubmissionCheck
{
    /// <summary>Refuses (422) a submission that waits for a coworker's read.</summary>
    public async Task ThrowIfNotReadyAsync(ClaimsPrincipal user, CareRequest request, CancellationToken cancellationToken)
    {
        if (await MissingReadAsync(user, request, cancellationToken) is { } readNeeded)
        {
            throw new RefusedException(StatusCodes.Status422UnprocessableEntity, "Coworker read needed", readNeeded);
        }
    }

    /// <summary>Why the request cannot be submitted yet, or null when no read is needed or one is done.</summary>
    public async Task<string?> MissingReadAsync(ClaimsPrincipal user, CareRequest request, CancellationToken cancellationToken)
    {
        if (user.HasRoleAt(Roles.Supervisor, request.OfficeId) || user.HasRoleAt(Roles.CountyRepresentative, request.CountyId))
        {
            return null;
        }

        var policy = await db.Organisations.AsNoTracking().Where(o => o.Id == request.AgencyId)
            .Select(o => new { o.CoworkerReadPolicy, o.CoworkerReadFirstRequests }).SingleAsync(cancellationToken);
        if (policy.CoworkerReadPolicy == CoworkerReadPolicy.Off)
        {
            return null;
        }

        if (policy.CoworkerReadPolicy == CoworkerReadPolicy.NewCaseworkers
            && await db.Requests.CountAsync(r => r.CaseworkerId == request.CaseworkerId && r.Id != request.Id && r.SubmittedAt != null, cancellationToken)
                >= policy.CoworkerReadFirstRequests)
        {
            return null;
        }

        if (await db.Set<CoworkerRead>().AnyAsync(r => r.CareRequestId == request.Id && r.ReadAt != null, cancellationToken))
        {
            return null;
        }

        var which = policy.CoworkerReadPolicy == CoworkerReadPolicy.All
            ? "every request"
            : $"each caseworker's first {policy.CoworkerReadFirstRequests} requests";
        return $"Your agency asks a coworker to read {which} before it is submitted. Ask a caseworker or the supervisor of your office "
            + "to read this draft (Coworker reads); once they mark it read, submit again. The draft is kept.";
    }
}
