using System.Net;
using CarePortal.Web.Features.Accounts;
using CarePortal.Web.Features.Organisations;
using Microsoft.EntityFrameworkCore;
using Xunit;

namespace CarePortal.Web.Tests.Features.Churches.Settings;

/// <summary>The teams page: the point person adds a team, names its leader (the one before stays as a responder) and chooses what its members hear of.</summary>
public abstract class TeamsPageTests<TApp>(TApp app) where TApp : CarePortalApp
{
    [Fact]
    public async Task The_point_person_adds_a_team_names_its_leader_and_sets_what_its_members_hear_of()
    {
        var churches = new ChurchesClient(app);
        var (id, pastorEmail) = await churches.OnboardAsync("37917", ["food", "clothing", "bed"]);
        var first = await churches.InviteAsync(await app.ClientForAsync(pastorEmail), id, $"first.{Guid.NewGuid():N}@church.example", "Fran First");
        var second = await churches.InviteAsync(await app.ClientForAsync(pastorEmail), id, $"second.{Guid.NewGuid():N}@church.example", "Sam Second");
        var pastor = await ChurchPeople.SignedInAsync(app, pastorEmail);
        var page = $"/Churches/Settings/Teams/{id}";

        var created = await Forms.PostAsync(pastor, page, $"{page}?handler=Create", new Dictionary<string, string> { ["Name"] = "Meals Team" });
        var team = await app.QueryAsync(db => db.Organisations.SingleAsync(o => o.ParentId == id && o.Kind == OrganisationKind.Team));
        var led = await Forms.PostAsync(pastor, page, $"{page}?handler=Leader&teamId={team.Id}", new Dictionary<string, string> { ["userId"] = first.UserId });
        var replaced = await Forms.PostAsync(pastor, page, $"{page}?handler=Leader&teamId={team.Id}", new Dictionary<string, string> { ["userId"] = second.UserId });
        var set = await Forms.PostAsync(pastor, page, $"{page}?handler=Settings&teamId={team.Id}",
            new Dictionary<string, string> { ["membersGetRequests"] = "true", ["needs"] = "food" });

        Assert.All([created, led, replaced, set], r => Assert.Equal(HttpStatusCode.Redirect, r.StatusCode));
        Assert.Equal("Meals Team", team.Name);
        var roles = await app.QueryAsync(db => db.Memberships.Where(m => m.OrganisationId == team.Id).Select(m => new { m.UserId, m.Role }).ToListAsync());
        Assert.Contains(roles, r => r.UserId == second.UserId && r.Role == Roles.TeamLeader);
        Assert.Contains(roles, r => r.UserId == first.UserId && r.Role == Roles.Responder);
        Assert.DoesNotContain(roles, r => r.UserId == first.UserId && r.Role == Roles.TeamLeader);
        var setting = await app.QueryAsync(db => db.TeamSettings.AsNoTracking().SingleAsync(s => s.TeamId == team.Id));
        Assert.Equal((true, ",food,"), (setting.MembersGetRequests, setting.Needs));
        var shown = await pastor.GetStringAsync(page);
        Assert.Contains("Leader: Sam Second", shown, StringComparison.Ordinal);
        var actions = await app.QueryAsync(db => db.AdminActions.Where(a => a.OrganisationId == id).Select(a => a.Action).ToListAsync());
        Assert.Equal(1, actions.Count(a => a == "team-created"));
        Assert.Equal(2, actions.Count(a => a == "team-leader-named"));
        Assert.Equal(1, actions.Count(a => a == "team-settings-changed"));
    }

    [Fact]
    public async Task A_team_without_a_name_a_second_team_of_the_same_name_and_a_leader_from_outside_are_refused_at_their_fields()
    {
        var (id, pastorEmail) = await new ChurchesClient(app).OnboardAsync("37917");
        var pastor = await ChurchPeople.SignedInAsync(app, pastorEmail);
        var page = $"/Churches/Settings/Teams/{id}";
        await Forms.PostAsync(pastor, page, $"{page}?handler=Create", new Dictionary<string, string> { ["Name"] = "Movers" });
        var team = await app.QueryAsync(db => db.Organisations.Where(o => o.ParentId == id && o.Kind == OrganisationKind.Team).Select(o => o.Id).SingleAsync());
        var stranger = await app.UserIdAsync(DemoPeople.Caseworker);

        var empty = await Forms.PostAsync(pastor, page, $"{page}?handler=Create", new Dictionary<string, string> { ["Name"] = "  " });
        var twice = await Forms.PostAsync(pastor, page, $"{page}?handler=Create", new Dictionary<string, string> { ["Name"] = "Movers" });
        var outsider = await Forms.PostAsync(pastor, page, $"{page}?handler=Leader&teamId={team}", new Dictionary<string, string> { ["userId"] = stranger });

        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
        Assert.Contains("id=\"team-name-error\"", await empty.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("has a team called Movers already", await twice.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, outsider.StatusCode);
        Assert.Contains($"id=\"leader-{team}-error\"", await outsider.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(1, await app.QueryAsync(db => db.Organisations.CountAsync(o => o.ParentId == id && o.Kind == OrganisationKind.Team)));
        Assert.False(await app.QueryAsync(db => db.Memberships.AnyAsync(m => m.UserId == stranger && m.OrganisationId == team)));
    }
}

public sealed class TeamsPageTests_Sqlite(SqliteApp app) : TeamsPageTests<SqliteApp>(app), IClassFixture<SqliteApp>;

[Trait("Tier", "Postgres")]
public sealed class TeamsPageTests_Postgres(PostgresApp app) : TeamsPageTests<PostgresApp>(app), IClassFixture<PostgresApp>;
