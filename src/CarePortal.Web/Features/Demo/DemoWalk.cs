using CarePortal.Web.Features.Requests;

namespace CarePortal.Web.Features.Demo;

public static class DemoWalk
{
    /// <summary>Moves a demo request to <paramref name="state"/> through the real transitions, so its history reads true.</summary>
    public static void Walk(CareRequest request, RequestState state, string approverId, DateTimeOffset now)
    {
        var at = now.AddDays(-6);
        void Step(RequestAction action, RequestState to, string? note = null)
        {
            RequestStateMachine.Apply(request, action, to, action == RequestAction.Expire ? null : action is RequestAction.Approve or RequestAction.Return or RequestAction.Deny ? approverId : request.CaseworkerId, at, note);
            at = at.AddHours(6);
        }

        if (state == RequestState.Draft)
        {
            return;
        }

        request.FamilyConsent = true;
        request.SubmittedAt = at;
        if (state == RequestState.Cancelled)
        {
            Step(RequestAction.Cancel, RequestState.Cancelled, "Duplicate of another request.");
            request.ClosedAt = at;
            return;
        }

        request.Route = ApprovalRoute.Supervisor;
        Step(RequestAction.Submit, RequestState.AwaitingApproval);
        switch (state)
        {
            case RequestState.AwaitingApproval:
                request.SubmittedAt = now.AddHours(-2);
                return;
            case RequestState.ReturnedForChanges:
                Step(RequestAction.Return, RequestState.ReturnedForChanges, "Tell partners what size and something about the child's strengths.");
                return;
            case RequestState.ExpiredNotApproved:
                Step(RequestAction.Expire, RequestState.ExpiredNotApproved, "Not approved within 4 business days.");
                request.ClosedAt = at;
                return;
            case RequestState.Denied:
                Step(RequestAction.Deny, RequestState.Denied, "Too vague to share; please write a new request.");
                request.ClosedAt = at;
                return;
        }

        Step(RequestAction.Approve, RequestState.Open);
        request.OpenedAt = at;
        request.DueAt = at + UrgencyWindows.Of(request.Urgency);
        switch (state)
        {
            case RequestState.Paused:
                Step(RequestAction.Pause, RequestState.Paused, "The family is moving this week.");
                break;
            case RequestState.ClosedFullyMet:
                Step(RequestAction.CloseFullyMet, RequestState.ClosedFullyMet);
                request.ChildOutcomes = ["kept-safely-at-home"];
                request.Rating = 5;
                request.ClosedAt = at;
                request.Items.ForEach(i => i.QuantityGiven = i.Quantity);
                break;
            case RequestState.ClosedPartiallyMet:
                Step(RequestAction.ClosePartiallyMet, RequestState.ClosedPartiallyMet);
                request.ChildOutcomes = ["placement-kept-stable"];
                request.Rating = 4;
                request.ClosedAt = at;
                request.Items.ForEach(i => (i.Quantity, i.QuantityGiven) = (2, 1));
                break;
            case RequestState.ClosedNotMet:
                Step(RequestAction.CloseNotMet, RequestState.ClosedNotMet);
                request.NotMetReason = "No church nearby could help in time.";
                request.ClosedAt = at;
                break;
        }
    }
}
