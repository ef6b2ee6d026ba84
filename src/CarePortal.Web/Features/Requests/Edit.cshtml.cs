using CarePortal.Web.Data;
using CarePortal.Web.Features.CoworkerReads;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CarePortal.Web.Features.Requests;

/// <summary>The writer edits a draft or returned request (saved as they type); the approver edits one awaiting their decision.</summary>
public sealed class EditModel(Composer composer, RequestWorkflow workflow, CoworkerReadService coworkerReads, AppDbContext db, TimeProvider clock) : PageModel
{
    [BindProperty]
    public RequestForm Form { get; set; } = new();

    [BindProperty]
    public bool FamilyConsent { get; set; }

    public string? Error { get; private set; }

    public bool MayKeepPrivate { get; private set; }

    /// <summary>Drafts and returned requests save themselves as their writer types; a request under review does not.</summary>
    public bool Autosaves { get; private set; }

    public bool CanSubmit { get; private set; }

    public int Id { get; private set; }

    /// <summary>The coworker reads asked for this request, with the readers' notes, so the writer can act on them here.</summary>
    public IReadOnlyList<CoworkerReadView> CoworkerReads { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        try
        {
            // The form holds the agency's own fields (exception reason, alternatives tried) and the coworker reads.
            var request = await workflow.ReadAsAgencyAsync(User, id, cancellationToken);
            Form = RequestForm.From(request);
            Describe(request);
            if (MayKeepPrivate)
            {
                // Recorded as a read of the private details, like any other.
                var (details, _) = await workflow.ReadPrivateAsync(User, id, cancellationToken);
                Form.Private = new DetailsModel.PrivateDetailsForm
                {
                    DeliveryDirections = details.DeliveryDirections,
                    Payee = details.Payee,
                    AccountNumber = details.AccountNumber,
                    AmountOwed = details.AmountOwed,
                    PaymentType = details.PaymentType,
                    HowToPayDirectly = details.HowToPayDirectly,
                };
            }
        }
        catch (WorkflowException problem) when (problem.Status == StatusCodes.Status404NotFound)
        {
            return NotFound();
        }
        catch (WorkflowException problem) when (problem.Status == StatusCodes.Status403Forbidden)
        {
            // Not the agency's, or opened from another site: no form (one without its private details would save them empty).
            return StatusCode(problem.Status);
        }

        Error = TempData["ComposerError"] as string;
        ViewData["Choices"] = await RequestForm.Choices.LoadAsync(db, User, cancellationToken);
        CoworkerReads = await coworkerReads.ForRequestAsync(User, id, cancellationToken);
        return Page();
    }

    public Task<IActionResult> OnPostAsync(int id, CancellationToken cancellationToken) => SaveAsync(id, submit: false, cancellationToken);

    public Task<IActionResult> OnPostSubmitAsync(int id, CancellationToken cancellationToken) => SaveAsync(id, submit: true, cancellationToken);

    /// <summary>The composer's autosave: the draft as typed so far, answered in JSON; nothing is saved when it is not valid yet.</summary>
    public async Task<IActionResult> OnPostAutosaveAsync(int id, CancellationToken cancellationToken)
    {
        try
        {
            var current = await workflow.ReadAsync(User, id, cancellationToken);
            if (!IsWritersDraft(current))
            {
                return StatusCode(StatusCodes.Status409Conflict, new { message = "Only a draft or a returned request saves itself." });
            }

            var saved = await composer.SaveAsync(User, id, Form, cancellationToken);
            return new JsonResult(new { savedAt = clock.GetUtcNow(), version = saved.Version });
        }
        catch (WorkflowException problem)
        {
            return StatusCode(problem.Status, new { message = problem.Message, errors = problem.Extensions.TryGetValue("errors", out var errors) ? errors : null });
        }
    }

    private async Task<IActionResult> SaveAsync(int id, bool submit, CancellationToken cancellationToken)
    {
        try
        {
            await composer.SaveAsync(User, id, Form, cancellationToken);
            if (submit)
            {
                await workflow.SubmitAsync(User, id, new SubmitInput(FamilyConsent), cancellationToken);
            }

            return RedirectToPage("Details", new { id });
        }
        catch (WorkflowException problem) when (problem.Status == StatusCodes.Status404NotFound)
        {
            return NotFound();
        }
        catch (WorkflowException problem)
        {
            Error = problem.Message;
            PageErrors.Add(ModelState, problem);
            Describe(await workflow.ReadAsync(User, id, cancellationToken));
            ViewData["Choices"] = await RequestForm.Choices.LoadAsync(db, User, cancellationToken);
            CoworkerReads = await coworkerReads.ForRequestAsync(User, id, cancellationToken);
            return Page();
        }
    }

    private void Describe(CareRequest request)
    {
        Id = request.Id;
        MayKeepPrivate = Composer.MayKeepPrivate(User, request);
        Autosaves = IsWritersDraft(request);
        CanSubmit = RequestStateMachine.Allows(request.State, RequestAction.Submit) && RequestPermissions.Allows(User, request, RequestOperation.Submit);
    }

    private bool IsWritersDraft(CareRequest request) =>
        request.State is RequestState.Draft or RequestState.ReturnedForChanges && RequestPermissions.Allows(User, request, RequestOperation.Submit);
}
