using System.Security.Claims;
using CarePortal.Web.Features.Accounts;
using CarePortal.Web.Features.Refusals;

namespace CarePortal.Web.Features.Platform;

/// <summary>
/// Who may use the platform's own pages and actions: a platform admin. Checked inside each handler (not by an attribute), so
/// that a post without the antiforgery token is refused as such first, as on every other page.
/// </summary>
public static class PlatformAdmins
{
    public static bool Are(ClaimsPrincipal user) => user.IsInRole(Roles.PlatformAdmin);

    public static void Require(ClaimsPrincipal user, string refusal)
    {
        if (!Are(user))
        {
            throw RefusedException.Forbidden(refusal);
        }
    }
}
