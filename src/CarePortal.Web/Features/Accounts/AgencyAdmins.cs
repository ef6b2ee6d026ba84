using System.Security.Claims;
using CarePortal.Web.Features.Organisations;

namespace CarePortal.Web.Features.Accounts;

/// <summary>Organisations' question of who administers an agency, answered from the person's memberships.</summary>
public sealed class AgencyAdmins : IAgencyAdmins
{
    public bool Administers(ClaimsPrincipal user, int agencyId) =>
        user.HasRoleAt(Roles.AgencyAdmin, agencyId) || user.IsInRole(Roles.PlatformAdmin);

    public IReadOnlyList<int> AgenciesOf(ClaimsPrincipal user) => user.OrganisationsWithRole(Roles.AgencyAdmin);
}
