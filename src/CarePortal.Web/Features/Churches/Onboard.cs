using System.Security.Claims;
using CarePortal.Web.Data;
using CarePortal.Web.Features.AuditLog;
using CarePortal.Web.Features.Accounts;
using CarePortal.Web.Features.Notifications;
using CarePortal.Web.Features.Refusals;

namespace CarePortal.Web.Features.Churches;

/// <summary>A platform admin onboards a church: it is approved and active at once; its point person takes the role by the emailed link.</summary>
public sealed class Onboard(AppDbContext db, ChurchEnrolment enrolment, Outbox outbox, AdminAudit audit)
{
    public async Task<Church> OnboardAsync(ClaimsPrincipal user, ChurchInput input, CancellationToken ct)
    {
        if (!user.IsInRole(Roles.PlatformAdmin))
        {
            throw RefusedException.Forbidden("Only a platform admin onboards a church; a church may apply on its own.");
        }

        ChurchEnrolment.Check(input);
        var person = await enrolment.PersonAsync(input.PointPersonEmail!.Trim(), input.PointPersonName!.Trim(), ct);
        var church = await enrolment.AddAsync(input, person, ChurchStatus.Approved, ct);
        await outbox.ToPersonAsync(person.Id, await ChurchApproval.EmailAsync(enrolment, person, church), null, ct);
        audit.Record(user, "church-onboarded", $"Onboarded {church.Organisation!.Name} (ZIP {church.Zip}) with its point person invited.", church.Id, person.Id);
        await db.SaveChangesAsync(ct);
        return church;
    }
}
