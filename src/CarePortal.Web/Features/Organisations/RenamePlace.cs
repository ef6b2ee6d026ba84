using System.Security.Claims;
using CarePortal.Web.Data;
using CarePortal.Web.Features.Refusals;

namespace CarePortal.Web.Features.Organisations;

/// <summary>
/// The agency admin (or a platform admin) renames a county or an office. A county's name is the agency's alone (a county belongs
/// to one region) and an office's is its county's alone; everything that uses the place keeps it, by its id.
/// </summary>
public sealed class RenamePlace(AppDbContext db, AgencySettings agencies, AgencyStructure structure, IAuditTrail audit)
{
    public const string Field = "name";

    public async Task<string> RunAsync(ClaimsPrincipal user, int agencyId, int placeId, string? name, CancellationToken ct)
    {
        var agency = await agencies.AgencyAsync(user, agencyId, ct);
        var under = await structure.UnderAsync(agencyId, ct);
        var place = AgencyPlace.Find(under, placeId);
        var kind = AgencyPlace.KindOf(place);
        var wanted = name?.Trim() ?? "";
        if (wanted.Length is 0 or > 200 || !PlainTextAttribute.IsPlain(wanted, lines: false))
        {
            throw RefusedException.Invalid(Field, $"Give the {kind}'s new name: at most 200 characters, written as plain text.");
        }

        var taken = under.FirstOrDefault(o => o.Id != place.Id && o.Kind == place.Kind && o.Name.Equals(wanted, StringComparison.OrdinalIgnoreCase)
            && (place.Kind == OrganisationKind.County || o.ParentId == place.ParentId));
        if (taken is not null)
        {
            throw RefusedException.Invalid(Field, place.Kind == OrganisationKind.County
                ? $"The agency has a county named {taken.Name} already."
                : $"{under.First(o => o.Id == place.ParentId).Name} has an office named {taken.Name} already.");
        }

        var old = place.Name;
        place.Name = wanted;
        audit.Record(user, "agency-place-renamed", $"Renamed the {kind} {old} of {agency.Name} to {wanted}.", agency.Id);
        await db.SaveChangesAsync(ct);
        return $"Saved: the {kind} {old} is now called {wanted}.";
    }
}
