using System.Security.Claims;
using CarePortal.Review;
using CarePortal.Web.Data;
using CarePortal.Web.Features.Accounts;
using CarePortal.Web.Features.Organisations;
using CarePortal.Web.Features.Refusals;
using Microsoft.EntityFrameworkCore;

namespace CarePortal.Web.Features.Requests;

/// <summary>Reviews the description and sends the request to its approver, or opens it when no approval is needed.</summary>
public sealed class SubmitRequest(
    AppDbContext db,
    RequestStore requests,
    DescriptionReview review,
    TimeProvider clock,
    IWriterReadiness writers,
    IEnumerable<ISubmissionCheck> checks,
    IAwaitingApprovalListener awaiting,
    IRequestOpenedListener opened)
{
    public async Task<CareRequest> RunAsync(ClaimsPrincipal user, int id, SubmitInput input, CancellationToken cancellationToken)
    {
        var request = await requests.LoadAsync(user, id, RequestOperation.Submit, cancellationToken);
        if (!RequestStateMachine.Allows(request.State, RequestAction.Submit))
        {
            throw new RefusedException(StatusCodes.Status409Conflict, "Transition not allowed", $"A request that is {request.State} cannot be submitted.");
        }

        await PausedAgencies.ThrowIfPausedAsync(db, request.AgencyId, cancellationToken);

        if (request.CaseworkerId == user.UserId() && await writers.MustCompleteBeforeRequestAsync(request.CaseworkerId, cancellationToken))
        {
            throw RefusedException.Forbidden("Your agency asks caseworkers to complete the training (/Training) before their first request. The draft is kept.");
        }

        foreach (var check in checks)
        {
            await check.ThrowIfNotReadyAsync(user, request, cancellationToken);
        }

        ThrowIfIncomplete(request, input);
        var result = await review.ReviewAsync(request, cancellationToken);
        var (blockers, exceptionMissing) = ReviewGate.Check(result, request, ReviewGate.RouteAskedFor(result));
        if (blockers.Count > 0 || exceptionMissing)
        {
            throw ReviewGate.Refusal(result, blockers.Count > 0
                ? "Blocking findings stop submission; warnings and suggestions do not."
                : "A gift card or cash exception goes to the regional manager with the reason and the other options that were tried.");
        }

        request.Route = result.Approver switch
        {
            Approver.Supervisor => ApprovalRoute.Supervisor,
            Approver.RegionalManager => ApprovalRoute.RegionalManager,
            _ => await AgencyRouteAsync(user, request, cancellationToken),
        };
        if (request.Route == ApprovalRoute.Supervisor && request.SupervisorId is null && request.OfficeId is null)
        {
            throw RefusedException.Invalid("supervisorId", "Name the supervisor who approves this request.");
        }

        var now = clock.GetUtcNow();
        request.FamilyConsent = true;
        request.SubmittedAt = now;
        request.ReminderSentAt = null;
        if (request.Route == ApprovalRoute.None)
        {
            RequestStateMachine.Open(request, RequestAction.Submit, user.UserId(), now, null);
            opened.Opening(request);
        }
        else
        {
            RequestStateMachine.Apply(request, RequestAction.Submit, RequestState.AwaitingApproval, user.UserId(), now, null);
            await awaiting.AwaitingApprovalAsync(request, cancellationToken);
        }

        await requests.SaveAsync(cancellationToken);
        await opened.OpenedAsync(cancellationToken);
        return request;
    }

    /// <summary>The family's consent, a bill or lease for rent and utilities, and the children's ages for age-appropriate needs (422).</summary>
    private static void ThrowIfIncomplete(CareRequest request, SubmitInput input)
    {
        if (!input.FamilyConsent)
        {
            throw new RefusedException(StatusCodes.Status422UnprocessableEntity, "Consent needed",
                "Confirm that the family could read this description and would agree to share it.");
        }

        if (Needs.NeedingBill.Contains(request.Need) && !request.Attachments.Any(a => a.Kind is AttachmentKind.Bill or AttachmentKind.Lease))
        {
            throw new RefusedException(StatusCodes.Status422UnprocessableEntity, "Bill or lease needed",
                "A rent or utility request cannot be submitted without a copy of the bill or lease attached.");
        }

        if (Needs.AgeAppropriate.Contains(request.Need) && request.Children.Count == 0)
        {
            throw new RefusedException(StatusCodes.Status422UnprocessableEntity, "Children's ages needed",
                "Say the age of each child (and the size, where it matters) so partners bring what fits.");
        }
    }

    /// <summary>The agency's own approval option, when the reviewer asks for no particular approver.</summary>
    private async Task<ApprovalRoute> AgencyRouteAsync(ClaimsPrincipal user, CareRequest request, CancellationToken cancellationToken)
    {
        var option = await db.Organisations.Where(o => o.Id == request.AgencyId).Select(o => o.ApprovalOption).SingleAsync(cancellationToken);
        switch (option)
        {
            case ApprovalOption.NamedSupervisor:
                // Requests approvers enter themselves go live at once.
                if (user.HasRoleAt(Roles.Supervisor, request.OfficeId) || user.HasRoleAt(Roles.CountyRepresentative, request.CountyId))
                {
                    return ApprovalRoute.None;
                }

                return request.SupervisorId is null
                    ? throw RefusedException.Invalid("supervisorId", "Name the supervisor who approves this request.")
                    : ApprovalRoute.Supervisor;
            case ApprovalOption.CountyRepresentative:
                return user.HasRoleAt(Roles.CountyRepresentative, request.CountyId) ? ApprovalRoute.None : ApprovalRoute.CountyRepresentative;
            default:
                return ApprovalRoute.None;
        }
    }
}

/// <summary>The writer confirms that the family could read the description and would agree to share it.</summary>
public sealed record SubmitInput(bool FamilyConsent);
