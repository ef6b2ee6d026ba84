using CarePortal.Web.Features.Refusals;
using CarePortal.Web.Features.Requests;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CarePortal.Web.Features.Approvals;

public sealed class IndexModel(ApprovalQueue queue, DecideRequest decide, DescriptionReview review) : PageModel, IShowsRefusals
{
    public IReadOnlyList<CareRequest> Queue { get; private set; } = [];

    /// <summary>What the reviewer still finds in each waiting description, for the approver to weigh.</summary>
    public IReadOnlyDictionary<int, IReadOnlyList<FindingView>> Findings { get; private set; } = new Dictionary<int, IReadOnlyList<FindingView>>();

    [BindProperty]
    public string? Note { get; set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Queue = await queue.For(User).Include(r => r.Items).Include(r => r.Children).AsSplitQuery().ToListAsync(cancellationToken);
        Findings = Queue.ToDictionary(r => r.Id, r => (IReadOnlyList<FindingView>)[.. review.Review(r).Findings.Select(FindingView.From)]);
    }

    public async Task<IActionResult> OnPostAsync(int id, Decision decision, CancellationToken cancellationToken)
    {
        await decide.RunAsync(User, id, decision, Note, cancellationToken);
        return RedirectToPage();
    }

    public async Task<IActionResult> ShowRefusedAsync(Refusal refusal, CancellationToken cancellationToken)
    {
        await OnGetAsync(cancellationToken);
        return Page();
    }
}
