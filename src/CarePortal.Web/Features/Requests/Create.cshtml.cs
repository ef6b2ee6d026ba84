using CarePortal.Web.Data;
using CarePortal.Web.Features.Accounts;
using CarePortal.Web.Features.Training;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CarePortal.Web.Features.Requests;

/// <summary>The composer for a new request: save it as a draft, or save and submit at once.</summary>
public sealed class CreateModel(Composer composer, RequestWorkflow workflow, AppDbContext db, TrainingStatus training) : PageModel
{
    [BindProperty]
    public RequestForm Form { get; set; } = new();

    [BindProperty]
    public bool FamilyConsent { get; set; }

    public string? Error { get; private set; }

    /// <summary>The writer's agency asks for the training before a first request, and it is not done yet.</summary>
    public bool TrainingRequired { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        ViewData["Choices"] = await RequestForm.Choices.LoadAsync(db, User, cancellationToken);
        TrainingRequired = await training.MustCompleteBeforeRequestAsync(User.UserId(), cancellationToken);
    }

    public Task<IActionResult> OnPostAsync(CancellationToken cancellationToken) => SaveAsync(submit: false, cancellationToken);

    public Task<IActionResult> OnPostSubmitAsync(CancellationToken cancellationToken) => SaveAsync(submit: true, cancellationToken);

    private async Task<IActionResult> SaveAsync(bool submit, CancellationToken cancellationToken)
    {
        CareRequest request;
        try
        {
            request = await composer.SaveAsync(User, null, Form, cancellationToken);
        }
        catch (WorkflowException problem)
        {
            Error = problem.Message;
            PageErrors.Add(ModelState, problem);
            await OnGetAsync(cancellationToken);
            return Page();
        }

        if (submit)
        {
            try
            {
                await workflow.SubmitAsync(User, request.Id, new SubmitInput(FamilyConsent), cancellationToken);
            }
            catch (WorkflowException problem)
            {
                // The draft is saved; the edit page says why it could not go yet.
                TempData["ComposerError"] = problem.Message;
                return RedirectToPage("Edit", new { id = request.Id });
            }
        }

        return RedirectToPage("Details", new { id = request.Id });
    }
}

/// <summary>Shows a refused operation's field errors beside the fields of a page's form.</summary>
public static class PageErrors
{
    public static void Add(ModelStateDictionary modelState, WorkflowException problem)
    {
        if (problem.Extensions.TryGetValue("errors", out var value) && value is IDictionary<string, string[]> errors)
        {
            foreach (var (field, messages) in errors)
            {
                foreach (var message in messages)
                {
                    modelState.AddModelError($"Form.{char.ToUpperInvariant(field[0])}{field[1..]}", message);
                }
            }
        }
    }
}
