using System.Net;
using System.Net.Http.Json;
using CarePortal.Web.Features.Organisations;
using CarePortal.Web.Tests.Features.Requests;
using Xunit;

namespace CarePortal.Web.Tests.Features.Organisations;

/// <summary>The agency admin's settings (API and page): the time zone business days are counted in.</summary>
public abstract class AgencySettingsTests<TApp>(TApp app) where TApp : CarePortalApp
{
    private static async Task<int> AgencyIdAsync(HttpClient client) =>
        (await client.GetFromJsonAsync<List<OrganisationView>>("/api/organisations", Json.Options))!.Single(o => o.Kind == OrganisationKind.Agency).Id;

    [Fact]
    public async Task Agency_admin_sets_the_time_zone_and_an_unknown_zone_is_a_clear_400_that_changes_nothing()
    {
        var admin = await app.ClientForAsync(DemoPeople.AgencyAdmin);
        var id = await AgencyIdAsync(admin);

        var before = await admin.GetFromJsonAsync<AgencySettingsView>($"/api/organisations/{id}/settings", Json.Options);
        var unknown = await admin.PutAsJsonAsync($"/api/organisations/{id}/time-zone", new TimeZoneInput("Mars/Olympus_Mons"), Json.Options);
        var afterUnknown = await admin.GetFromJsonAsync<AgencySettingsView>($"/api/organisations/{id}/settings", Json.Options);
        var berlin = await admin.PutAsJsonAsync($"/api/organisations/{id}/time-zone", new TimeZoneInput("Europe/Berlin"), Json.Options);
        var utc = await admin.PutAsJsonAsync($"/api/organisations/{id}/time-zone", new TimeZoneInput(""), Json.Options);
        var back = await admin.PutAsJsonAsync($"/api/organisations/{id}/time-zone", new TimeZoneInput("America/Chicago"), Json.Options);

        Assert.Equal("America/Chicago", before!.TimeZone);
        var problem = await RequestsClient.ProblemAsync(unknown, HttpStatusCode.BadRequest);
        Assert.Contains("Mars/Olympus_Mons", problem.GetProperty("errors").GetProperty("timeZone")[0].GetString(), StringComparison.Ordinal);
        Assert.Equal("America/Chicago", afterUnknown!.TimeZone);
        Assert.Equal("Europe/Berlin", (await berlin.Content.ReadFromJsonAsync<AgencySettingsView>(Json.Options))!.TimeZone);
        Assert.Null((await utc.Content.ReadFromJsonAsync<AgencySettingsView>(Json.Options))!.TimeZone);
        Assert.Equal(HttpStatusCode.OK, back.StatusCode);
    }

