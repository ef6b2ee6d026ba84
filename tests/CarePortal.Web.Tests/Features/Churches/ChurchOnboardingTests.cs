using System.Net;
using System.Net.Http.Json;
using CarePortal.Web.Features.Accounts;
using CarePortal.Web.Features.Churches;
using CarePortal.Web.Features.Notifications;
using CarePortal.Web.Features.Requests;
using CarePortal.Web.Tests.Features.Accounts;
using CarePortal.Web.Tests.Features.Requests;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Xunit;

namespace CarePortal.Web.Tests.Features.Churches;

/// <summary>Onboarding, a church's own application, its settings and pause, its responders, and the counties' reach.</summary>
public abstract class ChurchOnboardingTests<TApp>(TApp app) where TApp : CarePortalApp
{
    private readonly ChurchesClient churches = new(app);

    [Fact]
    public async Task Platform_admin_onboards_a_church_located_by_its_zip()
    {
        var (id, pastor) = await churches.OnboardAsync("37402-1234", ["bed"], radius: 12);
        var church = await app.QueryAsync(db => db.Churches.AsNoTracking().SingleAsync(c => c.Id == id));
        ZipCentroids.TryGet("37402", out var centroid);

        Assert.Equal("37402", church.Zip);
        Assert.Equal((centroid.Latitude, centroid.Longitude), (church.Latitude, church.Longitude));
        Assert.Equal(12, church.RadiusMiles);
        Assert.Equal(["bed"], church.NeedsServed);
        Assert.True(church.Active);
        Assert.Equal(ChurchStatus.Approved, church.Status);
        var pastorId = await app.UserIdAsync(pastor);
        Assert.True(await app.QueryAsync(db => db.Memberships.AnyAsync(m => m.UserId == pastorId && m.OrganisationId == id && m.Role == Roles.ChurchPointPerson)));
        Assert.True(await app.QueryAsync(db => db.Notifications.AnyAsync(n => n.RecipientId == pastorId && n.Kind == "church-approved" && n.Status == NotificationStatus.Pending)));
    }

    [Fact]
    public async Task Only_a_platform_admin_onboards_and_a_zip_must_be_known()
    {
        var pastor = await app.ClientForAsync(DemoPeople.PointPerson);
        var admin = await app.ClientForAsync(DemoPeople.PlatformAdmin);
        var input = new ChurchInput("Hopeful Church", "37402", null, ["bed"], "hopeful@church.example", "Hope");

        var byPastor = await pastor.PostAsJsonAsync("/api/churches", input, Json.Options);
        var unknownZip = await admin.PostAsJsonAsync("/api/churches", input with { Zip = "37202" }, Json.Options);
        var unknownNeed = await admin.PostAsJsonAsync("/api/churches", input with { Needs = ["cash"] }, Json.Options);

        await RequestsClient.ProblemAsync(byPastor, HttpStatusCode.Forbidden);
        var zipProblem = await RequestsClient.ProblemAsync(unknownZip, HttpStatusCode.BadRequest);
        Assert.True(zipProblem.GetProperty("errors").TryGetProperty("zip", out _));
        var needProblem = await RequestsClient.ProblemAsync(unknownNeed, HttpStatusCode.BadRequest);
        Assert.True(needProblem.GetProperty("errors").TryGetProperty("needs", out _));
        Assert.False(await app.QueryAsync(db => db.Organisations.AnyAsync(o => o.Name == "Hopeful Church")));
    }

    [Fact]
    public async Task A_church_applies_on_its_own_and_an_admin_approves_it()
    {
        var anonymous = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var tag = Guid.NewGuid().ToString("N")[..8];
        var email = $"applicant.{tag}@church.example";
        var applied = await anonymous.PostAsJsonAsync("/api/churches/applications",
            new ChurchInput($"Applicant {tag}", "37403", null, ["food"], email, "Ann Applicant"), Json.Options);
        Assert.Equal(HttpStatusCode.Created, applied.StatusCode);
        var church = (await applied.Content.ReadFromJsonAsync<ChurchView>(Json.Options))!;
        Assert.Equal(ChurchStatus.Applied, church.Status);
        Assert.False(church.Active);
        var listedForPastor = await (await app.ClientForAsync(DemoPeople.PointPerson)).GetFromJsonAsync<List<ChurchView>>("/api/churches", Json.Options);
        Assert.DoesNotContain(listedForPastor!, c => c.Id == church.Id);
        var applicantId = await app.UserIdAsync(email);
        Assert.False(await app.QueryAsync(db => db.Memberships.AnyAsync(m => m.UserId == applicantId)));

        var admin = await app.ClientForAsync(DemoPeople.PlatformAdmin);
        var byPastor = await (await app.ClientForAsync(DemoPeople.PointPerson)).PostAsync(new Uri($"/api/churches/{church.Id}/approve", UriKind.Relative), null);
        var approved = await admin.PostAsync(new Uri($"/api/churches/{church.Id}/approve", UriKind.Relative), null);
        var again = await admin.PostAsync(new Uri($"/api/churches/{church.Id}/decline", UriKind.Relative), null);

        await RequestsClient.ProblemAsync(byPastor, HttpStatusCode.Forbidden);
        Assert.Equal(HttpStatusCode.OK, approved.StatusCode);
        Assert.True((await approved.Content.ReadFromJsonAsync<ChurchView>(Json.Options))!.Active);
        await RequestsClient.ProblemAsync(again, HttpStatusCode.Conflict);
        Assert.True(await app.QueryAsync(db => db.Notifications.AnyAsync(n => n.RecipientId == applicantId && n.Kind == "church-approved")));
        Assert.False(await app.QueryAsync(db => db.Memberships.AnyAsync(m => m.UserId == applicantId)), "The role waits for the emailed link.");
        await AccountLinkMail.AcceptFromOutboxAsync(app, email);
        Assert.True(await app.QueryAsync(db => db.Memberships.AnyAsync(m => m.UserId == applicantId && m.OrganisationId == church.Id && m.Role == Roles.ChurchPointPerson)));
    }

