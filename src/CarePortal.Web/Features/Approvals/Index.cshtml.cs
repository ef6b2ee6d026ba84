using CarePortal.Web.Features.Accounts;
using CarePortal.Web.Features.Refusals;
using CarePortal.Web.Features.Requests;
using CarePortal.Web.Features.Site;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CarePortal.Web.Features.Approvals;

public sealed class IndexModel(ApprovalQueue queue, DecideRequest decide, DescriptionReview review, ApprovalSummaries summaries, PersonTimeZone zones)
    : PageModel, IShowsRefusals
{
    public IReadOnlyList<CareRequest> Queue { get; private set; } = [];

    /// <summary>What the reviewer still finds in each waiting description, for the approver to weigh.</summary>
    public IReadOnlyDictionary<int, IReadOnlyList<FindingView>> Findings { get; private set; } = new Dictionary<int, IReadOnlyList<FindingView>>();

    /// <summary>Who wrote each request, when, the time left, the total and the bill.</summary>
    public IReadOnlyDictionary<int, ApprovalSummary> Summaries { get; private set; } = new Dictionary<int, ApprovalSummary>();

    [BindProperty]
    public string? Note { get; set; }

    /// <summary>Which waiting requests to show first: the oldest (the soonest to expire) or the most urgent.</summary>
    [BindProperty(SupportsGet = true, Name = "sort")]
    public string? Sort { get; set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var waiting = queue.For(User).Include(r => r.Items).Include(r => r.Children).Include(r => r.Attachments).AsSplitQuery();
        Queue = await (Sort == "urgency" ? waiting.OrderBy(r => r.Urgency).ThenBy(r => r.Id) : waiting).ToListAsync(cancellationToken);
        var results = await review.ReviewAllAsync(Queue, cancellationToken);
        Findings = Queue.ToDictionary(r => r.Id, r => (IReadOnlyList<FindingView>)[.. results[r.Id].Findings.Select(FindingView.From)]);
        Summaries = await summaries.OfAsync(Queue, await zones.OfAsync(User, cancellationToken), cancellationToken);
    }

    public async Task<IActionResult> OnPostAsync(int id, Decision decision, CancellationToken cancellationToken)
    {
        await decide.RunAsync(User, id, decision, Note, cancellationToken);
        return this.ConfirmAndRedirect(RequestConfirmations.Decided(decision, id));
    }

    public async Task<IActionResult> ShowRefusedAsync(Refusal refusal, CancellationToken cancellationToken)
    {
        await OnGetAsync(cancellationToken);
        return Page();
    }
}
