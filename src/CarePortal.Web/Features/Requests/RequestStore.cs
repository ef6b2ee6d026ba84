using System.Security.Claims;
using CarePortal.Web.Data;
using CarePortal.Web.Features.Refusals;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;

namespace CarePortal.Web.Features.Requests;

/// <summary>
/// What every action on one request shares (Create.cs, Submit.cs, Close.cs …): load it, authorize, check and save once, so
/// that a refusal leaves nothing behind.
/// </summary>
public sealed class RequestStore(AppDbContext db, IAuthorizationService authorization, TimeProvider clock)
{
    /// <summary>The request with its items, children and attachments, tracked; 404 when there is none.</summary>
    public async Task<CareRequest> LoadAsync(int id, CancellationToken cancellationToken) =>
        await db.Requests.Include(r => r.Items).Include(r => r.Children).Include(r => r.Attachments).AsSplitQuery()
            .SingleOrDefaultAsync(r => r.Id == id, cancellationToken) ?? throw RefusedException.NotFound();

    /// <summary>The request loaded and authorized for <paramref name="operation"/>.</summary>
    public async Task<CareRequest> LoadAsync(ClaimsPrincipal user, int id, RequestOperation operation, CancellationToken cancellationToken)
    {
        var request = await LoadAsync(id, cancellationToken);
        await AuthorizeAsync(user, request, operation);
        return request;
    }

    /// <summary>Someone who may not read the request learns nothing of it (404); a reader without the right gets 403.</summary>
    public async Task AuthorizeAsync(ClaimsPrincipal user, CareRequest request, RequestOperation operation)
    {
        if (!await MayAsync(user, request, RequestOperation.Read))
        {
            throw RefusedException.NotFound();
        }

        if (operation != RequestOperation.Read && !await MayAsync(user, request, operation))
        {
            throw RefusedException.Forbidden($"Your roles do not allow {operation} on this request.");
        }
    }

    /// <summary>
    /// The private details and attachments: someone who may not read the request learns nothing of it (404); a reader whom
    /// <see cref="PrivateAccess"/> does not name gets 403.
    /// </summary>
    public async Task AuthorizePrivateAsync(ClaimsPrincipal user, CareRequest request, CancellationToken cancellationToken)
    {
        if (!await MayAsync(user, request, RequestOperation.Read))
        {
            throw RefusedException.NotFound();
        }

        if (!await PrivateAccess.AllowsAsync(db, user, request, clock.GetUtcNow(), cancellationToken))
        {
            throw RefusedException.Forbidden($"Your roles do not allow {RequestOperation.ReadPrivate} on this request.");
        }
    }

    /// <summary>Whether the user may do <paramref name="operation"/> on the request (the framework's handler: <see cref="RequestAuthorizationHandler"/>).</summary>
    public async Task<bool> MayAsync(ClaimsPrincipal user, CareRequest request, RequestOperation operation) =>
        (await authorization.AuthorizeAsync(user, request, new RequestRequirement(operation))).Succeeded;

    /// <summary>Saves once; when someone else changed the request since it was read, nothing is saved and the caller hears 409.</summary>
    public async Task SaveAsync(CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw new RefusedException(StatusCodes.Status409Conflict, "Changed meanwhile",
                "Someone else changed this request while you were working on it; reload it and try again.");
        }
    }

    /// <summary>Refuses (409) a change to a request that is closed, denied or cancelled.</summary>
    public static void ThrowIfNotLive(CareRequest request)
    {
        if (request.State is not (RequestState.Draft or RequestState.ReturnedForChanges or RequestState.AwaitingApproval or RequestState.Open or RequestState.Paused))
        {
            throw new RefusedException(StatusCodes.Status409Conflict, "Request closed", $"A request that is {request.State.Phrase()} cannot change.");
        }
    }

    /// <summary>Refuses (400) with the field errors, when there are any.</summary>
    public static void ThrowIfInvalid(Dictionary<string, string[]> errors)
    {
        if (errors.Count > 0)
        {
            throw RefusedException.Invalid(errors);
        }
    }
}
