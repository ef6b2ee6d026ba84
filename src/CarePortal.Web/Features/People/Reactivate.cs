using System.Security.Claims;
using CarePortal.Web.Data;
using CarePortal.Web.Features.Accounts;
using CarePortal.Web.Features.AuditLog;
using CarePortal.Web.Features.Organisations;
using CarePortal.Web.Features.Refusals;
using Microsoft.EntityFrameworkCore;

namespace CarePortal.Web.Features.People;

/// <summary>
/// The agency admin reactivates a deactivated person: the lock goes, the roles they kept on record count again, and they sign in
/// with their password (or a password-reset link sent from their page). Sessions and tokens ended at deactivation stay ended.
/// </summary>
public sealed class Reactivate(AppDbContext db, IAgencyAdmins admins, AdminAudit audit, TimeProvider clock)
{
    public const string Field = "reactivate";

    public async Task<string> RunAsync(ClaimsPrincipal user, int? agencyId, string? userId, CancellationToken ct)
    {
        var agency = await AgencyPlaces.LoadAsync(db, admins, user, agencyId, ct);
        var person = await AgencyPerson.FindAsync(db, agency, userId, clock.GetUtcNow(), ct);
        if (!person.Deactivated)
        {
            throw RefusedException.Invalid(Field, $"{ChangeRole.Display(person)} is active already.");
        }

        var account = await db.Users.SingleAsync(u => u.Id == person.UserId, ct);
        account.LockoutEnd = null;
        account.AccessFailedCount = 0;
        audit.Record(user, AuditActions.Reactivated, organisationId: agency.AgencyId, subjectUserId: person.UserId, detail: person.Email);
        await db.SaveChangesAsync(ct);
        return $"{ChangeRole.Display(person)} is active again, with the roles they had. They sign in with their password, or with a password-reset link you send them below.";
    }
}
