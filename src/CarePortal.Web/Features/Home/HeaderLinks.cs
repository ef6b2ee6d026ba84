using System.Security.Claims;
using CarePortal.Web.Data;
using CarePortal.Web.Features.Accounts;
using Microsoft.EntityFrameworkCore;

namespace CarePortal.Web.Features.Home;

/// <summary>
/// The header's links for the person signed in (<see cref="SiteNavigation"/>): the church's links from the church roles they
/// hold now, read from the memberships (<see cref="CurrentRoles"/>) in one query, so that a role taken away leaves no link to a
/// refusal; no query for a person whose sign-in names no church role (a role given since shows at the next claims' rebuild).
/// </summary>
public sealed class HeaderLinks(AppDbContext db)
{
    public async Task<IReadOnlyList<NavLink>> ForAsync(ClaimsPrincipal user, CancellationToken ct)
    {
        IReadOnlyCollection<string> churchRoles = SiteNavigation.ChurchRoles.Any(user.IsInRole)
            ? await CurrentRoles.HeldOf(db, user.UserId(), SiteNavigation.ChurchRoles).ToListAsync(ct)
            : [];
        return SiteNavigation.For(user, churchRoles);
    }
}
