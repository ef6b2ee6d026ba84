using System.Security.Claims;
using CarePortal.Web.Data;
using CarePortal.Web.Features.Accounts;
using CarePortal.Web.Features.Organisations;
using CarePortal.Web.Features.Refusals;

namespace CarePortal.Web.Features.Requests;

/// <summary>The approver approves (the request opens), returns it for changes or denies it; a return or a denial says why.</summary>
public sealed class DecideRequest(AppDbContext db, RequestStore requests, DescriptionReview review, TimeProvider clock, IEnumerable<IRequestOpenedListener> opened, WriterNotices writer)
{
    public async Task<CareRequest> RunAsync(ClaimsPrincipal user, int id, Decision decision, string? note, CancellationToken cancellationToken)
    {
        var request = await requests.LoadAsync(user, id, RequestOperation.Read, cancellationToken);
        if (request.State != RequestState.AwaitingApproval)
        {
            throw new RefusedException(StatusCodes.Status409Conflict, "Not awaiting approval",
                $"This request is {request.State.Phrase()}: it no longer waits for a decision.");
        }

        await requests.AuthorizeAsync(user, request, RequestOperation.Decide);
        if (decision != Decision.Approve && string.IsNullOrWhiteSpace(note))
        {
            throw RefusedException.Invalid("note", "Say why, in a note to the caseworker.");
        }

        if (decision == Decision.Approve)
        {
            await PausedAgencies.ThrowIfPausedAsync(db, request.AgencyId, cancellationToken);
            // The approver may have edited the description: it is reviewed again as it stands now, whoever wrote it.
            var result = await review.ReviewAsync(request, cancellationToken);
            var (blockers, exceptionMissing) = ReviewGate.Check(result, request, request.Route);
            if (blockers.Count > 0 || exceptionMissing)
            {
                throw ReviewGate.Refusal(result, blockers.Count > 0
                    ? "The description has blocking findings, so it cannot be approved: edit it to remove them, or return it to the caseworker."
                    : "A gift card or cash exception cannot be approved without the reason and the other options that were tried.");
            }
        }

        var now = clock.GetUtcNow();
        switch (decision)
        {
            case Decision.Approve:
                RequestStateMachine.Open(request, RequestAction.Approve, user.UserId(), now, note);
                foreach (var listener in opened)
                {
                    listener.Opening(request);
                }

                break;
            case Decision.Return:
                RequestStateMachine.Apply(request, RequestAction.Return, RequestState.ReturnedForChanges, user.UserId(), now, note);
                await writer.DecidedAsync(request, decision, note!, cancellationToken);
                break;
            default:
                RequestStateMachine.Apply(request, RequestAction.Deny, RequestState.Denied, user.UserId(), now, note);
                request.ClosedAt = now;
                await writer.DecidedAsync(request, decision, note!, cancellationToken);
                break;
        }

        await requests.SaveAsync(cancellationToken);
        foreach (var listener in opened)
        {
            await listener.OpenedAsync(cancellationToken);
        }

        return request;
    }
}

public enum Decision
{
    Approve,
    Return,
    Deny,
}
