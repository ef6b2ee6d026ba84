using System.Security.Claims;
using CarePortal.Web.Data;
using CarePortal.Web.Features.Refusals;

namespace CarePortal.Web.Features.Organisations;

/// <summary>
/// The agency admin (or a platform admin) removes a county or an office that nothing uses: a county with offices, a place where
/// someone holds a role or that requests were written for is refused with what uses it.
/// </summary>
public sealed class RemovePlace(AppDbContext db, AgencySettings agencies, AgencyStructure structure, IEnumerable<IPlaceUses> uses, IAuditTrail audit)
{
    public const string Field = "place";

    public async Task<string> RunAsync(ClaimsPrincipal user, int agencyId, int placeId, CancellationToken ct)
    {
        var agency = await agencies.AgencyAsync(user, agencyId, ct);
        var under = await structure.UnderAsync(agencyId, ct);
        var place = AgencyPlace.Find(under, placeId);
        var kind = AgencyPlace.KindOf(place);
        var used = new List<string>();
        var offices = under.Where(o => o.ParentId == place.Id && o.Kind == OrganisationKind.Office).Select(o => o.Name).Order(StringComparer.OrdinalIgnoreCase).ToList();
        if (offices.Count > 0)
        {
            used.Add($"its office{(offices.Count == 1 ? "" : "s")} {string.Join(", ", offices)} (remove {(offices.Count == 1 ? "it" : "them")} first)");
        }

        foreach (var use in uses)
        {
            if (await use.UseOfAsync(place.Id, ct) is { } said)
            {
                used.Add(said);
            }
        }

        if (used.Count > 0)
        {
            throw RefusedException.Invalid(Field, $"The {kind} {place.Name} cannot be removed: {string.Join("; ", used)}.");
        }

        db.Organisations.Remove(place);
        audit.Record(user, "agency-place-removed", $"Removed the {kind} {place.Name} from {agency.Name}.", agency.Id);
        await db.SaveChangesAsync(ct);
        return $"Saved: the {kind} {place.Name} is removed.";
    }
}
