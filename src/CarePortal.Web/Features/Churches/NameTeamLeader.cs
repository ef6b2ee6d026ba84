using System.Security.Claims;
using CarePortal.Web.Data;
using CarePortal.Web.Features.Accounts;
using CarePortal.Web.Features.AuditLog;
using CarePortal.Web.Features.Organisations;
using CarePortal.Web.Features.Refusals;
using Microsoft.EntityFrameworkCore;

namespace CarePortal.Web.Features.Churches;

/// <summary>
/// The point person names one of the church's people the leader of a team. A team has one leader: the one before stays in
/// the team as a responder, so they lose no request they were helping with; their sessions end (as an agency's role change
/// ends its person's), so that no right their sign-in's claims still name (running the church's offers, forwarding, listing its
/// responders) outlives the role: they sign in again with what they hold now.
/// </summary>
public sealed class NameTeamLeader(AppDbContext db, AdminAudit audit, Sessions sessions)
{
    public async Task NameAsync(ClaimsPrincipal user, int id, int teamId, TeamLeaderInput input, CancellationToken ct)
    {
        var church = await ChurchReaders.ForPointPersonAsync(db, user, id, ct);
        var team = await db.Organisations.SingleOrDefaultAsync(o => o.Id == teamId && o.ParentId == id && o.Kind == OrganisationKind.Team, ct)
            ?? throw new RefusedException(StatusCodes.Status404NotFound, "Not found", "No such team of this church.");
        var teams = db.Organisations.Where(o => o.ParentId == id && o.Kind == OrganisationKind.Team).Select(o => o.Id);
        var person = string.IsNullOrEmpty(input.UserId) ? null
            : await db.Memberships.Where(m => m.UserId == input.UserId && (m.OrganisationId == id || teams.Contains(m.OrganisationId)))
                .Select(m => m.User).FirstOrDefaultAsync(ct);
        if (person is null)
        {
            throw RefusedException.Invalid(new Dictionary<string, string[]> { ["userId"] = ["Choose the leader from your church's people (invite them first if they are not listed)."] });
        }

        var leaders = await db.Memberships.Where(m => m.OrganisationId == teamId && m.Role == Roles.TeamLeader).ToListAsync(ct);
        var members = await db.Memberships.Where(m => m.OrganisationId == teamId && m.Role == Roles.Responder).Select(m => m.UserId).ToListAsync(ct);
        var replaced = leaders.Where(l => l.UserId != person.Id).ToList();
        foreach (var old in replaced)
        {
            db.Memberships.Remove(old);
            if (!members.Contains(old.UserId))
            {
                db.Memberships.Add(new Membership { UserId = old.UserId, OrganisationId = teamId, Role = Roles.Responder });
            }
        }

        if (!leaders.Any(l => l.UserId == person.Id))
        {
            db.Memberships.Add(new Membership { UserId = person.Id, OrganisationId = teamId, Role = Roles.TeamLeader });
        }

        audit.Record(user, "team-leader-named", $"Named {person.DisplayName} the leader of {team.Name} at {church.Organisation!.Name}.", id, person.Id);
        await db.SaveChangesAsync(ct);
        // The point person replacing themselves keeps their session: as point person they hold every right a leader has.
        foreach (var old in replaced.Select(l => l.UserId).Where(u => u != user.UserId()).Distinct())
        {
            await sessions.EndAllAsync(old, ct);
        }
    }
}

public sealed record TeamLeaderInput(string? UserId);
