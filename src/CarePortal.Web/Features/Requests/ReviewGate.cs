using CarePortal.Review;
using CarePortal.Web.Data;
using CarePortal.Web.Features.Organisations;
using CarePortal.Web.Features.Refusals;
using Microsoft.EntityFrameworkCore;

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

    public const string Title = "The description needs changes";

    public static RefusedException Refusal(ReviewResult result, string detail) =>
        new(StatusCodes.Status422UnprocessableEntity, Title, detail,
            new Dictionary<string, object?> { ["findings"] = result.Findings.Select(FindingView.From).ToList() });
}

/// <summary>
/// The one place the web calls the reviewer, so that the library can change behind it: with the agency's own glossary additions
/// and need templates (<see cref="AgencyReviewers"/>) wherever the agency is known.
/// </summary>
public sealed class DescriptionReview(AppDbContext db, AgencyReviewers reviewers)
{
    private readonly Dictionary<int, Reviewer> byAgency = [];

    /// <summary>With the reviewer's own data alone (no agency: a note's confidentiality check).</summary>
    /// <param name="items">The items the request asks for: children's ages and sizes belong in a description whose items depend on them.</param>
    public ReviewResult Review(string description, string need, IEnumerable<string?>? items = null) => Judge(Reviewer.Default, description, need, items);

    /// <summary>A saved request's description, judged with the items it asks for, by its agency's reviewer.</summary>
    public async Task<ReviewResult> ReviewAsync(CareRequest request, CancellationToken cancellationToken) =>
        Judge(await ReviewerOfAsync(request.AgencyId, cancellationToken), request.Description, request.Need, request.Items.Select(i => i.Name),
            request.Children.Select(c => new ChildInput(c.Age, c.Gender, c.Size)));

    /// <summary>Each request's review by its agency's reviewer, by request id (a queue's findings).</summary>
    public async Task<Dictionary<int, ReviewResult>> ReviewAllAsync(IEnumerable<CareRequest> requests, CancellationToken cancellationToken)
    {
        var results = new Dictionary<int, ReviewResult>();
        foreach (var request in requests)
        {
            results[request.Id] = await ReviewAsync(request, cancellationToken);
        }

        return results;
    }

    /// <summary>A description as it is typed, by the reviewer of the writer's agency (none: the reviewer's own data).</summary>
    /// <param name="children">The children's rows: a size or gender given there is given (the description need not repeat it).</param>
    public async Task<ReviewResult> ReviewAsync(int? agencyId, string description, string need, IEnumerable<string?>? items, CancellationToken cancellationToken, IEnumerable<ChildInput>? children = null) =>
        Judge(agencyId is { } id ? await ReviewerOfAsync(id, cancellationToken) : Reviewer.Default, description, need, items, children);

    /// <summary>The reviewer with the agency's glossary additions and need templates (each checked by the reviewer's loader when saved).</summary>
    public async Task<Reviewer> ReviewerOfAsync(int agencyId, CancellationToken cancellationToken)
    {
        if (byAgency.TryGetValue(agencyId, out var known))
        {
            return known;
        }

        var data = await db.Organisations.AsNoTracking().Where(o => o.Id == agencyId)
            .Select(o => new { o.ReviewGlossary, o.ReviewNeedTemplates }).SingleOrDefaultAsync(cancellationToken);
        return byAgency[agencyId] = reviewers.For(data?.ReviewGlossary, data?.ReviewNeedTemplates);
    }

    private static ReviewResult Judge(Reviewer reviewer, string description, string need, IEnumerable<string?>? items, IEnumerable<ChildInput>? children = null) =>
        reviewer.Review(new ReviewRequest(description, need, items?.Where(i => !string.IsNullOrWhiteSpace(i)).Select(i => i!).ToList())
        {
            Given = Needs.AgeAppropriate.Contains(need) ? [.. (children ?? []).Select(c => ChildRow(need, c))] : null,
        });

    /// <summary>A child's row as words the reviewer's detail checks read: "girl, 8 years old, size 8" ("grade 3" for school supplies).</summary>
    private static string ChildRow(string need, ChildInput child) =>
        $"{child.Gender ?? "child"}, {child.Age} years old{(string.IsNullOrWhiteSpace(child.Size) ? "" : $", {(need == "school-supplies" ? "grade" : "size")} {child.Size.Trim()}")}";
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
