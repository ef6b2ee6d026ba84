using System.Security.Claims;
using CarePortal.Review;
using CarePortal.Web.Data;
using CarePortal.Web.Features.Accounts;
using CarePortal.Web.Features.Organisations;
using CarePortal.Web.Features.Refusals;
using Microsoft.EntityFrameworkCore;

namespace CarePortal.Web.Features.Requests;

/// <summary>
/// The one contract for submitting: every reason the server would refuse a request's submission now, in the order submitting
/// checks them, and who would approve it. <see cref="SubmitRequest"/> refuses with the first reason; the composer asks the same
/// question of the draft as typed (<see cref="ComposerReadiness"/>) and says "Ready to submit" only when there is none.
/// </summary>
public sealed class SubmissionReadiness(AppDbContext db, DescriptionReview review, IWriterReadiness writers, IEnumerable<ISubmissionCheck> checks)
{
    /// <param name="arriving">The kind of a file sent with the same post (the composer's bill), attached before submitting.</param>
    public async Task<Readiness> CheckAsync(ClaimsPrincipal user, CareRequest request, SubmitInput input, CancellationToken cancellationToken, AttachmentKind? arriving = null)
    {
        var problems = new List<Refusal>();
        if (!RequestStateMachine.Allows(request.State, RequestAction.Submit))
        {
            problems.Add(new Refusal(StatusCodes.Status409Conflict, "Transition not allowed", $"A request that is {request.State.Phrase()} cannot be submitted."));
        }

        try
        {
            await PausedAgencies.ThrowIfPausedAsync(db, request.AgencyId, cancellationToken);
        }
        catch (RefusedException refused)
        {
            problems.Add(refused.Refusal);
        }

        if (request.CaseworkerId == user.UserId() && await writers.MustCompleteBeforeRequestAsync(request.CaseworkerId, cancellationToken))
        {
            problems.Add(RefusedException.Forbidden("Your agency asks caseworkers to complete the training (/Training) before their first request. The draft is kept.").Refusal);
        }

        foreach (var check in checks)
        {
            try
            {
                await check.ThrowIfNotReadyAsync(user, request, cancellationToken);
            }
            catch (RefusedException refused)
            {
                // Another feature's check says no by throwing (ISubmissionCheck): here every answer is gathered.
                problems.Add(refused.Refusal);
            }
        }

        problems.AddRange(Incomplete(request, input, arriving));
        var result = await review.ReviewAsync(request, cancellationToken);
        var (blockers, exceptionMissing) = ReviewGate.Check(result, request, ReviewGate.RouteAskedFor(result));
        if (blockers.Count > 0 || exceptionMissing)
        {
            problems.Add(ReviewGate.Refusal(result, blockers.Count > 0
                ? "Blocking findings stop submission; warnings and suggestions do not."
                : "A gift card or cash exception goes to the regional manager with the reason and the other options that were tried.").Refusal);
        }

        var route = result.Approver switch
        {
            Approver.Supervisor => ApprovalRoute.Supervisor,
            Approver.RegionalManager => ApprovalRoute.RegionalManager,
            _ => await AgencyRouteAsync(user, request, cancellationToken),
        };
        var supervisorMissing = route == ApprovalRoute.Supervisor && request.SupervisorId is null
            && (request.OfficeId is null || result.Approver != Approver.Supervisor);
        if (supervisorMissing)
        {
            problems.Add(RefusedException.Invalid("supervisorId", "Name the supervisor who approves this request.").Refusal);
        }

        return new Readiness(problems, route, result) { Blockers = blockers, ExceptionMissing = exceptionMissing };
    }

    /// <summary>
    /// What the description (with its items and children's rows) and the consent alone say of a draft that cannot be saved
    /// yet: the composer says its blocking findings before the rest of the form is filled in.
    /// </summary>
    public async Task<Readiness> JudgeDescriptionAsync(CareRequest draft, SubmitInput input, CancellationToken cancellationToken)
    {
        var result = await review.ReviewAsync(draft, cancellationToken);
        var (blockers, exceptionMissing) = ReviewGate.Check(result, draft, ReviewGate.RouteAskedFor(result));
        var problems = new List<Refusal>();
        if (blockers.Count > 0 || exceptionMissing)
        {
            problems.Add(ReviewGate.Refusal(result, "Blocking findings stop submission; warnings and suggestions do not.").Refusal);
        }

        if (!input.FamilyConsent)
        {
            problems.Add(ConsentNeeded);
        }

        return new Readiness(problems, ReviewGate.RouteAskedFor(result), result) { Blockers = blockers, ExceptionMissing = exceptionMissing };
    }

    private static readonly Refusal ConsentNeeded = new(StatusCodes.Status422UnprocessableEntity, "Consent needed",
        "Confirm that the family could read this description and would agree to share it.");

    /// <summary>The family's consent, a bill or lease for rent and utilities, and the children's ages for age-appropriate needs (422).</summary>
    private static IEnumerable<Refusal> Incomplete(CareRequest request, SubmitInput input, AttachmentKind? arriving)
    {
        if (!input.FamilyConsent)
        {
            yield return ConsentNeeded;
        }

        var billAttached = request.Attachments.Any(a => a.Kind is AttachmentKind.Bill or AttachmentKind.Lease) || arriving is AttachmentKind.Bill or AttachmentKind.Lease;
        if (Needs.NeedingBill.Contains(request.Need) && !billAttached)
        {
            yield return new Refusal(StatusCodes.Status422UnprocessableEntity, "Bill or lease needed",
                "A rent or utility request cannot be submitted without a copy of the bill or lease attached.");
        }

        if (Needs.AgeAppropriate.Contains(request.Need) && request.Children.Count == 0)
        {
            yield return new Refusal(StatusCodes.Status422UnprocessableEntity, "Children's ages needed",
                "Say the age of each child (and the size, where it matters) so partners bring what fits.");
        }
    }

    /// <summary>The agency's own approval option, when the reviewer asks for no particular approver.</summary>
    private async Task<ApprovalRoute> AgencyRouteAsync(ClaimsPrincipal user, CareRequest request, CancellationToken cancellationToken)
    {
        var option = await db.Organisations.Where(o => o.Id == request.AgencyId).Select(o => o.ApprovalOption).SingleAsync(cancellationToken);
        return option switch
        {
            // Requests approvers enter themselves go live at once.
            ApprovalOption.NamedSupervisor => user.HasRoleAt(Roles.Supervisor, request.OfficeId) || user.HasRoleAt(Roles.CountyRepresentative, request.CountyId)
                ? ApprovalRoute.None
                : ApprovalRoute.Supervisor,
            ApprovalOption.CountyRepresentative => user.HasRoleAt(Roles.CountyRepresentative, request.CountyId) ? ApprovalRoute.None : ApprovalRoute.CountyRepresentative,
            _ => ApprovalRoute.None,
        };
    }
}

/// <summary>What submitting would do now: refuse with the first of <paramref name="Problems"/>, or send the request by <paramref name="Route"/>.</summary>
public sealed record Readiness(IReadOnlyList<Refusal> Problems, ApprovalRoute Route, ReviewResult Review)
{
    public bool Ready => Problems.Count == 0;

    /// <summary>The findings that stop it (cash and gift cards not when their approver will see them).</summary>
    public IReadOnlyList<Finding> Blockers { get; init; } = [];

    /// <summary>A gift card or cash exception without its reason and the other options tried.</summary>
    public bool ExceptionMissing { get; init; }
}