    [Fact]
    public async Task A_changed_zone_shows_at_once_on_the_agencys_pages()
    {
        var admin = await app.ClientForAsync(DemoPeople.AgencyAdmin);
        var id = await AgencyIdAsync(admin);
        var caseworker = await Forms.SignedInAsync(app, DemoPeople.Caseworker);
        string DatesIn(string zone) => "Dates in " + LocalTime.ZoneName(DateTimeOffset.UtcNow, AgencyTimeZone.Of(zone));

        var inChicago = await caseworker.GetStringAsync(new Uri("/Requests", UriKind.Relative));
        await admin.PutAsJsonAsync($"/api/organisations/{id}/time-zone", new TimeZoneInput("Asia/Tokyo"), Json.Options);
        var inTokyo = await caseworker.GetStringAsync(new Uri("/Requests", UriKind.Relative));
        await admin.PutAsJsonAsync($"/api/organisations/{id}/time-zone", new TimeZoneInput("America/Chicago"), Json.Options);
        var backInChicago = await caseworker.GetStringAsync(new Uri("/Requests", UriKind.Relative));

        Assert.Contains(DatesIn("America/Chicago"), inChicago, StringComparison.Ordinal);
        Assert.Contains(DatesIn("Asia/Tokyo"), inTokyo, StringComparison.Ordinal);
        Assert.Contains(DatesIn("America/Chicago"), backInChicago, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Only_the_agencys_admin_or_a_platform_admin_changes_it()
    {
        var caseworker = await app.ClientForAsync(DemoPeople.Caseworker);
        var supervisor = await app.ClientForAsync(DemoPeople.Supervisor);
        var id = await AgencyIdAsync(caseworker);

        var byCaseworker = await caseworker.PutAsJsonAsync($"/api/organisations/{id}/time-zone", new TimeZoneInput("Europe/Berlin"), Json.Options);
        var readBySupervisor = await supervisor.GetAsync(new Uri($"/api/organisations/{id}/settings", UriKind.Relative));
        var noSuchAgency = await (await app.ClientForAsync(DemoPeople.AgencyAdmin)).PutAsJsonAsync("/api/organisations/999999/time-zone", new TimeZoneInput("Europe/Berlin"), Json.Options);
        var byPlatform = await (await app.ClientForAsync(DemoPeople.PlatformAdmin)).GetAsync(new Uri($"/api/organisations/{id}/settings", UriKind.Relative));

        await RequestsClient.ProblemAsync(byCaseworker, HttpStatusCode.Forbidden);
        await RequestsClient.ProblemAsync(readBySupervisor, HttpStatusCode.Forbidden);
        await RequestsClient.ProblemAsync(noSuchAgency, HttpStatusCode.NotFound);
        Assert.Equal(HttpStatusCode.OK, byPlatform.StatusCode);
    }

    [Fact]
    public async Task Settings_page_saves_a_zone_and_explains_an_unknown_one()
    {
        var admin = await Forms.SignedInAsync(app, DemoPeople.AgencyAdmin);
        var id = await AgencyIdAsync(admin);
        var page = $"/Organisations/Settings/{id}";

        var bad = await Forms.PostAsync(admin, page, $"{page}?handler=TimeZone", new Dictionary<string, string> { ["TimeZone"] = "Central Time" });
        var good = await Forms.PostAsync(admin, page, $"{page}?handler=TimeZone", new Dictionary<string, string> { ["TimeZone"] = "America/Chicago" });
        var caseworkerPage = await (await Forms.SignedInAsync(app, DemoPeople.Caseworker)).GetAsync(new Uri(page, UriKind.Relative));

        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("Unknown time zone", await bad.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, good.StatusCode);
        Assert.Contains("business days are counted in America/Chicago", await good.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.NotEqual(HttpStatusCode.OK, caseworkerPage.StatusCode);
    }

    [Fact]
    public async Task Settings_page_sets_the_coworker_read_policy_and_explains_a_missing_count()
    {
        var admin = await Forms.SignedInAsync(app, DemoPeople.AgencyAdmin);
        var id = await AgencyIdAsync(admin);
        var page = $"/Organisations/Settings/{id}";

        var noCount = await Forms.PostAsync(admin, page, $"{page}?handler=CoworkerRead",
            new Dictionary<string, string> { ["CoworkerReadPolicy"] = "NewCaseworkers", ["FirstRequests"] = "0" });
        var afterNoCount = await admin.GetFromJsonAsync<AgencySettingsView>($"/api/organisations/{id}/settings", Json.Options);
        var three = await Forms.PostAsync(admin, page, $"{page}?handler=CoworkerRead",
            new Dictionary<string, string> { ["CoworkerReadPolicy"] = "NewCaseworkers", ["FirstRequests"] = "3" });
        var afterThree = await admin.GetFromJsonAsync<AgencySettingsView>($"/api/organisations/{id}/settings", Json.Options);
        var off = await Forms.PostAsync(admin, page, $"{page}?handler=CoworkerRead", new Dictionary<string, string> { ["CoworkerReadPolicy"] = "Off" });

        Assert.Equal(HttpStatusCode.BadRequest, noCount.StatusCode);
        Assert.Contains("how many first requests", await noCount.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.NotEqual(CoworkerReadPolicy.NewCaseworkers, afterNoCount!.CoworkerReadPolicy);
        Assert.Equal(HttpStatusCode.OK, three.StatusCode);
        Assert.Contains("first 3 requests need a coworker", await three.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal((CoworkerReadPolicy.NewCaseworkers, 3), (afterThree!.CoworkerReadPolicy, afterThree.CoworkerReadFirstRequests));
        Assert.Contains("no coworker read is asked", await off.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}

public sealed class AgencySettingsTests_Sqlite(SqliteApp app) : AgencySettingsTests<SqliteApp>(app), IClassFixture<SqliteApp>;

[Trait("Tier", "Postgres")]
public sealed class AgencySettingsTests_Postgres(PostgresApp app) : AgencySettingsTests<PostgresApp>(app), IClassFixture<PostgresApp>;
