using System.Security.Claims;
using CarePortal.Web.Data;
using CarePortal.Web.Features.Accounts;
using CarePortal.Web.Features.Refusals;
using CarePortal.Web.Features.Requests;
using CarePortal.Web.Features.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CarePortal.Web.Features.Churches;

/// <summary>
/// Where the email's one-tap "Yes, I can help" lands (<see cref="RespondLinks"/>): GET shows the request and one button; only
/// the POST commits, as the person the link was sent to, with their rights at that moment. A forged or expired link, a link
/// for someone else than the person signed in, and a link whose church has answered already commit nothing and say why.
/// The token comes from the link's fragment, posted by the page's first view and then held in a cookie (<see cref="SecretLinkCookie"/>).
/// </summary>
[AllowAnonymous]
public sealed class YesModel(RespondLinks links, ViewAsChurch view, Respond respond, AppDbContext db, IUserClaimsPrincipalFactory<AppUser> principals,
    TimeProvider clock)
    : PageModel, IShowsRefusals
{
    [BindProperty(Name = "t")]
    public string? Token { get; set; }

    /// <summary>False on the first view, whose script posts the link's token from the fragment.</summary>
    public bool Opened { get; private set; } = true;

    public ChurchRequestView? View { get; private set; }

    /// <summary>Why the link commits nothing, shown instead of the button.</summary>
    public string? Problem { get; private set; }

    /// <summary>The church answered already (through this link or otherwise): when.</summary>
    public DateTimeOffset? AnsweredAt { get; private set; }

    [TempData]
    public string? Done { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (SecretLinkCookie.KeepFromQuery(HttpContext, RespondLinks.PagePath))
        {
            return LocalRedirect(RespondLinks.PagePath);
        }

        Token = SecretLinkCookie.Read(HttpContext);
        Opened = Token is not null;
        if (Opened)
        {
            await LoadAsync(ct);
        }

        return Page();
    }

    /// <summary>The token posted from the link's fragment: held for this page, which is then opened at its plain address.</summary>
    public IActionResult OnPostOpen(string? token)
    {
        SecretLinkCookie.Keep(HttpContext, RespondLinks.PagePath, token);
        return LocalRedirect(RespondLinks.PagePath);
    }

    public async Task<IActionResult> OnPostAsync(string? message, CancellationToken ct)
    {
        SecretLinkCookie.NoReferrer(HttpContext);
        Token ??= SecretLinkCookie.Read(HttpContext);
        var (link, person) = await LoadAsync(ct);
        if (link is null || person is null)
        {
            return Page();
        }

        var response = await respond.RespondAsync(person, link.RequestId, new ResponseInput(link.ChurchId, null, message), ct);
        Done = $"Thank you: {View!.ChurchName} is meeting {response.ItemIds.Count} {(response.ItemIds.Count == 1 ? "item" : "items")}. The caseworker has your response and how to reach you.";
        SecretLinkCookie.Keep(HttpContext, RespondLinks.PagePath, Token);
        return LocalRedirect(RespondLinks.PagePath);
    }

    public async Task<IActionResult> ShowRefusedAsync(Refusal refusal, CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        return Page();
    }

    /// <summary>The link and its person when the link may commit; else null with <see cref="Problem"/> said.</summary>
    private async Task<(RespondLink? Link, ClaimsPrincipal? Person)> LoadAsync(CancellationToken ct)
    {
        var link = links.Read(Token);
        if (link is null)
        {
            Problem = "This link is not valid: it may have been copied incompletely. Sign in and open the request from your church's feed instead.";
            return (null, null);
        }

        if (link.Expired)
        {
            Problem = "This link has expired. Sign in and open the request from your church's feed: if it still needs help, you can answer there.";
            return (null, null);
        }

        if (User.Identity?.IsAuthenticated == true && User.UserId() != link.UserId)
        {
            Problem = "This link was sent to someone else. Sign out and open it again, or answer from your own church's feed.";
            return (null, null);
        }

        var user = await db.Users.SingleOrDefaultAsync(u => u.Id == link.UserId, ct);
        if (user is null || (user.LockoutEnd is { } end && end > clock.GetUtcNow()))
        {
            Problem = "This link can no longer be used. Sign in and open the request from your church's feed.";
            return (null, null);
        }

        var person = await principals.CreateAsync(user);
        try
        {
            View = await view.ChurchViewAsync(person, link.RequestId, link.ChurchId, ct);
        }
        catch (RefusedException)
        {
            Problem = "This request no longer needs help from your church: it was met or closed. Thank you for being ready.";
            return (null, null);
        }

        AnsweredAt = await db.ChurchResponses.Where(r => r.CareRequestId == link.RequestId && r.ChurchId == link.ChurchId)
            .OrderBy(r => r.Id).Select(r => (DateTimeOffset?)r.At).FirstOrDefaultAsync(ct);
        if (AnsweredAt is not null || View.Request.State != RequestState.Open || View.Items.All(i => i.StillNeeded == 0))
        {
            return (null, null);
        }

        return (link, person);
    }
}
