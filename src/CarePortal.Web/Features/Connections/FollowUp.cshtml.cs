using CarePortal.Web.Features.Churches;
using CarePortal.Web.Features.Requests;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CarePortal.Web.Features.Connections;

/// <summary>The page the 30/90/180-day email links to: the caseworker's side says whether the child is still safely home and the connection goes on.</summary>
public sealed class FollowUpModel(FollowUpAnswers answers) : PageModel
{
    public FollowUpView View { get; private set; } = null!;

    [BindProperty(SupportsGet = true)]
    public int Days { get; set; }

    public string? Problem { get; private set; }

    [TempData]
    public string? Done { get; set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        try
        {
            View = await answers.ReadAsync(User, id, ct);
            if (!View.Asked.Contains(Days))
            {
                Days = View.Asked.FirstOrDefault(d => View.Answers.All(a => a.Days != d));
            }

            return Page();
        }
        catch (WorkflowException problem) when (problem.Status == StatusCodes.Status404NotFound)
        {
            return NotFound();
        }
    }

    public async Task<IActionResult> OnPostAsync(int id, bool? stillSafelyHome, bool? connectionGoesOn, string? note, CancellationToken ct)
    {
        try
        {
            await answers.AnswerAsync(User, id, new FollowUpAnswerInput(Days, stillSafelyHome, connectionGoesOn, note), ct);
            Done = $"Thank you: the {Days}-day answer is recorded.";
            return RedirectToPage(new { id });
        }
        catch (WorkflowException problem) when (problem.Status == StatusCodes.Status404NotFound)
        {
            return NotFound();
        }
        catch (WorkflowException problem)
        {
            Problem = string.Join(" ", ApplyModel.Messages(problem));
            View = await answers.ReadAsync(User, id, ct);
            Response.StatusCode = problem.Status;
            return Page();
        }
    }
}
