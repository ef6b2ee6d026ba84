using System.Security.Claims;
using CarePortal.Web.Data;
using CarePortal.Web.Features.Refusals;
using CarePortal.Web.Features.Requests;
using Microsoft.EntityFrameworkCore;

namespace CarePortal.Web.Features.Community;

/// <summary>
/// Who may follow a request, pray for it or share it publicly: the request's one rule (<see cref="RequestAuthorizationHandler"/>,
/// operations <see cref="RequestOperation.Follow"/> and <see cref="RequestOperation.SharePublicly"/>). Someone who may not
/// read the request learns nothing of it (404); a reader without the right is refused (403).
/// </summary>
public sealed class CommunitySide(AppDbContext db, RequestStore requests, ChurchAccess churches)
{
    /// <summary>The request, not tracked, authorized for <paramref name="operation"/>.</summary>
    public async Task<CareRequest> AuthorizeAsync(ClaimsPrincipal user, int id, RequestOperation operation, CancellationToken ct)
    {
        var request = await db.Requests.AsNoTracking().SingleOrDefaultAsync(r => r.Id == id, ct) ?? throw RefusedException.NotFound();
        await requests.AuthorizeAsync(user, request, operation);
        return request;
    }

    /// <summary>The request a church person follows or prays for while it is live (open or paused), and their church it reached.</summary>
    public async Task<(CareRequest Request, int ChurchId)> AsChurchAsync(ClaimsPrincipal user, int id, CancellationToken ct)
    {
        var request = await AuthorizeAsync(user, id, RequestOperation.Follow, ct);
        if (request.State is not (RequestState.Open or RequestState.Paused))
        {
            throw RefusedException.Conflict("Request closed", $"A request that is {request.State.Name().ToLowerInvariant()} is no longer followed or prayed for.");
        }

        return (request, (await churches.ReadersAsync(user, request, ct))[0]);
    }

    /// <summary>Whether the user may follow or pray for the request (for showing the buttons): the same rule, asked.</summary>
    public Task<bool> MayFollowAsync(ClaimsPrincipal user, CareRequest request) => requests.MayAsync(user, request, RequestOperation.Follow);

    /// <summary>Whether the user may share the request publicly (for showing the button): the same rule, asked.</summary>
    public Task<bool> MayShareAsync(ClaimsPrincipal user, CareRequest request) => requests.MayAsync(user, request, RequestOperation.SharePublicly);
}
