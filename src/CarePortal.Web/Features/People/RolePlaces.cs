using CarePortal.Web.Features.Accounts;
using CarePortal.Web.Features.Organisations;

namespace CarePortal.Web.Features.People;

/// <summary>Where each agency role is held: caseworkers and supervisors at an office, county representatives at their counties, a regional manager at a region, an agency admin at the agency.</summary>
public static class RolePlaces
{
    public static OrganisationKind KindFor(string role) => role switch
    {
        Roles.Caseworker or Roles.Supervisor => OrganisationKind.Office,
        Roles.CountyRepresentative => OrganisationKind.County,
        Roles.RegionalManager => OrganisationKind.Region,
        _ => OrganisationKind.Agency,
    };

    /// <summary>The places the role is given at, checked against the agency; the field errors otherwise (keys <c>role</c>, <c>places</c>).</summary>
    public static IReadOnlyList<int> Check(AgencyPlaces agency, string? role, IReadOnlyList<int>? places, Dictionary<string, string[]> errors)
    {
        if (role is null || !Roles.AgencyRoles.Contains(role))
        {
            errors["role"] = ["Choose a role: caseworker, supervisor, county representative, regional manager or agency admin."];
            return [];
        }

        var kind = KindFor(role);
        if (kind == OrganisationKind.Agency)
        {
            return [agency.AgencyId];
        }

        var chosen = (places ?? []).Distinct().ToList();
        var fitting = chosen.Where(id => agency.Places.Any(p => p.Id == id && p.Kind == kind)).ToList();
        var message = kind switch
        {
            OrganisationKind.Office => $"Choose the one office where the {Roles.Name(role)} works.",
            OrganisationKind.County => "Choose one county or more for the county representative.",
            _ => "Choose the one region the regional manager manages.",
        };
        if (fitting.Count == 0 || fitting.Count != chosen.Count || (kind != OrganisationKind.County && fitting.Count > 1))
        {
            errors["places"] = [message];
        }

        return fitting;
    }
}
