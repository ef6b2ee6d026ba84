using System.Security.Claims;
using CarePortal.Web.Data;
using CarePortal.Web.Features.AuditLog;
using CarePortal.Web.Features.Organisations;
using CarePortal.Web.Features.Refusals;
using Microsoft.EntityFrameworkCore;

namespace CarePortal.Web.Features.Churches;

/// <summary>The point person (or a platform admin) adds a team to the church (meals, clothing closet …); its name is unique in the church.</summary>
public sealed class CreateTeam(AppDbContext db, AdminAudit audit)
{
    public async Task<Organisation> CreateAsync(ClaimsPrincipal user, int id, TeamInput input, CancellationToken ct)
    {
        var church = await ChurchReaders.ForPointPersonAsync(db, user, id, ct);
        var errors = new Dictionary<string, string[]>();
        var name = ChurchText.Checked(input.Name, "name", "the team's name", ChurchText.MaxTeamName, lines: false, errors);
        if (name is null)
        {
            errors["name"] = ["Give the team a name, such as Meals Team."];
        }
        else if (errors.Count == 0 && await db.Organisations.AnyAsync(o => o.ParentId == id && o.Kind == OrganisationKind.Team && o.Name == name, ct))
        {
            errors["name"] = [$"Your church has a team called {name} already: choose another name."];
        }

        if (errors.Count > 0)
        {
            throw RefusedException.Invalid(errors);
        }

        var team = new Organisation { Name = name!, Kind = OrganisationKind.Team, ParentId = id };
        db.Organisations.Add(team);
        audit.Record(user, "team-created", $"Added the team {name} to {church.Organisation!.Name}.", id);
        await db.SaveChangesAsync(ct);
        return team;
    }
}

public sealed record TeamInput(string? Name);
