using System.Security.Claims;
using CarePortal.Web.Features.Accounts;
using CarePortal.Web.Features.Refusals;

namespace CarePortal.Web.Features.Requests;

/// <summary>Sends the request to its approver, or opens it when no approval is needed, once <see cref="SubmissionReadiness"/> finds nothing to refuse.</summary>
public sealed class SubmitRequest(
    RequestStore requests,
    SubmissionReadiness readiness,
    TimeProvider clock,
    IAwaitingApprovalListener awaiting,
    IEnumerable<IRequestOpenedListener> opened)
{
    public async Task<CareRequest> RunAsync(ClaimsPrincipal user, int id, SubmitInput input, CancellationToken cancellationToken)
    {
        var request = await requests.LoadAsync(user, id, RequestOperation.Submit, cancellationToken);
        var ready = await readiness.CheckAsync(user, request, input, cancellationToken);
        if (!ready.Ready)
        {
            throw new RefusedException(ready.Problems[0]);
        }

        request.Route = ready.Route;
        var now = clock.GetUtcNow();
        request.FamilyConsent = true;
        request.SubmittedAt = now;
        request.ReminderSentAt = null;
        if (request.Route == ApprovalRoute.None)
        {
            RequestStateMachine.Open(request, RequestAction.Submit, user.UserId(), now, null);
            foreach (var listener in opened)
            {
                listener.Opening(request);
            }
        }
        else
        {
            RequestStateMachine.Apply(request, RequestAction.Submit, RequestState.AwaitingApproval, user.UserId(), now, null);
            await awaiting.AwaitingApprovalAsync(request, cancellationToken);
        }

        await requests.SaveAsync(cancellationToken);
        foreach (var listener in opened)
        {
            await listener.OpenedAsync(cancellationToken);
        }

        return request;
    }
}

/// <summary>The writer confirms that the family could read the description and would agree to share it.</summary>
public sealed record SubmitInput(bool FamilyConsent);
