using CarePortal.Web.Data;
using CarePortal.Web.Features.Refusals;
using CarePortal.Web.Features.Site;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CarePortal.Web.Features.Requests;

/// <summary>The writer edits a draft or returned request (saved as they type); the approver edits one awaiting their decision.</summary>
public sealed class EditModel(Composer composer, ReadRequest read, IDraftReads coworkerReads, AppDbContext db, TimeProvider clock) : PageModel, IShowsRefusals
{
    [BindProperty]
    public RequestForm Form { get; set; } = new();

    [BindProperty]
    public bool FamilyConsent { get; set; }

    public bool MayKeepPrivate { get; private set; }

    /// <summary>Someone else's saved private details, when a save over them was refused (yours stay in the form).</summary>
    public PrivateDetailsInput? Theirs { get; private set; }

    /// <summary>Drafts and returned requests save themselves as their writer types; a request under review does not.</summary>
    public bool Autosaves { get; private set; }

    public bool CanSubmit { get; private set; }

    private bool autosaving;

    public int Id { get; private set; }

    /// <summary>The approver's note when the request came back for changes, shown where the writer edits.</summary>
    public string? ReturnNote { get; private set; }

    /// <summary>The coworker reads asked for this request, with the readers' notes, so the writer can act on them here.</summary>
    public IReadOnlyList<DraftRead> CoworkerReads { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int id, [FromServices] ReadPrivateDetails readPrivate, CancellationToken cancellationToken)
    {
        // The form holds the agency's own fields (exception reason, alternatives tried) and the coworker reads.
        var request = await read.ReadAsAgencyAsync(User, id, cancellationToken);
        Form = RequestForm.From(request);
        Describe(request);
        if (request.State == RequestState.ReturnedForChanges)
        {
            ReturnNote = await db.RequestTransitions.Where(t => t.CareRequestId == id && t.Action == RequestAction.Return)
                .OrderByDescending(t => t.Id).Select(t => t.Note).FirstOrDefaultAsync(cancellationToken);
        }

        if (MayKeepPrivate)
        {
            // Recorded as a read of the private details, like any other.
            var (details, _) = await readPrivate.ReadAsync(User, id, cancellationToken);
            Form.Private = PrivateDetailsForm.From(details);
        }

        if (TempData["ComposerError"] is string error)
        {
            if (TempData["ComposerErrorFields"] is true
                && System.Text.Json.JsonSerializer.Deserialize<Dictionary<string, string[]>>(error) is { } fields)
            {
                foreach (var (field, messages) in fields)
                {
                    foreach (var message in messages)
                    {
                        ModelState.AddModelError(RequestForm.FieldKey(field), message);
                    }
                }
            }
            else
            {
                ModelState.AddModelError(string.Empty, error);
            }
        }

        ViewData["Choices"] = await RequestForm.Choices.LoadAsync(db, User, cancellationToken);
        CoworkerReads = await coworkerReads.ForRequestAsync(User, id, cancellationToken);
        return Page();
    }

    public Task<IActionResult> OnPostAsync(int id, CancellationToken cancellationToken) => SaveAsync(id, null, cancellationToken);

    public Task<IActionResult> OnPostSubmitAsync(int id, [FromServices] SubmitRequest submit, CancellationToken cancellationToken) =>
        SaveAsync(id, submit, cancellationToken);

    /// <summary>The composer's question, answered in JSON: would "Submit" be accepted now (<see cref="ComposerReadiness"/>)? Nothing is saved.</summary>
    public async Task<IActionResult> OnPostReadinessAsync(int id, [FromServices] ComposerReadiness readiness, CancellationToken cancellationToken) =>
        new JsonResult(await readiness.CheckAsync(User, id, Form, FamilyConsent, Form.Arriving, cancellationToken));

    /// <summary>The composer's autosave: the draft as typed so far, answered in JSON (a refusal as ProblemDetails); nothing is saved when it is not valid yet.</summary>
    public async Task<IActionResult> OnPostAutosaveAsync(int id, CancellationToken cancellationToken)
    {
        autosaving = true;
        var current = await read.ReadAsync(User, id, cancellationToken);
        if (!IsWritersDraft(current))
        {
            throw RefusedException.Conflict("Not a draft", "Only a draft or a returned request saves itself.");
        }

        var saved = await composer.SaveAsync(User, id, Form, cancellationToken);
        return new JsonResult(new { savedAt = clock.GetUtcNow(), version = saved.Version, privateVersion = Form.Private.Version });
    }

    private async Task<IActionResult> SaveAsync(int id, SubmitRequest? submit, CancellationToken cancellationToken)
    {
        var saved = await composer.SaveAsync(User, id, Form, cancellationToken);
        var attached = await composer.AttachBillAsync(User, id, Form, cancellationToken);
        var done = submit is null
            ? RequestConfirmations.Saved(saved)
            : RequestConfirmations.Submitted(await submit.RunAsync(User, id, new SubmitInput(FamilyConsent), cancellationToken));
        TempData.Confirm(attached is null ? done : $"{done} {attached}");
        return RedirectToPage("Details", new { id });
    }

    /// <summary>
    /// A refused save keeps the form as sent on the page, with each field's message beside it. A refused GET (not the
    /// agency's, or opened from another site) has no form to show, since one without its private details would save
    /// them empty: the error page says why.
    /// </summary>
    public async Task<IActionResult> ShowRefusedAsync(Refusal refusal, CancellationToken cancellationToken)
    {
        if (HttpMethods.IsGet(Request.Method))
        {
            throw new RefusedException(refusal);
        }

        if (autosaving)
        {
            // The composer's script reads the status (and the refusal as ProblemDetails when it asks for JSON).
            Response.StatusCode = refusal.Status;
        }

        if (refusal.Extensions.TryGetValue("theirs", out var theirs) && theirs is PrivateDetailsInput saved)
        {
            // Someone else saved the private details: theirs above the form, which keeps yours and now names their version.
            (Theirs, Form.Private.Version) = (saved, saved.Version);
            ModelState.Remove("Form.Private.Version");
        }

        var id = this.RouteId();
        Describe(await read.ReadAsync(User, id, cancellationToken));
        ViewData["Choices"] = await RequestForm.Choices.LoadAsync(db, User, cancellationToken);
        CoworkerReads = await coworkerReads.ForRequestAsync(User, id, cancellationToken);
        return Page();
    }

    public string FieldKey(string field) => RequestForm.FieldKey(field);

    private void Describe(CareRequest request)
    {
        Id = request.Id;
        MayKeepPrivate = Composer.MayKeepPrivate(User, request);
        Autosaves = IsWritersDraft(request);
        ViewData["Attached"] = request.Attachments.OrderBy(a => a.UploadedAt).Select(a => new AttachedFile(a.Kind, a.Length, a.UploadedAt)).ToList();
        CanSubmit = RequestStateMachine.Allows(request.State, RequestAction.Submit) && RequestPermissions.Allows(User, request, RequestOperation.Submit);
    }

    private bool IsWritersDraft(CareRequest request) =>
        request.State is RequestState.Draft or RequestState.ReturnedForChanges && RequestPermissions.Allows(User, request, RequestOperation.Submit);
}
