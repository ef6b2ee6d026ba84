using System.Security.Claims;
using CarePortal.Web.Features.Accounts;
using CarePortal.Web.Features.Refusals;

namespace CarePortal.Web.Features.Requests;

/// <summary>The writer or supervisor pauses an open request or resumes it; the agency cancels one, saying why.</summary>
public sealed class MoveRequest(RequestStore requests, TimeProvider clock, IEnumerable<IRequestClosingListener> closing, IEnumerable<IRequestChangeListener> changes)
{
    public async Task<CareRequest> RunAsync(ClaimsPrincipal user, int id, RequestAction action, string? note, CancellationToken cancellationToken)
    {
        var (operation, to) = action switch
        {
            RequestAction.Pause => (RequestOperation.Pause, RequestState.Paused),
            RequestAction.Resume => (RequestOperation.Pause, RequestState.Open),
            RequestAction.Cancel => (RequestOperation.Cancel, RequestState.Cancelled),
            _ => throw new ArgumentOutOfRangeException(nameof(action), action, "Use the close, submit or decide operations."),
        };
        var request = await requests.LoadAsync(user, id, operation, cancellationToken);
        if (action == RequestAction.Cancel && string.IsNullOrWhiteSpace(note))
        {
            throw RefusedException.Invalid("note", "Say why the request is cancelled (a duplicate, a mistake …).");
        }

        var now = clock.GetUtcNow();
        RequestStateMachine.Apply(request, action, to, user.UserId(), now, note);
        if (action == RequestAction.Cancel)
        {
            request.ClosedAt = now;
            foreach (var listener in closing)
            {
                await listener.ClosingAsync(request, cancellationToken);
            }
        }
        else
        {
            foreach (var listener in changes)
            {
                await listener.ChangingAsync(request, action == RequestAction.Pause ? RequestChange.Paused : RequestChange.Resumed, cancellationToken);
            }
        }

        await requests.SaveAsync(cancellationToken);
        return request;
    }
}
