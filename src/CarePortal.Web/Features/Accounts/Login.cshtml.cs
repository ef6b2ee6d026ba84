using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace CarePortal.Web.Features.Accounts;

[AllowAnonymous]
public sealed class LoginModel(SignInManager<AppUser> signIn, ILogger<LoginModel> logger, IOptions<ExternalSignInOptions> external) : PageModel
{
    /// <summary>The agencies' OpenID Connect providers, by name: "Sign in with …" links.</summary>
    public IReadOnlyList<(string Name, string DisplayName)> Providers { get; } = [.. external.Value.Providers.Select(p => (p.Key, p.Value.DisplayName))];

    [BindProperty, Required, EmailAddress]
    public string Email { get; set; } = "";

    [BindProperty, Required, DataType(DataType.Password)]
    public string Password { get; set; } = "";

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public string? Error { get; private set; }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var result = await signIn.PasswordSignInAsync(Email, Password, isPersistent: false, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/");
        }

        SignInLog.Refused(logger, Email, result.IsLockedOut);
        Error = result.IsLockedOut
            ? "This account is locked after too many failed attempts. Try again in 15 minutes."
            : "The email or password is not right.";
        return Page();
    }
}
