using System.Net;
using System.Net.Http.Json;
using CarePortal.Web.Features.Churches;
using CarePortal.Web.Tests.Features.Accounts;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Xunit;

namespace CarePortal.Web.Tests.Features.Churches.Settings;

/// <summary>The church's settings page: where the welcome email's link lands, what it saves, and what it refuses beside each field.</summary>
public abstract class SettingsPageTests<TApp>(TApp app) where TApp : CarePortalApp
{
    [Fact]
    public async Task The_welcome_emails_link_opens_the_new_churchs_settings_page()
    {
        var tag = Guid.NewGuid().ToString("N")[..8];
        var email = $"welcome.{tag}@church.example";
        var admin = await app.ClientForAsync(DemoPeople.PlatformAdmin);
        var onboarded = await admin.PostAsJsonAsync("/api/churches", new ChurchInput($"Welcome Church {tag}", "37917", null, ["bed"], email, "Wendy"), Json.Options);
        var church = (await onboarded.Content.ReadFromJsonAsync<ChurchView>(Json.Options))!;
        var browser = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        var accepted = await AccountLinkMail.FollowAsync(browser, await AccountLinkMail.FromOutboxAsync(app, email));

        Assert.Equal(HttpStatusCode.Redirect, accepted.StatusCode);
        Assert.Equal($"/Churches/Settings/{church.Id}", accepted.Headers.Location!.OriginalString);
        var landed = await browser.GetAsync(accepted.Headers.Location);
        Assert.Equal(HttpStatusCode.OK, landed.StatusCode);
        Assert.Contains($"Settings of Welcome Church {tag}", await landed.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        // The address the issue found broken (no church named) opens the same page for its point person.
        Assert.Contains($"Settings of Welcome Church {tag}", await browser.GetStringAsync("/Churches/Settings"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_point_person_with_a_password_signs_in_and_lands_on_the_settings_page()
    {
        var tag = Guid.NewGuid().ToString("N")[..8];
        var (_, email) = await new ChurchesClient(app).OnboardAsync("37917");
        var admin = await app.ClientForAsync(DemoPeople.PlatformAdmin);
        await admin.PostAsJsonAsync("/api/churches", new ChurchInput($"Known Church {tag}", "37917", null, ["bed"], email, "Kim"), Json.Options);
        var browser = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        var accepted = await AccountLinkMail.FollowAsync(browser, await AccountLinkMail.FromOutboxAsync(app, email));
        var login = accepted.Headers.Location!.OriginalString;
        var signedIn = await Forms.PostAsync(browser, login, login, new Dictionary<string, string> { ["Email"] = email, ["Password"] = ChurchPeople.Password });

        var id = await app.QueryAsync(db => db.Churches.Where(c => c.Organisation!.Name == $"Known Church {tag}").Select(c => c.Id).SingleAsync());
        Assert.Equal($"/Churches/Settings/{id}", signedIn.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task The_point_person_saves_address_zip_radius_needs_and_time_zone_and_is_told_so()
    {
        var (id, email) = await new ChurchesClient(app).OnboardAsync("37917");
        var pastor = await ChurchPeople.SignedInAsync(app, email);

        var saved = await Forms.PostAsync(pastor, $"/Churches/Settings/{id}", new Dictionary<string, string>
        {
            ["Address"] = "400 Main Street, Knoxville", ["Zip"] = "37919", ["RadiusMiles"] = "12.5", ["Needs"] = "food", ["TimeZone"] = "America/Chicago",
        });

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var page = await pastor.GetStringAsync(saved.Headers.Location);
        Assert.Contains("Saved. Your church gets requests for 1 need near ZIP 37919.", page, StringComparison.Ordinal);
        Assert.Contains("value=\"400 Main Street, Knoxville\"", page, StringComparison.Ordinal);
        var church = await app.QueryAsync(db => db.Churches.AsNoTracking().Include(c => c.Organisation).SingleAsync(c => c.Id == id));
        Assert.Equal(("400 Main Street, Knoxville", "37919", 12.5, "America/Chicago", false), (church.Address, church.Zip, church.RadiusMiles, church.Organisation!.TimeZone, church.Paused));
        Assert.Equal(["food"], church.NeedsServed);
    }

    [Fact]
    public async Task Bad_input_is_refused_beside_each_field_with_what_was_typed_kept_and_nothing_saved()
    {
        var (id, email) = await new ChurchesClient(app).OnboardAsync("37917");
        var pastor = await ChurchPeople.SignedInAsync(app, email);

        var refused = await Forms.PostAsync(pastor, $"/Churches/Settings/{id}", new Dictionary<string, string>
        {
            ["Address"] = "12 Elm\u202EStreet", ["Zip"] = "99999", ["RadiusMiles"] = "500", ["Needs"] = "pony", ["TimeZone"] = "Mars/Olympus",
        });
        var page = await refused.Content.ReadAsStringAsync();
        var notNumber = await Forms.PostAsync(pastor, $"/Churches/Settings/{id}", new Dictionary<string, string> { ["Zip"] = "37917", ["RadiusMiles"] = "far", ["Needs"] = "bed" });

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("There is a problem", page, StringComparison.Ordinal);
        foreach (var field in new[] { "address", "zip", "radius", "needs", "time-zone" })
        {
            Assert.Contains($"id=\"{field}-error\"", page, StringComparison.Ordinal);
        }

        Assert.Contains("Give the five-digit ZIP", page, StringComparison.Ordinal);
        Assert.Contains("Unknown time zone", page, StringComparison.Ordinal);
        Assert.Contains("value=\"99999\"", page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, notNumber.StatusCode);
        Assert.Contains("Give the radius as a number of miles", await notNumber.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var church = await app.QueryAsync(db => db.Churches.AsNoTracking().SingleAsync(c => c.Id == id));
        Assert.Equal(("37917", (string?)null), (church.Zip, church.Address));
    }

    [Fact]
    public async Task Only_the_churchs_point_person_and_a_platform_admin_open_its_settings()
    {
        var (id, _) = await new ChurchesClient(app).OnboardAsync("37917");

        var statuses = new Dictionary<string, HttpStatusCode>();
        foreach (var person in new[] { DemoPeople.PointPerson, DemoPeople.Responder, DemoPeople.Caseworker, DemoPeople.PlatformAdmin })
        {
            statuses[person] = (await (await Forms.SignedInAsync(app, person)).GetAsync(new Uri($"/Churches/Settings/{id}", UriKind.Relative))).StatusCode;
        }

        Assert.Equal(HttpStatusCode.Forbidden, statuses[DemoPeople.PointPerson]);
        Assert.Equal(HttpStatusCode.Forbidden, statuses[DemoPeople.Responder]);
        Assert.Equal(HttpStatusCode.Forbidden, statuses[DemoPeople.Caseworker]);
        Assert.Equal(HttpStatusCode.OK, statuses[DemoPeople.PlatformAdmin]);
    }
}

public sealed class SettingsPageTests_Sqlite(SqliteApp app) : SettingsPageTests<SqliteApp>(app), IClassFixture<SqliteApp>;

[Trait("Tier", "Postgres")]
public sealed class SettingsPageTests_Postgres(PostgresApp app) : SettingsPageTests<PostgresApp>(app), IClassFixture<PostgresApp>;
