using System.Security.Claims;
using CarePortal.Web.Data;
using CarePortal.Web.Features.Accounts;
using CarePortal.Web.Features.AuditLog;
using CarePortal.Web.Features.Churches;
using CarePortal.Web.Features.Notifications;
using CarePortal.Web.Features.Notifications.Emails;
using CarePortal.Web.Features.Refusals;
using Microsoft.EntityFrameworkCore;

namespace CarePortal.Web.Features.Champions;

/// <summary>
/// A platform admin (who decides on churches' applications too) approves or declines a pending champion, saying why when
/// declining; the champion is told by email, and the decision is in the audit log.
/// </summary>
public sealed class DecideChampion(AppDbContext db, Outbox outbox, AdminAudit audit)
{
    public const string ReasonField = "reason";

    public async Task<ChampionView> RunAsync(ClaimsPrincipal user, int id, bool approve, string? reason, CancellationToken ct)
    {
        if (!user.IsInRole(Roles.PlatformAdmin))
        {
            throw RefusedException.Forbidden("Only a platform admin decides on a champion's registration.");
        }

        var champion = await db.Set<Champion>().SingleOrDefaultAsync(c => c.Id == id, ct) ?? throw RefusedException.NotFound("No such champion.");
        if (champion.Status != ChampionStatus.Pending)
        {
            throw RefusedException.Conflict("Already decided", $"This champion is {champion.Status.ToString().ToLowerInvariant()} already.");
        }

        var errors = new Dictionary<string, string[]>();
        var why = approve ? null : ChurchText.Checked(reason, ReasonField, "why the registration is declined", Champion.MaxDeclineReason, lines: true, errors);
        if (!approve && why is null && errors.Count == 0)
        {
            errors[ReasonField] = ["Say why the registration is declined: the champion reads it in their email."];
        }

        if (errors.Count > 0)
        {
            throw RefusedException.Invalid(errors);
        }

        champion.Status = approve ? ChampionStatus.Approved : ChampionStatus.Declined;
        champion.DeclineReason = why;
        await outbox.ToPersonAsync(champion.PersonId, approve ? new ChampionApprovedEmail(champion.Name) : new ChampionDeclinedEmail(champion.Name, why!), null, ct);
        audit.Record(user, approve ? "champion-approved" : "champion-declined",
            approve ? $"Approved the champion {champion.Name}." : $"Declined the champion {champion.Name}: {why}", subjectUserId: champion.PersonId);
        await db.SaveChangesAsync(ct);
        return await ChampionView.ReadAsync(db, champion.Id, ct);
    }
}
