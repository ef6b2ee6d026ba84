using CarePortal.Web.Features.Churches;
using CarePortal.Web.Features.Refusals;
using CarePortal.Web.Features.Requests;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CarePortal.Web.Features.Connections;

/// <summary>The page the 30/90/180-day email links to: the caseworker's side says whether the child is still safely home and the connection goes on.</summary>
public sealed class FollowUpModel(FollowUpAnswers answers) : PageModel, IShowsRefusals
{
    public FollowUpView View { get; private set; } = null!;

    [BindProperty(SupportsGet = true)]
    public int Days { get; set; }

    [TempData]
    public string? Done { get; set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        View = await answers.ReadAsync(User, id, ct);
        if (!View.Asked.Contains(Days))
        {
            Days = View.Asked.FirstOrDefault(d => View.Answers.All(a => a.Days != d));
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, bool? stillSafelyHome, bool? connectionGoesOn, string? note, CancellationToken ct)
    {
        await answers.AnswerAsync(User, id, new FollowUpAnswerInput(Days, stillSafelyHome, connectionGoesOn, note), ct);
        Done = $"Thank you: the {Days}-day answer is recorded.";
        return RedirectToPage(new { id });
    }

    public async Task<IActionResult> ShowRefusedAsync(Refusal refusal, CancellationToken cancellationToken)
    {
        Response.StatusCode = refusal.Status;
        View = await answers.ReadAsync(User, this.RouteId(), cancellationToken);
        return Page();
    }
}
