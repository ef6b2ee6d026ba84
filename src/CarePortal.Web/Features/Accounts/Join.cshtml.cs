using CarePortal.Web.Data;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CarePortal.Web.Features.Accounts;

/// <summary>
/// Where an emailed link (<see cref="AccountLinks"/>) leads: the owner of the address confirms it and, when the link offers
/// one, accepts a place in a church or an agency, or chooses a new password (a reset link). A person whose address was never proved chooses a password here (any password set
/// before, by whoever made the account, is replaced); one who has a password keeps it and signs in as usual. Following the
/// link spends it. Forged links: 404; expired or used: 410, each with what to do instead.
/// </summary>
[AllowAnonymous]
public sealed class JoinModel(AccountLinks links, UserManager<AppUser> users, SignInManager<AppUser> signIn, Sessions sessions, AppDbContext db, IOptions<IdentityOptions> identity,
    IEnumerable<IWithdrawnOffers> withdrawn)
    : PageModel
{
    [BindProperty]
    public string? Token { get; set; }

    [BindProperty]
    public string? Password { get; set; }

    [BindProperty]
    public string? Confirm { get; set; }

    /// <summary>False until the page's script posted the link's token (the first view only carries it to the server).</summary>
    public bool Opened { get; private set; }

    public AccountLinkProblem Problem { get; private set; }

    public string? Email { get; private set; }

    public string? OrganisationName { get; private set; }

    public string? Role { get; private set; }

    /// <summary>The link lets its owner choose a new password (their agency admin sent it).</summary>
    public bool IsReset { get; private set; }

    /// <summary>How long a link of this kind works, for the expired link's message.</summary>
    public TimeSpan Lifetime { get; private set; } = AccountLinks.Lifetime;

    public bool NeedsPassword { get; private set; }

    public List<string> Errors { get; } = [];

    public string Rules => PasswordRules.Describe(identity.Value.Password);

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostOpenAsync() => await CheckedAsync() is { } person ? await ShowAsync(person) : Refused();

    public async Task<IActionResult> OnPostAsync()
    {
        if (await CheckedAsync() is not { } person)
        {
            return Refused();
        }

        if (NeedsPassword && !await PasswordChosenAsync(person))
        {
            return await ShowAsync(person, StatusCodes.Status400BadRequest);
        }

        var offer = AccountLinks.Offer(links.Read(Token)!.Purpose);
        if (offer is not null)
        {
            var held = await db.Memberships.Where(m => m.UserId == person.Id && offer.OrganisationIds.Contains(m.OrganisationId) && m.Role == offer.Role)
                .Select(m => m.OrganisationId).ToListAsync();
            db.Memberships.AddRange(offer.OrganisationIds.Except(held).Select(id => new Membership { UserId = person.Id, OrganisationId = id, Role = offer.Role }));
        }

        // A new point person lands on the church's settings (the welcome email says to check them), a responder on the feed.
        var next = offer switch
        {
            { Role: Roles.ChurchPointPerson } => $"/Churches/Settings/{offer.OrganisationIds[0]}",
            { Role: Roles.Responder } => "/Churches/Feed",
            _ => "/",
        };

        // One save: the address proved, the place taken, the stamp changed (which spends this link and signs out any other session).
        person.EmailConfirmed = true;
        await users.UpdateSecurityStampAsync(person);
        if (NeedsPassword)
        {
            // Whoever made the account before its owner proved the address keeps no session in it.
            await sessions.EndAllAsync(person.Id, HttpContext.RequestAborted);
            await signIn.SignInAsync(person, isPersistent: false);
            return LocalRedirect(next);
        }

        return LocalRedirect($"/Accounts/Login?joined=1&ReturnUrl={Uri.EscapeDataString(next)}");
    }

    /// <summary>The password typed twice and passing Identity's validators (the list of common ones too), hashed into the account.</summary>
    private async Task<bool> PasswordChosenAsync(AppUser person)
    {
        if (string.IsNullOrEmpty(Password) || Password != Confirm)
        {
            Errors.Add(string.IsNullOrEmpty(Password) ? "Choose a password." : "The two passwords differ: type the same password twice.");
            return false;
        }

        foreach (var validator in users.PasswordValidators)
        {
            Errors.AddRange((await validator.ValidateAsync(users, person, Password)).Errors.Select(e => e.Description));
        }

        if (Errors.Count > 0)
        {
            return false;
        }

        person.PasswordHash = users.PasswordHasher.HashPassword(person, Password);
        return true;
    }

    private async Task<AppUser?> CheckedAsync()
    {
        Opened = true;
        Problem = AccountLinkProblem.Invalid;
        if (links.Read(Token) is not { } link || await users.FindByIdAsync(link.UserId) is not { } person)
        {
            return null;
        }

        Lifetime = AccountLinks.LifetimeOf(link.Purpose);
        // A deactivated account takes no place and chooses no password by any link.
        if (await users.IsLockedOutAsync(person))
        {
            return null;
        }

        if (!await users.VerifyUserTokenAsync(person, AccountLinks.ProviderName, link.Purpose, Token!))
        {
            Problem = links.Problem(link, person.SecurityStamp) is var problem and not AccountLinkProblem.None ? problem : AccountLinkProblem.Invalid;
            return null;
        }

        if (AccountLinks.Offer(link.Purpose) is { } offer)
        {
            foreach (var check in withdrawn)
            {
                if (await check.IsWithdrawnAsync(person.Id, offer, HttpContext.RequestAborted))
                {
                    Problem = AccountLinkProblem.Withdrawn;
                    return null;
                }
            }
        }

        Problem = AccountLinkProblem.None;
        IsReset = link.Purpose == AccountLinks.Reset;
        NeedsPassword = IsReset || !person.EmailConfirmed || person.PasswordHash is null;
        return person;
    }

    private async Task<PageResult> ShowAsync(AppUser person, int status = StatusCodes.Status200OK)
    {
        Email = person.Email;
        if (AccountLinks.Offer(links.Read(Token)!.Purpose) is { } offer)
        {
            var names = await db.Organisations.Where(o => offer.OrganisationIds.Contains(o.Id)).OrderBy(o => o.Name).Select(o => o.Name).ToListAsync();
            OrganisationName = names.Count > 0 ? string.Join(", ", names) : null;
            Role = offer.Role;
        }

        Response.StatusCode = status;
        return Page();
    }

    private PageResult Refused()
    {
        Response.StatusCode = Problem == AccountLinkProblem.Invalid ? StatusCodes.Status404NotFound : StatusCodes.Status410Gone;
        return Page();
    }
}
