using CarePortal.Web.Data;
using CarePortal.Web.Features.Accounts;
using Microsoft.EntityFrameworkCore;

namespace CarePortal.Web.Features.People;

/// <summary>A person of the agency as its administrator sees them: each role with the place it is held at.</summary>
public sealed record PersonRow(string UserId, string Name, string Email, IReadOnlyList<HeldRole> Roles, bool Deactivated)
{
    public bool Holds(string role) => Roles.Any(r => r.Role == role);
}

public sealed record HeldRole(string Role, int PlaceId, string Place);

/// <summary>The agency's people (anyone with a role at the agency or a place under it), by name.</summary>
public static class ListPeople
{
    public static async Task<List<PersonRow>> RunAsync(AppDbContext db, AgencyPlaces agency, DateTimeOffset now, CancellationToken ct, string? userId = null)
    {
        var ids = agency.AllIds.ToList();
        var rows = await db.Memberships.AsNoTracking()
            .Where(m => ids.Contains(m.OrganisationId) && (userId == null || m.UserId == userId))
            .Join(db.Users, m => m.UserId, u => u.Id, (m, u) => new { u.Id, u.DisplayName, u.Email, u.LockoutEnd, m.Role, m.OrganisationId })
            .ToListAsync(ct);
        return [.. rows.GroupBy(r => r.Id)
            .Select(g => new PersonRow(g.Key, g.First().DisplayName, g.First().Email ?? "",
                [.. g.OrderBy(r => Roles.AgencyRoles.ToList().IndexOf(r.Role)).ThenBy(r => agency.NameOf(r.OrganisationId), StringComparer.Ordinal)
                    .Select(r => new HeldRole(r.Role, r.OrganisationId, agency.NameOf(r.OrganisationId)))],
                g.First().LockoutEnd is { } end && end > now))
            .OrderBy(p => p.Deactivated).ThenBy(p => p.Name, StringComparer.CurrentCulture).ThenBy(p => p.Email, StringComparer.Ordinal)];
    }
}
