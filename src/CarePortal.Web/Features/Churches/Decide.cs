using System.Security.Claims;
using CarePortal.Web.Data;
using CarePortal.Web.Features.AuditLog;
using CarePortal.Web.Features.Accounts;
using CarePortal.Web.Features.Notifications;
using CarePortal.Web.Features.Notifications.Emails;
using CarePortal.Web.Features.Refusals;

namespace CarePortal.Web.Features.Churches;

/// <summary>
/// A platform admin approves (the point person is sent the link that makes them point person) or declines a church's application,
/// saying why: the reason is kept with the church, shown on the applications page and emailed to the applicant.
/// </summary>
public sealed class Decide(AppDbContext db, ChurchEnrolment enrolment, Outbox outbox, AdminAudit audit)
{
    public const string ReasonField = "reason";

    public async Task<Church> DecideAsync(ClaimsPrincipal user, int id, bool approve, CancellationToken ct, string? reason = null)
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

        var errors = new Dictionary<string, string[]>();
        var why = approve ? null : ChurchText.Checked(reason, ReasonField, "why the application is declined", ChurchText.MaxDeclineReason, lines: true, errors);
        if (!approve && why is null && errors.Count == 0)
        {
            errors[ReasonField] = ["Say why the application is declined: the applicant reads it in their email."];
        }

        if (errors.Count > 0)
        {
            throw RefusedException.Invalid(errors);
        }

        church.Status = approve ? ChurchStatus.Approved : ChurchStatus.Declined;
        church.DeclineReason = why;
        church.Active = approve;
        if (approve)
        {
            // The applicant takes the role by the emailed link: the address an application names is not proved by applying.
            var person = await enrolment.FindByIdAsync(church.PointPersonId) ?? throw new InvalidOperationException("A church's point person is never deleted.");
            await outbox.ToPersonAsync(person.Id, await ChurchApproval.EmailAsync(enrolment, person, church), null, ct);
        }
        else
        {
            await outbox.ToPersonAsync(church.PointPersonId, new ChurchDeclinedEmail(church.Organisation!.Name, why!), null, ct);
        }

        audit.Record(user, approve ? "church-approved" : "church-declined", approve ? $"Approved the application of {church.Organisation!.Name}." : $"Declined the application of {church.Organisation!.Name}: {why}", id, church.PointPersonId);
        await db.SaveChangesAsync(ct);
        return church;
    }
}

/// <summary>Why the application is declined: the applicant reads it in their email.</summary>
public sealed record DeclineInput(string? Reason);