    [Fact]
    public async Task Point_person_invites_and_removes_responders_and_pauses_the_church()
    {
        var (id, pastorEmail) = await churches.OnboardAsync("37404");
        var pastor = await app.ClientForAsync(pastorEmail);
        var stranger = await app.ClientForAsync(DemoPeople.PointPerson);
        var email = $"helper.{Guid.NewGuid():N}@church.example";

        var responder = await churches.InviteAsync(pastor, id, email, "Hal Helper");
        var byStranger = await stranger.PostAsJsonAsync($"/api/churches/{id}/responders", new ResponderInput("x@church.example", "X"), Json.Options);
        await RequestsClient.ProblemAsync(byStranger, HttpStatusCode.Forbidden);
        var listed = await pastor.GetFromJsonAsync<List<ResponderView>>($"/api/churches/{id}/responders", Json.Options);
        Assert.Contains(listed!, r => r.UserId == responder.UserId && r.Email == email);
        Assert.True(await app.QueryAsync(db => db.Notifications.AnyAsync(n => n.RecipientId == responder.UserId && n.Kind == "responder-invited")));

        var removed = await pastor.DeleteAsync(new Uri($"/api/churches/{id}/responders/{responder.UserId}", UriKind.Relative));
        Assert.Equal(HttpStatusCode.NoContent, removed.StatusCode);
        Assert.Empty((await pastor.GetFromJsonAsync<List<ResponderView>>($"/api/churches/{id}/responders", Json.Options))!);

        var paused = await pastor.PostAsync(new Uri($"/api/churches/{id}/pause", UriKind.Relative), null);
        Assert.True((await paused.Content.ReadFromJsonAsync<ChurchView>(Json.Options))!.Paused);
        var settings = await pastor.PutAsJsonAsync($"/api/churches/{id}", new ChurchSettingsInput("37405", 8, ["bed", "food"], Paused: false), Json.Options);
        var view = (await settings.Content.ReadFromJsonAsync<ChurchView>(Json.Options))!;
        Assert.Equal(("37405", 8.0, false), (view.Zip, view.RadiusMiles!.Value, view.Paused));
        Assert.Equal(["bed", "food"], view.Needs);
    }

    [Fact]
    public async Task The_regions_manager_sets_a_countys_reach_and_no_one_else()
    {
        var knox = await DemoPlaces.CountyIdAsync(app, "Knox County");
        var manager = await app.ClientForAsync(DemoPeople.RegionalManager);
        var otherManager = await app.ClientForAsync(DemoPeople.OtherRegionalManager);

        var set = await manager.PutAsJsonAsync($"/api/counties/{knox}/reach", new CountyReachInput(25, 4), Json.Options);
        var byOther = await otherManager.PutAsJsonAsync($"/api/counties/{knox}/reach", new CountyReachInput(5, 1), Json.Options);
        var invalid = await manager.PutAsJsonAsync($"/api/counties/{knox}/reach", new CountyReachInput(0, 4), Json.Options);

        Assert.Equal(HttpStatusCode.NoContent, set.StatusCode);
        await RequestsClient.ProblemAsync(byOther, HttpStatusCode.Forbidden);
        await RequestsClient.ProblemAsync(invalid, HttpStatusCode.BadRequest);
        Assert.Equal(new CountyReach(25, 4), await manager.GetFromJsonAsync<CountyReach>($"/api/counties/{knox}/reach", Json.Options));
        var unknown = await manager.GetAsync(new Uri("/api/counties/987654/reach", UriKind.Relative));
        Assert.Equal("No such county.", (await RequestsClient.ProblemAsync(unknown, HttpStatusCode.NotFound)).GetProperty("detail").GetString());
    }
}

public sealed class ChurchOnboardingTests_Sqlite(SqliteApp app) : ChurchOnboardingTests<SqliteApp>(app), IClassFixture<SqliteApp>;

[Trait("Tier", "Postgres")]
public sealed class ChurchOnboardingTests_Postgres(PostgresApp app) : ChurchOnboardingTests<PostgresApp>(app), IClassFixture<PostgresApp>;
