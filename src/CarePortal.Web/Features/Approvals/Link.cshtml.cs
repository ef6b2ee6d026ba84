using CarePortal.Web.Data;
using CarePortal.Web.Features.Accounts;
using CarePortal.Web.Features.Refusals;
using CarePortal.Web.Features.Requests;
using CarePortal.Web.Features.Security;
using CarePortal.Web.Features.Site;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CarePortal.Web.Features.Approvals;

/// <summary>
/// Where an approval email's link lands: GET shows the request and the reviewer's findings; only a POST by the
/// signed-in approver the link was made for decides. Any bad link changes nothing and says why. The link's token comes from
/// its fragment, posted by the page's first view (<see cref="OnPostOpen"/>) and held in a cookie across the sign-in
/// (<see cref="SecretLinkCookie"/>), so no URL carries it; anyone may open the page, only a signed-in person sees past that.
/// </summary>
[AllowAnonymous]
public sealed class LinkModel(ApprovalLinks links, ReadRequest read, DecideRequest decide, DescriptionReview review, AppDbContext db) : PageModel, IShowsRefusals
{
    [BindProperty(Name = "t")]
    public string? Token { get; set; }

    /// <summary>False on the first view, whose script posts the link's token from the fragment.</summary>
    public bool Opened { get; private set; } = true;

    [BindProperty]
    public string? Note { get; set; }

    public ApprovalLink? Link { get; private set; }

    public CareRequest? CareRequest { get; private set; }

    public IReadOnlyList<FindingView> Findings { get; private set; } = [];

    /// <summary>Why the link cannot be used, shown instead of the form.</summary>
    public string? Refusal { get; private set; }

    /// <summary>Someone (maybe another approver) decided the submission this link was sent for.</summary>
    public bool AlreadyDecided { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (SecretLinkCookie.KeepFromQuery(HttpContext, ApprovalLinks.PagePath))
        {
            return LocalRedirect(ApprovalLinks.PagePath);
        }

        Token = SecretLinkCookie.Read(HttpContext);
        if (Token is null)
        {
            Opened = false;
            return Page();
        }

        if (User.Identity?.IsAuthenticated != true)
        {
            return Challenge();
        }

        await LoadAsync(cancellationToken);
        return Page();
    }

    /// <summary>The token posted from the link's fragment: held for this page, which is then opened at its plain address.</summary>
    public IActionResult OnPostOpen(string? token)
    {
        SecretLinkCookie.Keep(HttpContext, ApprovalLinks.PagePath, token);
        return LocalRedirect(ApprovalLinks.PagePath);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        SecretLinkCookie.NoReferrer(HttpContext);
        Token ??= SecretLinkCookie.Read(HttpContext);
        if (User.Identity?.IsAuthenticated != true)
        {
            return Challenge();
        }

        if (!await LoadAsync(cancellationToken))
        {
            return Page();
        }

        await decide.RunAsync(User, Link!.RequestId, Link.Action, Note, cancellationToken);
        TempData.Confirm(RequestConfirmations.Decided(Link.Action, Link.RequestId));
        return RedirectToPage("/Requests/Details", new { id = Link.RequestId });
    }

    /// <summary>A refused decision (no note where one is needed) is said above the form; the link is checked again.</summary>
    public async Task<IActionResult> ShowRefusedAsync(Features.Refusals.Refusal refusal, CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        return Page();
    }

    /// <summary>Checks the link, its approver and the request's state; false (with <see cref="Refusal"/>) when it cannot be used.</summary>
    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        var check = links.Check(Token);
        Link = check.Link;
        Refusal = check.Problem switch
        {
            LinkProblem.Invalid => "This link is not valid. It may have been copied incompletely, or it has expired. Open the request from your approval queue instead.",
            LinkProblem.Expired => $"This link expired on {check.Link!.ExpiresAt:yyyy-MM-dd HH:mm} UTC. Open the request from your approval queue instead.",
            _ => null,
        };
        if (Refusal is not null)
        {
            return false;
        }

        if (Link!.ApproverId != User.UserId())
        {
            Refusal = "This link was sent to someone else. Sign out and sign in as the person it was sent to, or open your own approval queue.";
            return false;
        }

        // A request the person may not read is "not found" for them, said by the error page.
        CareRequest = await read.ReadAsync(User, Link.RequestId, cancellationToken);

        if (CareRequest.State != RequestState.AwaitingApproval || ApprovalLinks.RoundOf(CareRequest) != Link.Round)
        {
            Refusal = await AlreadyDecidedAsync(Link, cancellationToken);
            AlreadyDecided = true;
            return false;
        }

        Findings = [.. (await review.ReviewAsync(CareRequest, cancellationToken)).Findings.Select(FindingView.From)];
        return true;
    }

    /// <summary>What ended the submission this link was sent for: who decided, how and when.</summary>
    private async Task<string> AlreadyDecidedAsync(ApprovalLink link, CancellationToken cancellationToken)
    {
        var sentFor = DateTimeOffset.FromUnixTimeSeconds(link.Round);
        var moves = await db.RequestTransitions.AsNoTracking()
            .Where(t => t.CareRequestId == link.RequestId && t.From == RequestState.AwaitingApproval)
            .Select(t => new { t.Action, t.At, By = db.Users.Where(u => u.Id == t.ByUserId).Select(u => u.DisplayName).FirstOrDefault() })
            .ToListAsync(cancellationToken);
        var decision = moves.Where(t => t.At >= sentFor).OrderBy(t => t.At).FirstOrDefault();
        const string nothing = "It no longer waits for a decision from this link; nothing was changed.";
        if (decision is null)
        {
            return $"Already decided: this request is {CareRequest!.State.Phrase()}. {nothing}";
        }

        var when = decision.At.UtcDateTime.ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture) + " UTC";
        var by = decision.By is { Length: > 0 } name ? name : "another approver";
        return decision.Action switch
        {
            RequestAction.Approve => $"Already decided: {by} approved this request on {when}. {nothing}",
            RequestAction.Return => $"Already decided: {by} returned this request for changes on {when}. {nothing}",
            RequestAction.Deny => $"Already decided: {by} denied this request on {when}. {nothing}",
            RequestAction.Expire => $"Already decided: this request expired as not approved on {when}. {nothing}",
            _ => $"Already decided: the request was withdrawn on {when}. {nothing}",
        };
    }
}
