using System.Net;
using System.Net.Http.Json;
using CarePortal.Web.Features.Churches;
using Microsoft.EntityFrameworkCore;
using Xunit;

namespace CarePortal.Web.Tests.Features.Churches.Settings;

/// <summary>The church's profile: its point person writes what it says, everyone signed in reads it; an application's profile is nobody else's business.</summary>
public abstract class ProfilePageTests<TApp>(TApp app) where TApp : CarePortalApp
{
    [Fact]
    public async Task The_point_person_writes_the_profile_and_a_caseworker_reads_it_with_the_address_and_needs()
    {
        var (id, pastorEmail) = await new ChurchesClient(app).OnboardAsync("37917", ["food"]);
        var pastor = await ChurchPeople.SignedInAsync(app, pastorEmail);
        await Forms.PostAsync(pastor, $"/Churches/Settings/{id}", new Dictionary<string, string> { ["Address"] = "9 Hill Road", ["Zip"] = "37917", ["Needs"] = "food" });

        var saved = await Forms.PostAsync(pastor, $"/Churches/Profile/{id}", new Dictionary<string, string> { ["About"] = "We cook for families every Tuesday." });
        var read = await (await Forms.SignedInAsync(app, DemoPeople.Caseworker)).GetStringAsync($"/Churches/Profile/{id}");

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Contains("We cook for families every Tuesday.", read, StringComparison.Ordinal);
        Assert.Contains("9 Hill Road, ZIP 37917", read, StringComparison.Ordinal);
        Assert.Contains("Food", read, StringComparison.Ordinal);
        Assert.DoesNotContain("Save the profile", read, StringComparison.Ordinal);
        Assert.True(await app.QueryAsync(db => db.AdminActions.AnyAsync(a => a.Action == "church-profile-changed" && a.OrganisationId == id)));
    }

    [Fact]
    public async Task Too_long_a_profile_is_refused_beside_the_field_and_kept_as_typed()
    {
        var (id, pastorEmail) = await new ChurchesClient(app).OnboardAsync("37917");
        var pastor = await ChurchPeople.SignedInAsync(app, pastorEmail);
        var text = new string('a', ChurchText.MaxAbout + 1);

        var refused = await Forms.PostAsync(pastor, $"/Churches/Profile/{id}", new Dictionary<string, string> { ["About"] = text });
        var page = await refused.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("id=\"about-error\"", page, StringComparison.Ordinal);
        Assert.Contains(text, page, StringComparison.Ordinal);
        Assert.Null(await app.QueryAsync(db => db.Churches.Where(c => c.Id == id).Select(c => c.About).SingleAsync()));
    }

    [Fact]
    public async Task An_applications_profile_is_not_found_for_another_church()
    {
        var tag = Guid.NewGuid().ToString("N")[..8];
        var anonymous = app.CreateClient();
        var applied = await anonymous.PostAsJsonAsync("/api/churches/applications",
            new ChurchInput($"Applying {tag}", "37917", null, ["food"], $"applying.{tag}@church.example", "Al"), Json.Options);
        var id = (await applied.Content.ReadFromJsonAsync<ChurchView>(Json.Options))!.Id;

        var asOther = await (await Forms.SignedInAsync(app, DemoPeople.PointPerson)).GetAsync(new Uri($"/Churches/Profile/{id}", UriKind.Relative));
        var asAdmin = await (await Forms.SignedInAsync(app, DemoPeople.PlatformAdmin)).GetAsync(new Uri($"/Churches/Profile/{id}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, asOther.StatusCode);
        Assert.Equal(HttpStatusCode.OK, asAdmin.StatusCode);
    }
}

public sealed class ProfilePageTests_Sqlite(SqliteApp app) : ProfilePageTests<SqliteApp>(app), IClassFixture<SqliteApp>;

[Trait("Tier", "Postgres")]
public sealed class ProfilePageTests_Postgres(PostgresApp app) : ProfilePageTests<PostgresApp>(app), IClassFixture<PostgresApp>;
