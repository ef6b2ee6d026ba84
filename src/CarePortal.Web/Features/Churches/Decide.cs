using System.Security.Claims;
using CarePortal.Web.Data;
using CarePortal.Web.Features.Accounts;
using CarePortal.Web.Features.Notifications;
using CarePortal.Web.Features.Notifications.Emails;
using CarePortal.Web.Features.Refusals;

namespace CarePortal.Web.Features.Churches;

/// <summary>A platform admin approves (the point person is told) or declines a church's application.</summary>
public sealed class Decide(AppDbContext db, Outbox outbox)
{
    public async Task<Church> DecideAsync(ClaimsPrincipal user, int id, bool approve, CancellationToken ct)
    {
        if (!user.IsInRole(Roles.PlatformAdmin))
        {
            throw RefusedException.Forbidden("Only a platform admin decides on a church's application.");
        }

        var church = await ChurchReaders.ReadAsync(db, user, id, ct);
        if (church.Status != ChurchStatus.Applied)
        {
            throw new RefusedException(StatusCodes.Status409Conflict, "Already decided", $"This church is {church.Status.ToString().ToLowerInvariant()} already.");
        }

        church.Status = approve ? ChurchStatus.Approved : ChurchStatus.Declined;
        church.Active = approve;
        if (approve)
        {
            db.Memberships.Add(new Membership { UserId = church.PointPersonId, OrganisationId = church.Id, Role = Roles.ChurchPointPerson });
            await outbox.ToPersonAsync(church.PointPersonId, new ChurchApprovedEmail(church.Id, church.Organisation!.Name), null, ct);
        }

        await db.SaveChangesAsync(ct);
        return church;
    }
}
