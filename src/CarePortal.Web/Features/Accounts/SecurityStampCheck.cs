using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace CarePortal.Web.Features.Accounts;

/// <summary>
/// Identity's check of a sign-in cookie against the person's security stamp (and the refresh of their memberships), asked only
/// when it is due: every <see cref="SecurityStampValidatorOptions.ValidationInterval"/> (30 minutes unless configured), as
/// Identity decides. Identity's own event built the user and sign-in managers on every request only to learn that it was not.
/// </summary>
public static class SecurityStampCheck
{
    public static Task WhenDueAsync(CookieValidatePrincipalContext context)
    {
        var options = context.HttpContext.RequestServices.GetRequiredService<IOptions<SecurityStampValidatorOptions>>().Value;
        var now = (options.TimeProvider ?? TimeProvider.System).GetUtcNow();
        var due = context.Properties.IssuedUtc is not { } issued || now - issued > options.ValidationInterval;
        return due ? SecurityStampValidator.ValidatePrincipalAsync(context) : Task.CompletedTask;
    }
}
