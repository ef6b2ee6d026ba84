using System.Security.Claims;

namespace CarePortal.Web.Features.Organisations;

/// <summary>
/// Who changes an agency's settings: its agency admins and the platform's admins. Organisations knows organisations, not
/// people: Accounts answers from the person's memberships.
/// </summary>
public interface IAgencyAdmins
{
    bool Administers(ClaimsPrincipal user, int agencyId);

    /// <summary>The agencies where <paramref name="user"/> is an agency admin (the platform's admins: none of their own).</summary>
    IReadOnlyList<int> AgenciesOf(ClaimsPrincipal user);
}
