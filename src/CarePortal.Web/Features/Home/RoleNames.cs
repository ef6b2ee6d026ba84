using CarePortal.Web.Features.Accounts;

namespace CarePortal.Web.Features.Home;

/// <summary>The roles as people say them.</summary>
public static class RoleNames
{
    private static readonly Dictionary<string, string> Names = new(StringComparer.Ordinal)
    {
        [Roles.Caseworker] = "Caseworkers", [Roles.Supervisor] = "Supervisors", [Roles.CountyRepresentative] = "County representatives",
        [Roles.RegionalManager] = "Regional managers", [Roles.AgencyAdmin] = "Agency admins", [Roles.ChurchPointPerson] = "Church point people",
        [Roles.TeamLeader] = "Team leaders", [Roles.Responder] = "Responders", [Roles.PlatformAdmin] = "Platform admins",
    };

    public static string Of(string role) => Names.GetValueOrDefault(role) ?? role;
}
