using System.Globalization;
using CarePortal.Web.Features.Refusals;
using CarePortal.Web.Features.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace CarePortal.Web.Features.Family;

/// <summary>
/// The family's page (<see cref="FamilyLinks"/>), no sign-in: the first view's script posts the link's token from the fragment,
/// held in a cookie for this page alone (<see cref="SecretLinkCookie"/>); then the questions, in the family's language (the
/// link's <c>?culture=</c>, read by ASP.NET Core's request localization). A link that is not ours, used or expired says so.
/// </summary>
[AllowAnonymous]
public sealed class AnswerModel(FamilyAnswers answers, IStringLocalizer<FamilyText> words) : PageModel, IShowsRefusals
{
    /// <summary>False on the first view, whose script posts the link's token.</summary>
    public bool Opened { get; private set; } = true;

    public string? Problem { get; private set; }

    [TempData]
    public string? Done { get; set; }

    [BindProperty]
    public FamilyAnswerInput Input { get; set; } = new(null, null, null, null, null);

    public string Language => CultureInfo.CurrentUICulture.Name.StartsWith("es", StringComparison.Ordinal) ? "es" : "en";

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var token = SecretLinkCookie.Read(HttpContext);
        if (Done is not null)
        {
            return Page();
        }

        Opened = token is not null;
        if (Opened)
        {
            await LoadAsync(token, ct);
        }

        return Page();
    }

    /// <summary>The token posted from the link's fragment: held for this page, which then opens at its plain address.</summary>
    public IActionResult OnPostOpen(string? token)
    {
        SecretLinkCookie.Keep(HttpContext, FamilyLinks.PagePath, token);
        return LocalRedirect($"{FamilyLinks.PagePath}?culture={Language}");
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var ask = await answers.AnswerAsync(SecretLinkCookie.Read(HttpContext), Input, s => words[s], ct);
        Done = Input.ThankChurch == true
            ? words["Thank you. Your caseworker has your answers, and the church will hear that you said thank you."]
            : words["Thank you. Your caseworker has your answers."];
        return LocalRedirect($"{FamilyLinks.PagePath}?culture={ask.Language}");
    }

    public Task<IActionResult> ShowRefusedAsync(Refusal refusal, CancellationToken cancellationToken)
    {
        Response.StatusCode = refusal.Status;
        if (refusal.Errors.Count == 0)
        {
            ModelState.Clear();
            Problem = refusal.Detail;
        }

        return Task.FromResult<IActionResult>(Page());
    }

    string IShowsRefusals.FieldKey(string field) => "Input." + field;

    private async Task LoadAsync(string? token, CancellationToken ct)
    {
        var opened = await answers.OpenAsync(token, ct);
        (Problem, var status) = opened?.State switch
        {
            null => (words["This link is not valid. It may have been copied only in part."].Value, StatusCodes.Status400BadRequest),
            AskState.Answered => (words["You have answered already. Thank you."].Value, StatusCodes.Status410Gone),
            AskState.Expired => (words["This link has expired."].Value, StatusCodes.Status410Gone),
            _ => ((string?)null, StatusCodes.Status200OK),
        };
        Response.StatusCode = status;
    }
}
