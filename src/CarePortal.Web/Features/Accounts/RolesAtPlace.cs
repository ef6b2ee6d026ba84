using CarePortal.Web.Data;
using CarePortal.Web.Features.Organisations;
using Microsoft.EntityFrameworkCore;

namespace CarePortal.Web.Features.Accounts;

/// <summary>Organisations' question before a county or office is removed: who holds a role there (deactivated people too: their roles stay on record).</summary>
public sealed class RolesAtPlace(AppDbContext db) : IPlaceUses
{
    public async Task<string?> UseOfAsync(int placeId, CancellationToken ct)
    {
        var people = await db.Memberships.AsNoTracking().Where(m => m.OrganisationId == placeId)
            .Join(db.Users, m => m.UserId, u => u.Id, (m, u) => new { u.Id, u.DisplayName, u.Email }).Distinct().ToListAsync(ct);
        if (people.Count == 0)
        {
            return null;
        }

        var names = people.Select(p => string.IsNullOrEmpty(p.DisplayName) ? p.Email : p.DisplayName).Order(StringComparer.CurrentCulture).ToList();
        return $"{(people.Count == 1 ? "1 person holds" : $"{people.Count} people hold")} a role there ({string.Join(", ", names.Take(3))}{(names.Count > 3 ? ", …" : "")}): "
            + "give them a role elsewhere first";
    }
}
