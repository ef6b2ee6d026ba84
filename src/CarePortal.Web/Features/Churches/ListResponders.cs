using System.Security.Claims;
using CarePortal.Web.Data;
using CarePortal.Web.Features.Accounts;
using CarePortal.Web.Features.AuditLog;
using CarePortal.Web.Features.Organisations;
using Microsoft.EntityFrameworkCore;

namespace CarePortal.Web.Features.Churches;

/// <summary>The church's responders whose accounts are active (and of which team), for its point person, a platform admin or a leader of one of its teams.</summary>
public sealed class ListResponders(AppDbContext db, ContactViews contacts)
{
    /// <summary>
    /// The list as the API answers it: with the responders' emails for the church's point person (now: <see cref="ChurchLeads"/>)
    /// and platform admins, each such view recorded (<see cref="ContactViews"/>); a team leader, who forwards to responders by
    /// name, gets no email, nor does a view asked from another site.
    /// </summary>
    public async Task<List<ResponderView>> WithContactsAsync(ClaimsPrincipal user, int id, CancellationToken ct)
    {
        var list = await RespondersAsync(user, id, ct);
        var shows = (user.IsInRole(Roles.PlatformAdmin) || await ChurchLeads.IsPointPersonAsync(db, user, id, ct))
            && await contacts.RecordAsync(user, "emails of the church's responders", id, ct);
        return shows ? list : [.. list.Select(r => r with { Email = "" })];
    }

    public async Task<List<ResponderView>> RespondersAsync(ClaimsPrincipal user, int id, CancellationToken ct)
    {
        await ChurchReaders.ForPointPersonAsync(db, user, id, ct, teamLeaderToo: true);
        var teams = db.Organisations.Where(o => o.ParentId == id && o.Kind == OrganisationKind.Team).Select(o => o.Id);
        // The responders to forward to and assign: active accounts only, as ChurchSide.RespondersOf.
        return await ActiveAccounts.Memberships(db).AsNoTracking()
            .Where(m => m.Role == Roles.Responder && (m.OrganisationId == id || teams.Contains(m.OrganisationId)))
            .Select(m => new ResponderView(m.UserId, m.User!.DisplayName, m.User.Email ?? "", m.OrganisationId == id ? null : m.OrganisationId))
            .ToListAsync(ct);
    }
}

public sealed record ResponderView(string UserId, string Name, string Email, int? TeamId);
