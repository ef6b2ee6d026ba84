using System.Security.Claims;
using CarePortal.Web.Data;
using CarePortal.Web.Features.Accounts;
using CarePortal.Web.Features.AuditLog;
using CarePortal.Web.Features.Notifications;
using CarePortal.Web.Features.Notifications.Emails;
using CarePortal.Web.Features.Organisations;
using CarePortal.Web.Features.Refusals;
using Microsoft.AspNetCore.Identity;

namespace CarePortal.Web.Features.People;

/// <summary>
/// The agency admin sends a person a link to choose a new password (<see cref="AccountLinks.Reset"/>, one use, 24 hours). The
/// password they have keeps working until they use it; using it signs them out everywhere.
/// </summary>
public sealed class SendPasswordReset(AppDbContext db, IAgencyAdmins admins, UserManager<AppUser> users, Outbox outbox, AdminAudit audit, TimeProvider clock)
{
    public async Task<string> RunAsync(ClaimsPrincipal user, int? agencyId, string? userId, CancellationToken ct)
    {
        var agency = await AgencyPlaces.LoadAsync(db, admins, user, agencyId, ct);
        var person = await AgencyPerson.FindAsync(db, agency, userId, clock.GetUtcNow(), ct);
        if (person.Deactivated)
        {
            throw RefusedException.Invalid("reset", $"{ChangeRole.Display(person)} is deactivated: a deactivated account chooses no new password.");
        }

        var account = await users.FindByIdAsync(person.UserId) ?? throw RefusedException.NotFound("No such person in your agency.");
        var link = await AccountLinks.PathForAsync(users, account, AccountLinks.Reset);
        await outbox.ToPersonAsync(person.UserId, new PasswordResetEmail(agency.AgencyName, link, (int)AccountLinks.ResetLifetime.TotalHours), null, ct);
        audit.Record(user, AuditActions.PasswordResetSent, organisationId: agency.AgencyId, subjectUserId: person.UserId, detail: person.Email);
        await db.SaveChangesAsync(ct);
        return $"A link to choose a new password is on its way to {person.Email}. It works once, within {(int)AccountLinks.ResetLifetime.TotalHours} hours.";
    }
}
