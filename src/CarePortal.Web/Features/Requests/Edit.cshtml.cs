using CarePortal.Web.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CarePortal.Web.Features.Requests;

/// <summary>The writer edits a draft or returned request; the approver edits one awaiting their decision.</summary>
public sealed class EditModel(RequestWorkflow workflow, AppDbContext db) : PageModel
{
    [BindProperty]
    public RequestForm Form { get; set; } = new();

    public string? Error { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        try
        {
            Form = RequestForm.From(await workflow.ReadAsync(User, id, cancellationToken));
        }
        catch (WorkflowException problem) when (problem.Status == StatusCodes.Status404NotFound)
        {
            return NotFound();
        }

        ViewData["Choices"] = await RequestForm.Choices.LoadAsync(db, User, cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken cancellationToken)
    {
        try
        {
            await workflow.UpdateAsync(User, id, Form.ToInput(), cancellationToken);
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
            ViewData["Choices"] = await RequestForm.Choices.LoadAsync(db, User, cancellationToken);
            return Page();
        }
    }
}
