using System.Net.Http.Json;
using CarePortal.Web.Features.Churches;
using CarePortal.Web.Features.Notifications;
using CarePortal.Web.Features.Organisations;
using CarePortal.Web.Features.Requests;
using CarePortal.Web.Tests.Features.Churches;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace CarePortal.Web.Tests.Features.Notifications;

/// <summary>Against church leaders drowning in email: the daily digest, and team settings that decide which members get which requests.</summary>
public abstract class DigestAndTeamTests<TApp>(TApp app) where TApp : CarePortalApp
{
    private readonly ChurchesClient churches = new(app);

    [Fact]
    public async Task A_leader_who_chose_the_digest_gets_one_email_for_the_days_requests()
    {
        await churches.RetireAllAsync();
        var church = await churches.OnboardAsync("37402");
        var pastor = await app.ClientForAsync(church.PointPerson);
        Assert.True((await pastor.PutAsJsonAsync("/api/notifications/preferences", new PreferencesView(false, DailyDigest: true), Json.Options)).IsSuccessStatusCode);
        var pastorId = await app.UserIdAsync(church.PointPerson);

        var first = (await churches.OpenAsync("37402", radius: 2, churches: 1)).Request;
        var second = (await churches.OpenAsync("37402", radius: 2, churches: 1)).Request;
        var held = await app.QueryAsync(db => db.Notifications.Where(n => n.RecipientId == pastorId && n.Kind == "request-routed").Select(n => n.Status).ToListAsync());
        Assert.Equal([NotificationStatus.Digest, NotificationStatus.Digest], held);

        await using var scope = app.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DailyDigest>().RunAsync(CancellationToken.None);
        await scope.ServiceProvider.GetRequiredService<DailyDigest>().RunAsync(CancellationToken.None);

        var digest = await app.QueryAsync(db => db.Notifications.SingleAsync(n => n.RecipientId == pastorId && n.Kind == "daily-digest"));
        Assert.Equal(NotificationStatus.Pending, digest.Status);
        Assert.Equal("2 new needs near you today", digest.Subject);
        Assert.Contains($"request #{first.Id}", digest.TextBody, StringComparison.Ordinal);
        Assert.Contains($"request #{second.Id}", digest.TextBody, StringComparison.Ordinal);
        Assert.True(await app.QueryAsync(db => db.Notifications.Where(n => n.RecipientId == pastorId && n.Kind == "request-routed").AllAsync(n => n.Status == NotificationStatus.InApp)));
    }

    [Fact]
    public async Task Team_settings_decide_which_members_get_which_requests()
    {
        await churches.RetireAllAsync();
        var church = await churches.OnboardAsync("37601", ["bed", "food", "clothing"]);
        var tag = Guid.NewGuid().ToString("N")[..8];
        var (mealsTeam, leader, cook, sleeper) = await app.QueryAsync(async db =>
        {
            var meals = new Organisation { Name = $"Meals {tag}", Kind = OrganisationKind.Team, ParentId = church.Id };
            var beds = new Organisation { Name = $"Beds {tag}", Kind = OrganisationKind.Team, ParentId = church.Id };
            db.Organisations.AddRange(meals, beds);
            await db.SaveChangesAsync();
            string Member(string name, Organisation team, string role)
            {
                var email = $"{name}.{tag}@church.example";
                var user = new CarePortal.Web.Features.Accounts.AppUser { UserName = email, NormalizedUserName = email.ToUpperInvariant(), Email = email, NormalizedEmail = email.ToUpperInvariant(), SecurityStamp = tag };
                db.Users.Add(user);
                db.Memberships.Add(new CarePortal.Web.Features.Accounts.Membership { UserId = user.Id, OrganisationId = team.Id, Role = role });
                return email;
            }

            var result = (meals.Id, Member("leader", meals, CarePortal.Web.Features.Accounts.Roles.TeamLeader),
                Member("cook", meals, CarePortal.Web.Features.Accounts.Roles.Responder), Member("sleeper", beds, CarePortal.Web.Features.Accounts.Roles.Responder));
            await db.SaveChangesAsync();
            return result;
        });
        var leaderClient = await app.ClientForAsync(leader);
        var set = await leaderClient.PutAsJsonAsync($"/api/churches/{church.Id}/teams/{mealsTeam}", new TeamSettingInput(MembersGetRequests: true, ["food"]), Json.Options);
        Assert.Equal(System.Net.HttpStatusCode.NoContent, set.StatusCode);

        var clothing = (await churches.OpenAsync("37601", radius: 2, churches: 1)).Request;
        var food = await OpenFoodAsync();

        async Task<List<string?>> ToldAsync(int requestId) => await app.QueryAsync(db => db.Notifications
            .Where(n => n.CareRequestId == requestId && n.Kind == "request-routed").Select(n => n.RecipientEmail).OrderBy(e => e).ToListAsync());
        Assert.Equal(new[] { church.PointPerson, leader }.Order(), await ToldAsync(clothing.Id));
        Assert.Equal(new[] { church.PointPerson, leader, cook }.Order(), await ToldAsync(food));
        Assert.DoesNotContain(sleeper, await ToldAsync(food));
    }

    private async Task<int> OpenFoodAsync()
    {
        var agency = await Requests.TestAgency.CreateAsync(app, ApprovalOption.None);
        await churches.SetReachAsync(agency.CountyId, 2, 1);
        var caseworker = new Requests.RequestsClient(await app.ClientForAsync(agency.Caseworker));
        var draft = await caseworker.CreateAsync(Requests.RequestsClient.Draft(agency.CountyId, need: "food",
            description: "A grandmother raising two grandchildren needs groceries for the week while her first paycheck comes in. She loves cooking with them.") with { Zip = "37601" });
        return (await caseworker.SubmitAsync(draft.Id)).Id;
    }
}

public sealed class DigestAndTeamTests_Sqlite(SqliteApp app) : DigestAndTeamTests<SqliteApp>(app), IClassFixture<SqliteApp>;

[Trait("Tier", "Postgres")]
public sealed class DigestAndTeamTests_Postgres(PostgresApp app) : DigestAndTeamTests<PostgresApp>(app), IClassFixture<PostgresApp>;
