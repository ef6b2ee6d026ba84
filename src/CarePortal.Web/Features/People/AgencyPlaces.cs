using System.Security.Claims;
using CarePortal.Web.Data;
using CarePortal.Web.Features.Organisations;
using Microsoft.EntityFrameworkCore;

namespace CarePortal.Web.Features.People;

/// <summary>A region, county or office of an agency.</summary>
public sealed record Place(int Id, string Name, OrganisationKind Kind, int? ParentId);

/// <summary>
/// The agency an administrator manages and every place under it: what the people pages offer and check against. Only the
/// agency's admins and the platform's admins open it (403); an agency that does not exist is 404.
/// </summary>
public sealed record AgencyPlaces(int AgencyId, string AgencyName, IReadOnlyList<Place> Places)
{
    /// <summary>The agency itself and every place under it.</summary>
    public IReadOnlyCollection<int> AllIds { get; } = [AgencyId, .. Places.Select(p => p.Id)];

    public IEnumerable<Place> OfKind(OrganisationKind kind) => Places.Where(p => p.Kind == kind).OrderBy(p => p.Name, StringComparer.Ordinal);

    public string NameOf(int id) => id == AgencyId ? AgencyName : Places.FirstOrDefault(p => p.Id == id)?.Name ?? "";

    /// <summary>The agency <paramref name="user"/> administers: <paramref name="id"/> if given, else their own (404 when they have none).</summary>
    public static async Task<AgencyPlaces> LoadAsync(AppDbContext db, IAgencyAdmins admins, ClaimsPrincipal user, int? id, CancellationToken ct)
    {
        var agency = await AdministeredAgency.OpenAsync(db, admins, user, id, "Only the agency's administrators manage its people.", ct);

        var tree = await db.Organisations.AsNoTracking()
            .Where(o => o.Kind == OrganisationKind.Region || o.Kind == OrganisationKind.County || o.Kind == OrganisationKind.Office)
            .Select(o => new Place(o.Id, o.Name, o.Kind, o.ParentId)).ToListAsync(ct);
        var under = new HashSet<int> { agency.Id };
        for (var grew = true; grew;)
        {
            grew = false;
            foreach (var place in tree.Where(p => p.ParentId is { } parent && under.Contains(parent) && !under.Contains(p.Id)))
            {
                grew |= under.Add(place.Id);
            }
        }

        return new AgencyPlaces(agency.Id, agency.Name, [.. tree.Where(p => under.Contains(p.Id))]);
    }
}
