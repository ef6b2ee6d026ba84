using System.Net;
using System.Net.Http.Json;
using CarePortal.Web.Features.AuditLog;
using CarePortal.Web.Features.Organisations;
using CarePortal.Web.Features.Requests;
using CarePortal.Web.Tests.Features.Churches;
using CarePortal.Web.Tests.Features.Requests;
using Microsoft.EntityFrameworkCore;
using Xunit;

namespace CarePortal.Web.Tests.Features.Platform;

/// <summary>
/// A platform admin pauses an agency from /Platform and reactivates it (issue #16 item 1): while paused, none of its requests is
/// submitted or approved (drafts are still written), its people read why on their home, another agency goes on as before, and
/// each change is in the agency's audit log.
/// </summary>
public abstract class PauseAgencyTests<TApp>(TApp app) where TApp : CarePortalApp
{
    [Fact]
    public async Task A_paused_agency_submits_and_approves_nothing_until_reactivated_and_its_people_are_told()
    {
        var agency = await TestAgency.CreateAsync(app, ApprovalOption.NamedSupervisor);
        var agencyId = await app.QueryAsync(db => db.Organisations.Where(o => o.Id == agency.CountyId).Select(o => o.Parent!.ParentId!.Value).SingleAsync());
        var name = await app.QueryAsync(db => db.Organisations.Where(o => o.Id == agencyId).Select(o => o.Name).SingleAsync());
        var supervisorId = await app.UserIdAsync(agency.Supervisor);
        var caseworker = new RequestsClient(await app.ClientForAsync(agency.Caseworker));
        var waiting = await caseworker.CreateAsync(RequestsClient.Draft(agency.CountyId, supervisorId: supervisorId));
        await caseworker.SubmitAsync(waiting.Id);
        var draft = await caseworker.CreateAsync(RequestsClient.Draft(agency.CountyId, supervisorId: supervisorId));
        var admin = await Forms.SignedInAsync(app, DemoPeople.PlatformAdmin);

        var paused = await Forms.PostAsync(admin, "/Platform", $"/Platform?handler=Pause&id={agencyId}", new Dictionary<string, string> { ["paused"] = "true" });
        var list = await admin.GetStringAsync(new Uri("/Platform", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, paused.StatusCode);
        Assert.Contains($"{name} is paused", list, StringComparison.Ordinal);
        Assert.Contains($"<span id=\"agency-status-{agencyId}\">Paused</span>", list, StringComparison.Ordinal);
        Assert.Contains($"Reactivate {name}", list, StringComparison.Ordinal);
        var refused = await RequestsClient.ProblemAsync(await caseworker.PostAsync($"/api/requests/{draft.Id}/submit", new SubmitInput(true)), HttpStatusCode.Conflict);
        Assert.Equal(PausedAgencies.Sentence(name), refused.GetProperty("detail").GetString());
        var approver = new RequestsClient(await app.ClientForAsync(agency.Supervisor));
        await RequestsClient.ProblemAsync(await approver.PostAsync($"/api/approvals/{waiting.Id}/approve", new NoteInput(null)), HttpStatusCode.Conflict);
        Assert.Equal(RequestState.AwaitingApproval, (await caseworker.GetAsync(waiting.Id)).State);
        Assert.Equal(RequestState.Draft, (await caseworker.GetAsync(draft.Id)).State);
        await caseworker.CreateAsync(RequestsClient.Draft(agency.CountyId, supervisorId: supervisorId));
        var home = await (await ChurchPeople.SignedInAsync(app, agency.Caseworker)).GetStringAsync(new Uri("/", UriKind.Relative));
        Assert.Contains("Your agency is paused", home, StringComparison.Ordinal);
        Assert.Contains(PausedAgencies.Sentence(name), WebUtility.HtmlDecode(home), StringComparison.Ordinal);
        var others = new RequestsClient(await app.ClientForAsync(DemoPeople.Caseworker));
        var elsewhere = await others.CreateAsync(RequestsClient.Draft(await DemoPlaces.CountyIdAsync(app, "Knox County"), supervisorId: await app.UserIdAsync(DemoPeople.Supervisor)));
        Assert.Equal(RequestState.AwaitingApproval, (await others.SubmitAsync(elsewhere.Id)).State);
        Assert.DoesNotContain("Your agency is paused", await (await Forms.SignedInAsync(app, DemoPeople.Caseworker)).GetStringAsync(new Uri("/", UriKind.Relative)), StringComparison.Ordinal);

        var reactivated = await Forms.PostAsync(admin, "/Platform", $"/Platform?handler=Pause&id={agencyId}", new Dictionary<string, string> { ["paused"] = "false" });

        Assert.Equal(HttpStatusCode.Redirect, reactivated.StatusCode);
        Assert.Equal(RequestState.AwaitingApproval, (await caseworker.SubmitAsync(draft.Id)).State);
        Assert.Equal(RequestState.Open, (await RequestsClient.OkAsync(approver.PostAsync($"/api/approvals/{waiting.Id}/approve", new NoteInput(null)))).State);
        Assert.DoesNotContain("Your agency is paused", await (await ChurchPeople.SignedInAsync(app, agency.Caseworker)).GetStringAsync(new Uri("/", UriKind.Relative)), StringComparison.Ordinal);
        var audited = await app.QueryAsync(db => db.AdminActions.Where(a => a.OrganisationId == agencyId).OrderBy(a => a.Id).Select(a => a.Action).ToListAsync());
        Assert.Equal([AuditActions.AgencyPaused, AuditActions.AgencyReactivated], audited);
    }

    [Fact]
    public async Task Only_a_platform_admin_pauses_an_agency_and_an_unknown_one_is_not_found()
    {
        var agency = await TestAgency.CreateAsync(app, ApprovalOption.None);
        var agencyId = await app.QueryAsync(db => db.Organisations.Where(o => o.Id == agency.CountyId).Select(o => o.Parent!.ParentId!.Value).SingleAsync());
        var agencyAdmin = await app.ClientForAsync(DemoPeople.AgencyAdmin);
        var platform = await app.ClientForAsync(DemoPeople.PlatformAdmin);

        var refused = await agencyAdmin.PutAsJsonAsync($"/api/platform/agencies/{agencyId}/paused", new { paused = true });
        var unknown = await platform.PutAsJsonAsync("/api/platform/agencies/999999/paused", new { paused = true });

        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.False(await app.QueryAsync(db => db.Organisations.Where(o => o.Id == agencyId).Select(o => o.Paused).SingleAsync()));
        Assert.Equal(0, await app.QueryAsync(db => db.AdminActions.CountAsync(a => a.OrganisationId == agencyId)));
    }
}

public sealed class PauseAgencyTests_Sqlite(SqliteApp app) : PauseAgencyTests<SqliteApp>(app), IClassFixture<SqliteApp>;

[Trait("Tier", "Postgres")]
public sealed class PauseAgencyTests_Postgres(PostgresApp app) : PauseAgencyTests<PostgresApp>(app), IClassFixture<PostgresApp>;
