using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using CarePortal.Web.Data;
using CarePortal.Web.Features.Accounts;
using CarePortal.Web.Features.AuditLog;
using CarePortal.Web.Features.Organisations;
using CarePortal.Web.Features.Refusals;
using CarePortal.Web.Features.Requests;
using Microsoft.EntityFrameworkCore;

namespace CarePortal.Web.Features.Churches;

/// <summary>A team's leader (or the church's point person, or a platform admin) decides which of its members get which requests.</summary>
public sealed class SetTeam(AppDbContext db, AdminAudit audit)
{
    public async Task SetTeamAsync(ClaimsPrincipal user, int id, int teamId, TeamSettingInput input, CancellationToken ct)
    {
        var team = await db.Organisations.SingleOrDefaultAsync(o => o.Id == teamId && o.ParentId == id && o.Kind == OrganisationKind.Team, ct)
            ?? throw new RefusedException(StatusCodes.Status404NotFound, "Not found", "No such team of this church.");
        // A platform admin runs every other setting of a church (ChurchReaders.ForPointPersonAsync): this one too.
        // The point person and the team's leader as the memberships say now (ChurchLeads), not as the sign-in's claims still say.
        if (!user.IsInRole(Roles.PlatformAdmin) && !await ChurchLeads.IsPointPersonAsync(db, user, id, ct)
            && !await ChurchLeads.TeamsLedBy(db, user).ContainsAsync(team.Id, ct))
        {
            throw RefusedException.Forbidden("Only the church's point person, the team's leader or a platform admin changes the team's settings.");
        }

        FieldChecks.ThrowIfInvalid(input);
        var errors = new Dictionary<string, string[]>();
        ChurchEnrolment.CheckRadiusAndNeeds(null, input.Needs ?? [], errors);
        if (errors.Count > 0)
        {
            throw RefusedException.Invalid(errors);
        }

        var setting = await db.TeamSettings.SingleOrDefaultAsync(t => t.TeamId == teamId, ct);
        if (setting is null)
        {
            setting = new TeamSetting { TeamId = teamId };
            db.TeamSettings.Add(setting);
        }

        setting.MembersGetRequests = input.MembersGetRequests;
        setting.Needs = "," + string.Join(',', (input.Needs ?? []).Distinct()) + (input.Needs is { Count: > 0 } ? "," : "");
        audit.Record(user, "team-settings-changed", $"{team.Name}: members {(input.MembersGetRequests ? "hear" : "do not hear")} of new requests{(input.Needs is { Count: > 0 } ? $" for {string.Join(", ", input.Needs.Distinct())}" : "")}.", id);
        await db.SaveChangesAsync(ct);
    }
}

public sealed record TeamSettingInput(bool MembersGetRequests,
    [property: MaxLength(Needs.MaxListed, ErrorMessage = Needs.MaxListedMessage)] IReadOnlyList<string>? Needs);
