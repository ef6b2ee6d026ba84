using System.Net;
using System.Net.Http.Json;
using CarePortal.Web.Features.Accounts;
using CarePortal.Web.Features.AuditLog;
using CarePortal.Web.Features.Organisations;
using CarePortal.Web.Tests.Features.Churches;
using Microsoft.EntityFrameworkCore;
using Xunit;

namespace CarePortal.Web.Tests.Features.AuditLog;

/// <summary>
/// The rows no page listed are read in the browser by the people whose organisation they are about (AuditScope): a church's log
/// (its settings, people, the views of its people's emails, its onboarding) by its point person and the platform's admins, not by
/// its responders or another church's point person; the platform's (champions decided, the views of the champions' emails) by
/// the platform's admins alone; and a county's reach set by the regional manager in its agency's log. Each opening is recorded in
/// the log it opened; a filter that cannot run is said at its field.
/// </summary>
public abstract class OtherAuditLogsTests<TApp>(TApp app) where TApp : CarePortalApp
{
    [Fact]
    public async Task A_churchs_log_is_read_by_its_point_person_and_the_platform_admin_and_refused_to_its_responders_and_other_churches()
    {
        var churches = new ChurchesClient(app);
        var church = await churches.OnboardAsync("37402");
        var other = await churches.OnboardAsync("37402");
        var invitee = $"helper.{Guid.NewGuid():N}@church.example";
        await churches.InviteAsync(await app.ClientForAsync(church.PointPerson), church.Id, invitee, "Hana Helper");
        var pastor = await ChurchPeople.SignedInAsync(app, church.PointPerson);
        Assert.Equal(HttpStatusCode.OK, (await pastor.GetAsync(new Uri($"/Churches/Settings/Members/{church.Id}", UriKind.Relative))).StatusCode);
        var log = $"/AuditLog/Church/{church.Id}";

        var page = await pastor.GetAsync(new Uri(log, UriKind.Relative));
        var text = await page.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("Onboarded the church", text, StringComparison.Ordinal);
        Assert.Contains("Invited a responder", text, StringComparison.Ordinal);
        Assert.Contains($"{invitee}: Invited Hana Helper", text, StringComparison.Ordinal);
        Assert.Contains("emails on the church&#x27;s members page", text, StringComparison.Ordinal);
        Assert.Contains($"href=\"{log}\"", text, StringComparison.Ordinal);
        var filtered = await pastor.GetStringAsync(new Uri($"{log}?action=responder-invited", UriKind.Relative));
        Assert.Contains("1 line.", filtered, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, (await pastor.GetAsync(new Uri($"{log}?from=2026-02-01&to=2026-01-01", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await (await Forms.SignedInAsync(app, DemoPeople.PlatformAdmin)).GetAsync(new Uri(log, UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await (await ChurchPeople.SignedInAsync(app, other.PointPerson)).GetAsync(new Uri(log, UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await (await Forms.SignedInAsync(app, DemoPeople.Responder)).GetAsync(new Uri(log, UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await (await Forms.SignedInAsync(app, DemoPeople.AgencyAdmin)).GetAsync(new Uri(log, UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await pastor.GetAsync(new Uri("/AuditLog/Church/999999", UriKind.Relative))).StatusCode);
        var pastorId = await app.UserIdAsync(church.PointPerson);
        Assert.Equal(2, await app.QueryAsync(db => db.AdminActions.CountAsync(a => a.UserId == pastorId && a.Action == AuditActions.LogOpened && a.OrganisationId == church.Id)));

        // Made a plain responder (by an operator, in the database): their cookie still says point person; the log is closed to them.
        await app.QueryAsync(db => db.Memberships.Where(m => m.UserId == pastorId && m.OrganisationId == church.Id)
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.Role, Roles.Responder)));
        Assert.Equal(HttpStatusCode.Forbidden, (await pastor.GetAsync(new Uri(log, UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task The_platforms_log_is_read_by_the_platform_admin_alone()
    {
        var admin = await Forms.SignedInAsync(app, DemoPeople.PlatformAdmin);
        Assert.Equal(HttpStatusCode.OK, (await (await app.ClientForAsync(DemoPeople.PlatformAdmin)).GetAsync(new Uri("/api/champions", UriKind.Relative))).StatusCode);

        var page = await admin.GetAsync(new Uri("/AuditLog/Platform?action=contacts-viewed", UriKind.Relative));
        var text = await page.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("emails on the champions list", text, StringComparison.Ordinal);
        Assert.Contains("href=\"/AuditLog/Platform\"", text, StringComparison.Ordinal);
        var adminId = await app.UserIdAsync(DemoPeople.PlatformAdmin);
        Assert.True(await app.QueryAsync(db => db.AdminActions.AnyAsync(a => a.UserId == adminId && a.Action == AuditActions.LogOpened && a.OrganisationId == null)));
        foreach (var email in new[] { DemoPeople.AgencyAdmin, DemoPeople.PointPerson, DemoPeople.Caseworker })
        {
            Assert.Equal(HttpStatusCode.Forbidden, (await (await Forms.SignedInAsync(app, email)).GetAsync(new Uri("/AuditLog/Platform", UriKind.Relative))).StatusCode);
        }
    }

    [Fact]
    public async Task A_countys_reach_set_on_its_page_or_by_the_api_is_in_its_agencys_log()
    {
        var agency = await app.QueryAsync(db => db.Organisations.Where(o => o.Name == "Department of Children's Services").Select(o => o.Id).SingleAsync());
        var county = await app.QueryAsync(db => db.Organisations.Where(o => o.Kind == OrganisationKind.County && o.Parent!.ParentId == agency).OrderBy(o => o.Id).Select(o => o.Id).FirstAsync());
        var admin = await Forms.SignedInAsync(app, DemoPeople.PlatformAdmin);
        var saved = await Forms.PostAsync(admin, "/Regions", $"/Regions?id={county}", new Dictionary<string, string> { ["RadiusMiles"] = "21", ["Churches"] = "4" });
        Assert.True(saved.StatusCode is HttpStatusCode.OK or HttpStatusCode.Redirect, saved.StatusCode.ToString());

        // The API's change is audited as the page's is (SetCountyReach records it, in the setting's own save).
        var api = await (await app.ClientForAsync(DemoPeople.PlatformAdmin)).PutAsJsonAsync($"/api/counties/{county}/reach", new { radiusMiles = 23, churches = 5 });
        Assert.True(api.IsSuccessStatusCode, api.StatusCode.ToString());

        var log = await (await Forms.SignedInAsync(app, DemoPeople.AgencyAdmin)).GetStringAsync(new Uri("/AuditLog?action=county-reach-set", UriKind.Relative));

        Assert.Contains("21 miles and 4 churches first", log, StringComparison.Ordinal);
        Assert.Contains("23 miles and 5 churches first", log, StringComparison.Ordinal);
    }
}

public sealed class OtherAuditLogsTests_Sqlite(SqliteApp app) : OtherAuditLogsTests<SqliteApp>(app), IClassFixture<SqliteApp>;

[Trait("Tier", "Postgres")]
public sealed class OtherAuditLogsTests_Postgres(PostgresApp app) : OtherAuditLogsTests<PostgresApp>(app), IClassFixture<PostgresApp>;
