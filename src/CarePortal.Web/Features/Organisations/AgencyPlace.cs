using CarePortal.Web.Features.Refusals;

namespace CarePortal.Web.Features.Organisations;

/// <summary>What renaming and removing share: finding a county or an office of the agency, and saying which it is.</summary>
public static class AgencyPlace
{
    public static Organisation Find(IReadOnlyList<Organisation> under, int placeId) =>
        under.FirstOrDefault(o => o.Id == placeId && o.Kind is OrganisationKind.County or OrganisationKind.Office)
        ?? throw RefusedException.NotFound("No such county or office in the agency.");

    public static string KindOf(Organisation place) => place.Kind == OrganisationKind.County ? "county" : "office";
}
