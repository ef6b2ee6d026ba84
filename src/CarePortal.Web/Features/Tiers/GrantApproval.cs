using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using CarePortal.Web.Data;
using CarePortal.Web.Features.Accounts;
using CarePortal.Web.Features.AuditLog;
using CarePortal.Web.Features.Organisations;
using CarePortal.Web.Features.Refusals;
using CarePortal.Web.Features.Requests;
using Microsoft.EntityFrameworkCore;

namespace CarePortal.Web.Features.Tiers;

/// <summary>
/// An agency admin records that a church person passed the agency's background check: the day of the check and the day the
/// approval ends. From then the person reads and answers the agency's tier-2 requests that reach their church (and their
/// church receives them). A grant while one is current replaces it (a renewal); both are audited.
/// </summary>
public sealed class GrantApproval(AppDbContext db, AdminAudit audit, ListApprovals list, TimeProvider clock)
{
    public async Task<ResponderApprovalView> RunAsync(ClaimsPrincipal user, int agencyId, ResponderApprovalInput input, CancellationToken ct)
    {
        var agency = await AgencyApprovers.AgencyAsync(db, user, agencyId, ct);
        var now = clock.GetUtcNow();
        var zone = AgencyTimeZone.Of(agency.TimeZone);
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, zone).DateTime);
        var errors = new Dictionary<string, string[]>();
        var email = input.Email?.Trim() ?? "";
        var normalized = email.ToUpperInvariant();
        var person = email.Length == 0 ? null : await db.Users.AsNoTracking().SingleOrDefaultAsync(u => u.NormalizedEmail == normalized, ct);
        if (person is null || !await ChurchAccess.ChurchIdsOf(db, person.Id).AnyAsync(ct))
        {
            errors["email"] = ["Give the email of a person in a church (a responder, team leader or point person): invite them to their church first if they are not in one."];
        }

        if (input.CheckedOn is not { } checkedOn || checkedOn > today)
        {
            errors["checkedOn"] = ["Give the day the background check was done (today or before)."];
        }

        if (input.ExpiresOn is not { } expiresOn || expiresOn <= today || (input.CheckedOn is { } c && expiresOn <= c))
        {
            errors["expiresOn"] = ["Give the day the approval ends: after today and after the check."];
        }

        if (errors.Count > 0)
        {
            throw RefusedException.Invalid(errors);
        }

        var me = user.UserId();
        foreach (var current in await ResponderApproval.Holding(db.ResponderApprovals, now).Where(a => a.AgencyId == agencyId && a.UserId == person!.Id).ToListAsync(ct))
        {
            current.WithdrawnAt = now;
            current.WithdrawnById = me;
        }

        var approval = new ResponderApproval
        {
            AgencyId = agencyId, UserId = person!.Id, CheckedOn = input.CheckedOn!.Value, ExpiresOn = input.ExpiresOn!.Value,
            ExpiresAt = LocalTime.StartOfDay(input.ExpiresOn.Value, zone), ApprovedById = me, ApprovedAt = now,
        };
        db.ResponderApprovals.Add(approval);
        audit.Record(user, "responder-approved",
            $"Approved {person.DisplayName} for {agency.Name}'s tier-2 requests: background check of {approval.CheckedOn:yyyy-MM-dd}, until {approval.ExpiresOn:yyyy-MM-dd}.",
            agencyId, person.Id);
        await db.SaveChangesAsync(ct);
        return (await list.ViewsAsync(agencyId, a => a.Id == approval.Id, now, ct))[0];
    }
}

/// <summary>A background-check approval: whose (their email), the day of the check and the day it ends.</summary>
public sealed record ResponderApprovalInput([property: MaxLength(256)] string? Email, DateOnly? CheckedOn, DateOnly? ExpiresOn);
