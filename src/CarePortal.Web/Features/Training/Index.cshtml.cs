using System.ComponentModel.DataAnnotations;
using CarePortal.Web.Features.Accounts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CarePortal.Web.Features.Training;

/// <summary>
/// The "Learn Best Practices" page: every practice with its check and exercises; the browser keeps the learner's place
/// (sessionStorage) and these handlers grade rewrites, keep a signed-in learner's progress and email a resume link.
/// </summary>
[AllowAnonymous]
public sealed class IndexModel(TrainingModule module, TrainingGrader grader, TrainingProgressStore store, IConfiguration configuration) : PageModel
{
    public TrainingModule Module => module;

    /// <summary>A signed-in learner's saved state, for the browser to start from.</summary>
    public string? SavedStateJson { get; private set; }

    public DateTimeOffset? CompletedAt { get; private set; }

    public bool SignedIn => User.Identity?.IsAuthenticated == true;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        if (SignedIn && await store.ForUserAsync(User.UserId(), cancellationToken) is { } saved)
        {
            SavedStateJson = saved.StateJson;
            CompletedAt = saved.CompletedAt;
        }
    }

    /// <summary>Grades a rewrite with the reviewer (anyone may practise; the need comes from the exercise, not the browser).</summary>
    public IActionResult OnPostGrade([FromBody] GradeInput input)
    {
        if (input.Text is null || input.Text.Length > TrainingGrader.MaxTextLength)
        {
            return Invalid("text", $"Send the rewrite, at most {TrainingGrader.MaxTextLength} characters.");
        }

        return grader.Grade(input.ExerciseId ?? "", input.Text) is { } grade ? new JsonResult(grade) : NotFound();
    }

    /// <summary>Keeps a signed-in learner's progress on their account.</summary>
    public async Task<IActionResult> OnPostProgressAsync([FromBody] TrainingState? state, CancellationToken cancellationToken)
    {
        if (!SignedIn)
        {
            return Unauthorized();
        }

        if (state is null)
        {
            return BadRequest();
        }

        var (clean, row) = await store.SaveForUserAsync(User.UserId(), state, cancellationToken);
        return new JsonResult(new ProgressView(clean, clean.CompletedSections(module), row.CompletedAt));
    }

    /// <summary>Saves a snapshot and emails a one-time link to it.</summary>
    public async Task<IActionResult> OnPostEmailAsync([FromBody] EmailInput input, CancellationToken cancellationToken)
    {
        if (!new EmailAddressAttribute().IsValid(input.Email) || string.IsNullOrWhiteSpace(input.Email) || input.Email.Length > 256)
        {
            return Invalid("email", "Enter an email address such as name@example.org.");
        }

        if (input.State is null)
        {
            return BadRequest();
        }

        // The configured public address, never the request's Host header, so nobody can make the email point elsewhere.
        var siteRoot = new Uri((configuration["Mail:SiteUrl"] ?? "http://localhost:5080").TrimEnd('/') + "/");
        var result = await store.SaveWithEmailAsync(input.Email, input.State, siteRoot, cancellationToken);
        return result == EmailSaveResult.Sent
            ? new JsonResult(new { sent = true })
            : StatusCode(StatusCodes.Status429TooManyRequests, new { sent = false, message = "Too many links were sent to this address in the last hour. Try again later." });
    }

    private static BadRequestObjectResult Invalid(string field, string message) =>
        new(new ValidationProblemDetails(new Dictionary<string, string[]> { [field] = [message] }));
}

public sealed record GradeInput(string? ExerciseId, string? Text);

public sealed record EmailInput(string? Email, TrainingState? State);

public sealed record ProgressView(TrainingState State, int CompletedSections, DateTimeOffset? CompletedAt);
