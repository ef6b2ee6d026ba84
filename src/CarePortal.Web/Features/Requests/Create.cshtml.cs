using CarePortal.Web.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CarePortal.Web.Features.Requests;

public sealed class CreateModel(RequestWorkflow workflow, AppDbContext db) : PageModel
{
    [BindProperty]
    public RequestForm Form { get; set; } = new();

    public string? Error { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        ViewData["Choices"] = await RequestForm.Choices.LoadAsync(db, User, cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        try
        {
            var request = await workflow.CreateAsync(User, Form.ToInput(), cancellationToken);
            return RedirectToPage("Details", new { id = request.Id });
        }
        catch (WorkflowException problem)
        {
            Error = problem.Message;
            PageErrors.Add(ModelState, problem);
            await OnGetAsync(cancellationToken);
            return Page();
        }
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
