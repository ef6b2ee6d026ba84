using CarePortal.Review;
using CarePortal.Web.Features.Refusals;

namespace CarePortal.Web.Features.Requests;

/// <summary>
/// What the reviewer's findings stop: submitting a description, and approving one, which the approver may have edited since it
/// was submitted. Cash and gift cards stop it only until someone with the right to approve them sees the request.
/// </summary>
public static class ReviewGate
{
    /// <param name="route">Who approves: at submission, the route the findings ask for; at approval, the request's route.</param>
    public static (IReadOnlyList<Finding> Blockers, bool ExceptionMissing) Check(ReviewResult result, CareRequest request, ApprovalRoute route)
    {
        var exceptionGiven = !string.IsNullOrWhiteSpace(request.ExceptionReason) && !string.IsNullOrWhiteSpace(request.AlternativesTried);
        var cashApproved = (result.Approver == Approver.Supervisor && route is ApprovalRoute.Supervisor or ApprovalRoute.RegionalManager)
            || (result.Approver == Approver.RegionalManager && route == ApprovalRoute.RegionalManager && exceptionGiven);
        var blockers = result.Findings.Where(f => f.Severity == Severity.Blocker && !(cashApproved && f.Practice == Practice.NoCash)).ToList();
        return (blockers, result.Approver == Approver.RegionalManager && !exceptionGiven);
    }

    /// <summary>The route the findings ask for, before the agency's own approval option is weighed.</summary>
    public static ApprovalRoute RouteAskedFor(ReviewResult result) => result.Approver switch
    {
        Approver.Supervisor => ApprovalRoute.Supervisor,
        Approver.RegionalManager => ApprovalRoute.RegionalManager,
        _ => ApprovalRoute.None,
    };

    public static RefusedException Refusal(ReviewResult result, string detail) =>
        new(StatusCodes.Status422UnprocessableEntity, "The description needs changes", detail,
            new Dictionary<string, object?> { ["findings"] = result.Findings.Select(FindingView.From).ToList() });
}

/// <summary>The one place the web calls the reviewer, so that the library can change behind it.</summary>
public sealed class DescriptionReview
{
    /// <param name="items">The items the request asks for: children's ages and sizes belong in a description whose items depend on them.</param>
    public ReviewResult Review(string description, string need, IEnumerable<string?>? items = null) =>
        Reviewer.Default.Review(new ReviewRequest(description, need, items?.Where(i => !string.IsNullOrWhiteSpace(i)).Select(i => i!).ToList()));

    /// <summary>A saved request's description, judged with the items it asks for.</summary>
    public ReviewResult Review(CareRequest request) => Review(request.Description, request.Need, request.Items.Select(i => i.Name));
}

/// <summary>A finding as the API and the pages show it.</summary>
/// <remarks>
/// <c>Practice</c> is the number (1 to 7) of the training module's practice, by which the composer groups findings.
/// <c>FixStart</c> and <c>FixLength</c> are where the replacement applies when it is wider than the finding (the
/// sentence that holds a phone number, the space before a dropped name).
/// </remarks>
public sealed record FindingView(string Rule, string Severity, int Start, int Length, string Text, string Message, string? Replacement, int Practice = 0, int? FixStart = null, int? FixLength = null)
{
    public static FindingView From(Finding finding) => new(
        finding.Rule, finding.Severity.ToString().ToLowerInvariant(), finding.Span.Start, finding.Span.Length,
        finding.Text, finding.Message, finding.Replacement, (int)finding.Practice, finding.FixSpan?.Start, finding.FixSpan?.Length);
}
