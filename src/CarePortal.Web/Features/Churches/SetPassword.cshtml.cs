using CarePortal.Web.Data;
using CarePortal.Web.Features.Accounts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace CarePortal.Web.Features.Churches;

/// <summary>
/// An invited responder chooses a password from the link in the invitation (<see cref="InvitationLinks"/>): once, before
/// it expires; forged, expired and used links are refused with what to do instead.
/// </summary>
[AllowAnonymous]
public sealed class SetPasswordModel(InvitationLinks links, UserManager<AppUser> users, SignInManager<AppUser> signIn, AppDbContext db, IOptions<IdentityOptions> identity)
    : PageModel
{
    [BindProperty(SupportsGet = true, Name = "t")]
    public string? Token { get; set; }

    [BindProperty]
    public string? Password { get; set; }

    [BindProperty]
    public string? Confirm { get; set; }

    public string? Email { get; private set; }

    public InvitationProblem Problem { get; private set; }

    public List<string> Errors { get; } = [];

    /// <summary>The password rules, from Identity's options (the same ones that check the password).</summary>
    public string Rules
    {
        get
        {
            var p = identity.Value.Password;
            var rules = new List<string> { $"at least {p.RequiredLength} characters" };
            if (p.RequireUppercase)
            {
                rules.Add("an upper-case letter");
            }

            if (p.RequireLowercase)
            {
                rules.Add("a lower-case letter");
            }

            if (p.RequireDigit)
            {
                rules.Add("a digit");
            }

            if (p.RequireNonAlphanumeric)
            {
                rules.Add("a character that is not a letter or digit");
            }

            return string.Join(", ", rules);
        }
    }

    public IActionResult OnGet() => Checked() is { } person ? Show(person) : Refused();

    public async Task<IActionResult> OnPostAsync()
    {
        if (Checked() is not { } person)
        {
            return Refused();
        }

        Email = person.Email;
        if (string.IsNullOrEmpty(Password) || Password != Confirm)
        {
            Errors.Add(string.IsNullOrEmpty(Password) ? "Choose a password." : "The two passwords differ: type the same password twice.");
            return Show(person, StatusCodes.Status400BadRequest);
        }

        var added = await users.AddPasswordAsync(person, Password);
        if (!added.Succeeded)
        {
            Errors.AddRange(added.Errors.Select(e => e.Description));
            return Show(person, StatusCodes.Status400BadRequest);
        }

        // Setting a password spends the link (the security stamp changes); the person is signed in and sees the church's requests.
        await users.UpdateSecurityStampAsync(person);
        person.EmailConfirmed = true;
        await users.UpdateAsync(person);
        await signIn.SignInAsync(person, isPersistent: false);
        return LocalRedirect("/Churches/Feed");
    }

    private AppUser? Checked()
    {
        var check = links.Check(Token, id => db.Users.SingleOrDefault(u => u.Id == id));
        Problem = check.Problem;
        return check.Problem == InvitationProblem.None ? check.Person : null;
    }

    private PageResult Show(AppUser person, int status = StatusCodes.Status200OK)
    {
        Email = person.Email;
        Response.StatusCode = status;
        return Page();
    }

    /// <summary>Forged: 404; expired or used: 410 Gone, each with what to do.</summary>
    private PageResult Refused()
    {
        Response.StatusCode = Problem == InvitationProblem.Invalid ? StatusCodes.Status404NotFound : StatusCodes.Status410Gone;
        return Page();
    }
}
