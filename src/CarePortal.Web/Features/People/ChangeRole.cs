using System.Security.Claims;
using CarePortal.Web.Data;
using CarePortal.Web.Features.Accounts;
using CarePortal.Web.Features.AuditLog;
using CarePortal.Web.Features.Organisations;
using CarePortal.Web.Features.Refusals;
using Microsoft.EntityFrameworkCore;

namespace CarePortal.Web.Features.People;

/// <summary>
/// The agency admin gives a person of the agency another role (or the same role elsewhere): their roles in the agency are
/// replaced by this one. Their sessions end, so they sign in again with the new rights. The last administrator keeps the role.
/// </summary>
public sealed class ChangeRole(AppDbContext db, IAgencyAdmins admins, Sessions sessions, AdminAudit audit, TimeProvider clock)
{
    public async Task<string> RunAsync(ClaimsPrincipal user, int? agencyId, string? userId, string? role, IReadOnlyList<int>? places, CancellationToken ct)
    {
        var agency = await AgencyPlaces.LoadAsync(db, admins, user, agencyId, ct);
        var now = clock.GetUtcNow();
        var person = await AgencyPerson.FindAsync(db, agency, userId, now, ct);
        var errors = new Dictionary<string, string[]>();
        var chosen = RolePlaces.Check(agency, role, places, errors);
        if (errors.Count > 0)
        {
            throw RefusedException.Invalid(errors);
        }

        if (role != Roles.AgencyAdmin)
        {
            await AgencyPerson.ThrowIfLastAdminAsync(db, agency, person, user.UserId(), now, "role", ct);
        }

        var ids = agency.AllIds.ToList();
        var agencyRoles = Roles.AgencyRoles.ToList();
        db.Memberships.RemoveRange(await db.Memberships.Where(m => m.UserId == person.UserId && ids.Contains(m.OrganisationId) && agencyRoles.Contains(m.Role)).ToListAsync(ct));
        db.Memberships.AddRange(chosen.Select(id => new Membership { UserId = person.UserId, OrganisationId = id, Role = role! }));
        var where = role == Roles.AgencyAdmin ? agency.AgencyName : string.Join(", ", chosen.Select(agency.NameOf));
        audit.Record(user, AuditActions.RoleChanged, organisationId: agency.AgencyId, subjectUserId: person.UserId, detail: $"{person.Email} is now {Roles.Name(role!)} at {where}");
        await db.SaveChangesAsync(ct);
        await sessions.EndAllAsync(person.UserId, ct);
        return $"{Display(person)} is now {Roles.Name(role!)} at {where}. They sign in again to use it.";
    }

    public static string Display(PersonRow person) => string.IsNullOrEmpty(person.Name) ? person.Email : person.Name;
}
