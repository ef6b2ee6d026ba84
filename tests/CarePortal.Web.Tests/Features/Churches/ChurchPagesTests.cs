using System.Net;
using CarePortal.Web.Features.Churches;
using CarePortal.Web.Features.Requests;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Xunit;

namespace CarePortal.Web.Tests.Features.Churches;

/// <summary>The pages: a church applies, the admin approves, the point person invites a responder and pauses; email preferences.</summary>
public abstract class ChurchPagesTests<TApp>(TApp app) where TApp : CarePortalApp
{
    [Fact]
    public async Task A_church_applies_on_the_page_and_the_admin_approves_it_on_the_churches_page()
    {
        var anonymous = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var tag = Guid.NewGuid().ToString("N")[..8];
        var applied = await Forms.PostAsync(anonymous, "/Churches/Apply", new Dictionary<string, string>
        {
            ["Name"] = $"Page Church {tag}", ["Zip"] = "37919", ["Needs"] = "bed", ["PointPersonName"] = "Paige",
            ["PointPersonEmail"] = $"paige.{tag}@church.example", ["Password"] = "Paige-pass-1",
        });
        Assert.Contains("has applied", await applied.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var id = await app.QueryAsync(db => db.Churches.Where(c => c.Organisation!.Name == $"Page Church {tag}").Select(c => c.Id).SingleAsync());

        var admin = await Forms.SignedInAsync(app, DemoPeople.PlatformAdmin);
        Assert.Contains("href=\"/Platform/Churches\"", await admin.GetStringAsync("/Churches"), StringComparison.Ordinal);
        Assert.Contains($"Page Church {tag}", await admin.GetStringAsync("/Platform/Churches"), StringComparison.Ordinal);
        var decided = await Forms.PostAsync(admin, "/Platform/Churches", $"/Platform/Churches?handler=Decide&id={id}", new Dictionary<string, string> { ["approve"] = "true" });

        Assert.Equal(HttpStatusCode.OK, decided.StatusCode);
        Assert.Equal(ChurchStatus.Approved, await app.QueryAsync(db => db.Churches.Where(c => c.Id == id).Select(c => c.Status).SingleAsync()));
    }

    [Fact]
    public async Task The_churches_page_leads_the_point_person_to_the_church_pages_which_invite_a_responder_and_pause_it()
    {
        var pastor = await Forms.SignedInAsync(app, DemoPeople.PointPerson);
        var churchId = await app.QueryAsync(db => db.Churches.Where(c => c.Organisation!.Name == "Grace Church Knoxville").Select(c => c.Id).SingleAsync());
        var page = await pastor.GetStringAsync("/Churches");
        Assert.Contains("Grace Church Knoxville", page, StringComparison.Ordinal);
        Assert.Contains($"href=\"/Churches/Settings/Members/{churchId}\"", page, StringComparison.Ordinal);
        Assert.Contains($"href=\"/Churches/Settings/{churchId}\"", page, StringComparison.Ordinal);
        Assert.DoesNotContain("<form method=\"post\" action=\"/Churches?", page, StringComparison.Ordinal);
        var members = $"/Churches/Settings/Members/{churchId}";
        var settings = $"/Churches/Settings/{churchId}";

        var invited = await Forms.PostAsync(pastor, members, $"{members}?handler=Invite",
            new Dictionary<string, string> { ["Name"] = "Page Helper", ["Email"] = "page.helper@church.example" });
        var paused = await Forms.PostAsync(pastor, settings, settings, new Dictionary<string, string> { ["Zip"] = "37917", ["Needs"] = "bed", ["Paused"] = "true" });

        Assert.Equal(HttpStatusCode.Redirect, invited.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, paused.StatusCode);
        var helper = await app.UserIdAsync("page.helper@church.example");
        Assert.False(await app.QueryAsync(db => db.Memberships.AnyAsync(m => m.UserId == helper)));
        await Accounts.AccountLinkMail.AcceptFromOutboxAsync(app, "page.helper@church.example");
        Assert.True(await app.QueryAsync(db => db.Memberships.AnyAsync(m => m.UserId == helper && m.OrganisationId == churchId)));
        Assert.Contains("page.helper@church.example", await pastor.GetStringAsync(members), StringComparison.Ordinal);
        var church = await app.QueryAsync(db => db.Churches.AsNoTracking().SingleAsync(c => c.Id == churchId));
        Assert.True(church.Paused);
        Assert.Equal(["bed"], church.NeedsServed);
        await Forms.PostAsync(pastor, settings, settings, new Dictionary<string, string> { ["Zip"] = "37917", ["Needs"] = "clothing" });
    }

    [Fact]
    public async Task Email_preferences_page_turns_email_off_and_on()
    {
        var responder = await Forms.SignedInAsync(app, DemoPeople.Responder);
        var saved = await Forms.PostAsync(responder, "/Notifications/Preferences", new Dictionary<string, string> { ["DailyDigest"] = "true" });
        Assert.Contains("Saved.", await saved.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var id = await app.UserIdAsync(DemoPeople.Responder);
        var preference = await app.QueryAsync(db => db.NotificationPreferences.AsNoTracking().SingleAsync(p => p.UserId == id));
        Assert.Equal((false, true), (preference.EmailOff, preference.DailyDigest));
    }
}

public sealed class ChurchPagesTests_Sqlite(SqliteApp app) : ChurchPagesTests<SqliteApp>(app), IClassFixture<SqliteApp>;

[Trait("Tier", "Postgres")]
public sealed class ChurchPagesTests_Postgres(PostgresApp app) : ChurchPagesTests<PostgresApp>(app), IClassFixture<PostgresApp>;
