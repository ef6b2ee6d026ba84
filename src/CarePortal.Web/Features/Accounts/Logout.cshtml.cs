using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CarePortal.Web.Features.Accounts;

public sealed class LogoutModel(SignInManager<AppUser> signIn, Sessions sessions) : PageModel
{
    public async Task<IActionResult> OnPostAsync()
    {
        await sessions.EndAsync(User, HttpContext.RequestAborted);
        await signIn.SignOutAsync();
        return LocalRedirect("/");
    }
}
