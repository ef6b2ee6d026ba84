using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace CarePortal.Web.Features.Accounts;

[AllowAnonymous]
public sealed class LoginModel(SignInManager<AppUser> signIn, SignInThrottle throttle, ILogger<LoginModel> logger, IOptions<ExternalSignInOptions> external) : PageModel
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

        // Failures slow the caller down (SignInThrottle); they never lock the account, so nobody can shut its owner out.
        var caller = HttpContext.Connection.RemoteIpAddress?.ToString() ?? "unknown";
        if (throttle.WaitFor(Email, caller) is var wait && wait > TimeSpan.Zero)
        {
            var seconds = Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds));
            SignInLog.Refused(logger, Email, throttled: true);
            Response.StatusCode = StatusCodes.Status429TooManyRequests;
            Response.Headers.RetryAfter = seconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
            Error = $"Too many failed attempts. Try again in {seconds} seconds.";
            return Page();
        }

        var result = await signIn.PasswordSignInAsync(Email, Password, isPersistent: false, lockoutOnFailure: false);
        if (result.Succeeded)
        {
            throttle.Succeeded(Email, caller);
            return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/");
        }

        throttle.Failed(Email, caller);
        SignInLog.Refused(logger, Email, throttled: false);
        Error = "The email or password is not right.";
        return Page();
    }
}
