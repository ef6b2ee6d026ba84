using CarePortal.Web.Data;
using CarePortal.Web.Features.Accounts;
using CarePortal.Web.Features.Refusals;
using CarePortal.Web.Features.Requests;
using CarePortal.Web.Features.Site;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CarePortal.Web.Features.CoworkerReads;

/// <summary>
/// The coworker-read queue: drafts waiting for the signed-in person's read, with the reviewer's findings beside each
/// (public part only, never private details); asking a coworker to read one's own draft; the answers one got.
/// </summary>
public sealed class IndexModel(CoworkerReadService reads, DescriptionReview review, AppDbContext db) : PageModel, IShowsRefusals
{
    public IReadOnlyList<(CoworkerRead Read, CareRequest Request, string AskedBy)> Queue { get; private set; } = [];

    public IReadOnlyDictionary<int, IReadOnlyList<FindingView>> Findings { get; private set; } = new Dictionary<int, IReadOnlyList<FindingView>>();

    public IReadOnlyList<CareRequest> MyDrafts { get; private set; } = [];

    public IReadOnlyList<Coworker> Coworkers { get; private set; } = [];

    public IReadOnlyList<CoworkerReadView> Asked { get; private set; } = [];

    [BindProperty]
    public string? Note { get; set; }

    [BindProperty]
    public int RequestId { get; set; }

    [BindProperty]
    public string? ReaderId { get; set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Queue = await reads.QueueAsync(User, cancellationToken);
        var results = await review.ReviewAllAsync(Queue.Select(q => q.Request), cancellationToken);
        Findings = Queue.ToDictionary(q => q.Read.Id, q => (IReadOnlyList<FindingView>)[.. results[q.Request.Id].Findings.Select(FindingView.From)]);
        var me = User.UserId();
        MyDrafts = await db.Requests.AsNoTracking()
            .Where(r => r.CaseworkerId == me && (r.State == RequestState.Draft || r.State == RequestState.ReturnedForChanges))
            .OrderByDescending(r => r.Id).Take(50).ToListAsync(cancellationToken);
        var coworkers = new List<Coworker>();
        foreach (var office in MyDrafts.Select(d => d.OfficeId).Distinct())
        {
            coworkers.AddRange(await reads.CoworkersAsync(MyDrafts.First(d => d.OfficeId == office), me, cancellationToken));
        }

        Coworkers = [.. coworkers.DistinctBy(c => c.Id)];
        Asked = await reads.AskedByAsync(User, cancellationToken);
    }

    public async Task<IActionResult> OnPostReadAsync(int readId, CancellationToken cancellationToken)
    {
        var read = await reads.MarkReadAsync(User, readId, Note, cancellationToken);
        return this.ConfirmAndRedirect($"Marked request {read.RequestId} read; {read.AskedBy} sees it{(read.Note is null ? "" : " with your note")}.");
    }

    public async Task<IActionResult> OnPostAskAsync(CancellationToken cancellationToken)
    {
        var read = await reads.AskAsync(User, RequestId, ReaderId, cancellationToken);
        return this.ConfirmAndRedirect($"Asked {read.Reader} to read request {read.RequestId}.");
    }

    public async Task<IActionResult> ShowRefusedAsync(Refusal refusal, CancellationToken cancellationToken)
    {
        Response.StatusCode = refusal.Status;
        await OnGetAsync(cancellationToken);
        return Page();
    }
}
