using CarePortal.Web.Data;
using CarePortal.Web.Features.Accounts;
using CarePortal.Web.Features.Refusals;
using CarePortal.Web.Features.Site;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CarePortal.Web.Features.Requests;

/// <summary>The composer for a new request: save it as a draft, or save and submit at once.</summary>
public sealed class CreateModel(Composer composer, AppDbContext db, IWriterReadiness training) : PageModel, IShowsRefusals
{
    [BindProperty]
    public RequestForm Form { get; set; } = new();

    [BindProperty]
    public bool FamilyConsent { get; set; }

    /// <summary>The draft this post saved, before it was submitted.</summary>
    private int? Saved { get; set; }

    /// <summary>The writer's agency asks for the training before a first request, and it is not done yet.</summary>
    public bool TrainingRequired { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        ViewData["Choices"] = await RequestForm.Choices.LoadAsync(db, User, cancellationToken);
        TrainingRequired = await training.MustCompleteBeforeRequestAsync(User.UserId(), cancellationToken);
    }

    public Task<IActionResult> OnPostAsync(CancellationToken cancellationToken) => SaveAsync(null, cancellationToken);

    /// <summary>The composer's question, answered in JSON: would "Submit" be accepted now (<see cref="ComposerReadiness"/>)? Nothing is saved.</summary>
    public async Task<IActionResult> OnPostReadinessAsync([FromServices] ComposerReadiness readiness, CancellationToken cancellationToken) =>
        new JsonResult(await readiness.CheckAsync(User, null, Form, FamilyConsent, Form.Arriving, cancellationToken));

    public Task<IActionResult> OnPostSubmitAsync([FromServices] SubmitRequest submit, CancellationToken cancellationToken) => SaveAsync(submit, cancellationToken);

    private async Task<IActionResult> SaveAsync(SubmitRequest? submit, CancellationToken cancellationToken)
    {
        var request = await composer.SaveAsync(User, null, Form, cancellationToken);
        Saved = request.Id;
        var attached = await composer.AttachBillAsync(User, request.Id, Form, cancellationToken);
        var done = submit is null
            ? RequestConfirmations.Saved(request)
            : RequestConfirmations.Submitted(await submit.RunAsync(User, request.Id, new SubmitInput(FamilyConsent), cancellationToken));
        TempData.Confirm(attached is null ? done : $"{done} {attached}");
        return RedirectToPage("Details", new { id = request.Id });
    }

    /// <summary>
    /// A refused save keeps the form as sent on the page, each field's message beside it; a refused submit of a saved
    /// draft is said on the draft's edit page.
    /// </summary>
    public async Task<IActionResult> ShowRefusedAsync(Refusal refusal, CancellationToken cancellationToken)
    {
        if (Saved is { } id)
        {
            // Field errors go with it, so a missing supervisor is said at the supervisor field of the edit page.
            TempData["ComposerError"] = refusal.Errors.Count > 0 ? System.Text.Json.JsonSerializer.Serialize(refusal.Errors) : refusal.Detail;
            TempData["ComposerErrorFields"] = refusal.Errors.Count > 0;
            return RedirectToPage("Edit", new { id });
        }

        await OnGetAsync(cancellationToken);
        return Page();
    }

    public string FieldKey(string field) => RequestForm.FieldKey(field);
}
