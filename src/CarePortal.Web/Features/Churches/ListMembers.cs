using System.Security.Claims;
using CarePortal.Web.Data;
using CarePortal.Web.Features.Accounts;
using CarePortal.Web.Features.AuditLog;
using CarePortal.Web.Features.Organisations;
using Microsoft.EntityFrameworkCore;

namespace CarePortal.Web.Features.Churches;

/// <summary>
/// Everyone who holds a role in the church or one of its teams (point persons, team leaders, responders), and the people
/// invited who have not yet followed their link: for the church's point person or a platform admin.
/// </summary>
public sealed class ListMembers(AppDbContext db)
{
    public async Task<ChurchMembersView> MembersAsync(ClaimsPrincipal user, int id, CancellationToken ct)
    {
        await ChurchReaders.ForPointPersonAsync(db, user, id, ct);
        var teams = await db.Organisations.AsNoTracking().Where(o => o.ParentId == id && o.Kind == OrganisationKind.Team)
            .OrderBy(o => o.Name).Select(o => new TeamName(o.Id, o.Name)).ToListAsync(ct);
        var teamIds = teams.Select(t => t.Id).ToList();
        var rows = await db.Memberships.AsNoTracking().Where(m => m.OrganisationId == id || teamIds.Contains(m.OrganisationId))
            .Select(m => new { m.UserId, m.User!.DisplayName, Email = m.User.Email ?? "", m.Role, m.OrganisationId }).ToListAsync(ct);
        var members = rows.GroupBy(r => r.UserId).Select(g => new MemberView(g.Key, g.First().DisplayName, g.First().Email,
                [.. g.Select(r => new MemberRole(r.Role, r.OrganisationId == id ? null : r.OrganisationId))]))
            .OrderBy(m => m.Name, StringComparer.OrdinalIgnoreCase).ToList();
        var memberIds = rows.Select(r => r.UserId).ToHashSet();
        var invited = await db.AdminActions.AsNoTracking().Where(a => a.OrganisationId == id && a.Action == InviteResponder.AuditAction && a.SubjectUserId != null)
            .OrderByDescending(a => a.At).Join(db.Users, a => a.SubjectUserId, u => u.Id, (a, u) => new { u.Id, u.DisplayName, u.Email, a.At })
            .Take(200).ToListAsync(ct);
        var pending = invited.Where(i => !memberIds.Contains(i.Id)).DistinctBy(i => i.Id)
            .Select(i => new InvitationPending(i.Id, i.DisplayName, i.Email ?? "", i.At)).ToList();
        return new ChurchMembersView(members, pending, teams);
    }
}

public sealed record ChurchMembersView(IReadOnlyList<MemberView> Members, IReadOnlyList<InvitationPending> Invited, IReadOnlyList<TeamName> Teams);

public sealed record MemberView(string UserId, string Name, string Email, IReadOnlyList<MemberRole> Roles);

/// <summary>A role in the church itself (<paramref name="TeamId"/> null) or in one of its teams.</summary>
public sealed record MemberRole(string Role, int? TeamId);

public sealed record InvitationPending(string UserId, string Name, string Email, DateTimeOffset At);

public sealed record TeamName(int Id, string Name);
