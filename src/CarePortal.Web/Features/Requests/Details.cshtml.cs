using CarePortal.Web.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CarePortal.Web.Features.Requests;

public sealed class DetailsModel(RequestWorkflow workflow, AppDbContext db) : PageModel
{
    public RequestView? CareRequest { get; private set; }

    public IReadOnlyList<TransitionView> History { get; private set; } = [];

    public PrivateDetailsView? Private { get; private set; }

    public IReadOnlyList<FindingView> Findings { get; private set; } = [];

    public string? Error { get; private set; }

    public bool CanReadPrivate { get; private set; }

    public bool CanSubmit { get; private set; }

    [BindProperty]
    public bool FamilyConsent { get; set; }

    [BindProperty]
    public string? Note { get; set; }

    public Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken) => ShowAsync(id, cancellationToken);

    /// <summary>Private details are shown only when asked for, because every read is recorded.</summary>
    public Task<IActionResult> OnGetPrivateAsync(int id, CancellationToken cancellationToken) =>
        ShowAsync(id, cancellationToken, async () =>
        {
            var (details, attachments) = await workflow.ReadPrivateAsync(User, id, cancellationToken);
            Private = PrivateDetailsView.From(details, attachments);
        });

    public Task<IActionResult> OnPostSubmitAsync(int id, CancellationToken cancellationToken) =>
        ShowAsync(id, cancellationToken, () => workflow.SubmitAsync(User, id, new SubmitInput(FamilyConsent), cancellationToken));

    public Task<IActionResult> OnPostCancelAsync(int id, CancellationToken cancellationToken) =>
        ShowAsync(id, cancellationToken, () => workflow.MoveAsync(User, id, RequestAction.Cancel, Note, cancellationToken));

    private async Task<IActionResult> ShowAsync(int id, CancellationToken cancellationToken, Func<Task>? action = null)
    {
        try
        {
            if (action is not null)
            {
                await action();
            }
        }
        catch (WorkflowException problem) when (problem.Status == StatusCodes.Status404NotFound)
        {
            return NotFound();
        }
        catch (WorkflowException problem)
        {
            Error = problem.Message;
            Findings = problem.Extensions.TryGetValue("findings", out var findings) && findings is IReadOnlyList<FindingView> list ? list : [];
        }

        try
        {
            var request = await workflow.ReadAsync(User, id, cancellationToken);
            CareRequest = RequestView.From(request);
            CanReadPrivate = RequestPermissions.Allows(User, request, RequestOperation.ReadPrivate);
            CanSubmit = RequestPermissions.Allows(User, request, RequestOperation.Submit)
                && RequestStateMachine.Allows(request.State, RequestAction.Submit);
        }
        catch (WorkflowException problem) when (problem.Status == StatusCodes.Status404NotFound)
        {
            return NotFound();
        }

        History = await db.RequestTransitions.AsNoTracking().Where(t => t.CareRequestId == id).OrderBy(t => t.Id)
            .Select(t => new TransitionView(t.From, t.Action, t.To, t.ByUserId, t.At, t.Note)).ToListAsync(cancellationToken);
        return Page();
    }
}
