using System.Security.Claims;
using CarePortal.Web.Data;
using CarePortal.Web.Features.Accounts;
using CarePortal.Web.Features.Refusals;

namespace CarePortal.Web.Features.Requests;

/// <summary>The writer changes a draft or a returned request; the approver one awaiting their decision (the county never changes).</summary>
public sealed class UpdateRequest(AppDbContext db, RequestStore requests)
{
    public async Task<CareRequest> RunAsync(ClaimsPrincipal user, int id, RequestInput input, CancellationToken cancellationToken)
    {
        var request = await ApplyAsync(user, id, input, cancellationToken);
        await requests.SaveAsync(cancellationToken);
        return request;
    }

    /// <summary>The tracked request with <paramref name="input"/> applied and checked, not saved: what the composer asks readiness of.</summary>
    public async Task<CareRequest> ApplyAsync(ClaimsPrincipal user, int id, RequestInput input, CancellationToken cancellationToken)
    {
        var request = await requests.LoadAsync(user, id, RequestOperation.Edit, cancellationToken);
        var editable = request.State is RequestState.Draft or RequestState.ReturnedForChanges
            || (request.State == RequestState.AwaitingApproval && RequestPermissions.IsApprover(user, user.UserId(), request));
        if (!editable)
        {
            throw new RefusedException(StatusCodes.Status409Conflict, "Not editable",
                $"A request that is {request.State.Phrase()} can be edited only by its approver while awaiting approval, or by its writer as a draft.");
        }

        FieldChecks.ThrowIfInvalid(input);
        if (input.CountyId != request.CountyId)
        {
            throw RefusedException.Invalid("countyId", "The county cannot change; write a new request instead.");
        }

        await RequestFields.CopyAsync(db, input, request, cancellationToken);
        return request;
    }
}
