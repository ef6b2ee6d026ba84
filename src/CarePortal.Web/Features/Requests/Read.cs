using System.Security.Claims;
using CarePortal.Web.Data;
using CarePortal.Web.Features.Refusals;
using Microsoft.EntityFrameworkCore;

namespace CarePortal.Web.Features.Requests;

/// <summary>Reading a request's public part: one request (authorized), or the list of those the user reads.</summary>
public sealed class ReadRequest(AppDbContext db, RequestStore requests, TimeProvider clock)
{
    /// <summary>The request, tracked, with its items, children and attachments: 404 for someone who may not read it.</summary>
    public Task<CareRequest> ReadAsync(ClaimsPrincipal user, int id, CancellationToken cancellationToken) =>
        requests.LoadAsync(user, id, RequestOperation.Read, cancellationToken);

    /// <summary>The request with the agency's own fields (the edit page): for its agency staff; another reader (a church, the platform admin) gets 403.</summary>
    public async Task<CareRequest> ReadAsAgencyAsync(ClaimsPrincipal user, int id, CancellationToken cancellationToken)
    {
        var request = await ReadAsync(user, id, cancellationToken);
        return RequestPermissions.IsAgencyStaff(user, request)
            ? request
            : throw RefusedException.Forbidden("Only the request's agency staff see its exception reason, the alternatives tried and the coworker reads.");
    }

    /// <summary>The same as <see cref="ReadAsync"/> for showing the request, not changing it: not tracked, without its attachments, one statement.</summary>
    public async Task<CareRequest> ReadToShowAsync(ClaimsPrincipal user, int id, CancellationToken cancellationToken)
    {
        var request = await RequestReads.ToShowAsync(db, id, cancellationToken) ?? throw RefusedException.NotFound();
        await requests.AuthorizeAsync(user, request, RequestOperation.Read);
        return request;
    }

    /// <summary>The requests the user may read, newest first (<see cref="RequestAccess"/>).</summary>
    public IQueryable<CareRequest> Visible(ClaimsPrincipal user) => RequestAccess.Readable(db, user, clock.GetUtcNow()).AsNoTracking().OrderByDescending(r => r.Id);

    /// <summary>The requests the user reads as the agency's person or a platform admin, never through a church, newest first.</summary>
    public IQueryable<CareRequest> VisibleToAgency(ClaimsPrincipal user) => RequestAccess.AgencyReadable(db, user).AsNoTracking().OrderByDescending(r => r.Id);
}
