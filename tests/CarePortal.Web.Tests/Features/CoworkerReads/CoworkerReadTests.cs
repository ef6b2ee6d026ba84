using System.Net;
using System.Net.Http.Json;
using CarePortal.Web.Features.CoworkerReads;
using CarePortal.Web.Features.Organisations;
using CarePortal.Web.Features.Requests;
using CarePortal.Web.Tests.Features.Requests;
using Microsoft.EntityFrameworkCore;
using Xunit;

namespace CarePortal.Web.Tests.Features.CoworkerReads;

/// <summary>The coworker read before submission: the agency's policy, the reader's queue and who may do what, over HTTP.</summary>
public abstract class CoworkerReadTests<TApp>(TApp app) where TApp : CarePortalApp
{
    private async Task<RequestsClient> As(string email) => new(await app.ClientForAsync(email));

    private async Task SetPolicyAsync(int countyId, CoworkerReadPolicy policy, int? firstRequests = null)
    {
        var agencyId = await app.QueryAsync(db => db.Organisations.Where(c => c.Id == countyId).Select(c => c.Parent!.ParentId!.Value).SingleAsync());
        var set = await (await app.ClientForAsync(DemoPeople.PlatformAdmin)).PutAsJsonAsync(
            $"/api/organisations/{agencyId}/coworker-read-policy", new CoworkerReadPolicyInput(policy, firstRequests), Json.Options);
        Assert.Equal(HttpStatusCode.OK, set.StatusCode);
    }

    [Fact]
    public async Task When_policy_asks_submit_is_refused_until_a_coworker_marks_the_draft_read_and_the_caseworker_sees_the_note()
    {
        var agency = await TestAgency.CreateAsync(app, ApprovalOption.None);
        await SetPolicyAsync(agency.CountyId, CoworkerReadPolicy.All);
        var caseworker = await As(agency.Caseworker);
        var supervisor = await As(agency.Supervisor);
        var draft = await caseworker.CreateAsync(RequestsClient.Draft(agency.CountyId));
        var marker = "Gate code " + Guid.NewGuid().ToString("N")[..6];
        Assert.True((await caseworker.Http.PutAsJsonAsync($"/api/requests/{draft.Id}/private",
            new PrivateDetailsInput(marker, null, null, null, null, null, 0), Json.Options)).IsSuccessStatusCode);

        var refused = await caseworker.PostAsync($"/api/requests/{draft.Id}/submit", new SubmitInput(true));
        var problem = await RequestsClient.ProblemAsync(refused, HttpStatusCode.UnprocessableEntity);
        Assert.Contains("asks a coworker to read every request", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(RequestState.Draft, (await caseworker.GetAsync(draft.Id)).State);

        var coworkers = await caseworker.Http.GetFromJsonAsync<List<Coworker>>($"/api/requests/{draft.Id}/coworkers", Json.Options);
        var supervisorId = await app.UserIdAsync(agency.Supervisor);
        Assert.Equal([supervisorId], coworkers!.Select(c => c.Id));
        Assert.Equal(HttpStatusCode.OK, (await caseworker.PostAsync($"/api/requests/{draft.Id}/coworker-reads", new AskInput(supervisorId))).StatusCode);
        var queueJson = await supervisor.Http.GetStringAsync(new Uri("/api/coworker-reads", UriKind.Relative));
        var queue = System.Text.Json.JsonSerializer.Deserialize<List<QueuedRead>>(queueJson, Json.Options)!;
        var item = Assert.Single(queue);
        Assert.Equal((draft.Id, Descriptions.Ready), (item.Request.Id, item.Request.Description));
        Assert.DoesNotContain(marker, queueJson, StringComparison.Ordinal);
        Assert.True(await app.QueryAsync(db => db.Notifications.AnyAsync(n => n.CareRequestId == draft.Id && n.RecipientId == supervisorId && n.Kind == "coworker-read-asked")));

        var editWhileWaiting = await caseworker.Http.GetStringAsync(new Uri($"/Requests/Edit/{draft.Id}", UriKind.Relative));
        var stillRefused = await caseworker.PostAsync($"/api/requests/{draft.Id}/submit", new SubmitInput(true));
        await RequestsClient.ProblemAsync(stillRefused, HttpStatusCode.UnprocessableEntity);
        var marked = await supervisor.PostAsync($"/api/coworker-reads/{item.ReadId}/read", new ReadNoteInput("Say which school, not the street."));
        var again = await supervisor.PostAsync($"/api/coworker-reads/{item.ReadId}/read", new ReadNoteInput(null));
        var reads = await caseworker.Http.GetFromJsonAsync<List<CoworkerReadView>>($"/api/requests/{draft.Id}/coworker-reads", Json.Options);
        var editAfterRead = await caseworker.Http.GetStringAsync(new Uri($"/Requests/Edit/{draft.Id}", UriKind.Relative));
        var submitted = await caseworker.SubmitAsync(draft.Id);

        Assert.Equal(HttpStatusCode.OK, marked.StatusCode);
        await RequestsClient.ProblemAsync(again, HttpStatusCode.Conflict);
        Assert.Equal("Say which school, not the street.", Assert.Single(reads!).Note);
        Assert.NotNull(reads![0].ReadAt);
        Assert.Contains("not read yet", editWhileWaiting, StringComparison.Ordinal);
        Assert.Contains($"{reads[0].Reader} read it on", editAfterRead, StringComparison.Ordinal);
        Assert.Contains("<blockquote>Say which school, not the street.</blockquote>", editAfterRead, StringComparison.Ordinal);
        Assert.Equal(RequestState.Open, submitted.State);
        Assert.Empty((await supervisor.Http.GetFromJsonAsync<List<QueuedRead>>("/api/coworker-reads", Json.Options))!);
    }

    [Fact]
    public async Task Asking_and_marking_read_on_the_page_redirect_with_a_confirmation_and_a_reload_posts_nothing()
    {
        var caseworker = await As(DemoPeople.Caseworker);
        var draft = await caseworker.CreateAsync(RequestsClient.Draft(await DemoPlaces.CountyIdAsync(app, "Knox County")));
        var writer = await Forms.SignedInAsync(app, DemoPeople.Caseworker);
        var reader = await Forms.SignedInAsync(app, DemoPeople.Caseworker2);

        var asked = await Forms.PostAsync(writer, "/CoworkerReads", "/CoworkerReads?handler=Ask",
            new Dictionary<string, string> { ["RequestId"] = $"{draft.Id}", ["ReaderId"] = await app.UserIdAsync(DemoPeople.Caseworker2) });
        var askedPage = await writer.GetStringAsync(asked.Headers.Location);
        var readId = await app.QueryAsync(db => db.Set<CoworkerRead>().Where(r => r.CareRequestId == draft.Id).Select(r => r.Id).SingleAsync());
        var marked = await Forms.PostAsync(reader, "/CoworkerReads", "/CoworkerReads?handler=Read",
            new Dictionary<string, string> { ["readId"] = $"{readId}", ["Note"] = "Clear and kind." });
        var markedPage = await reader.GetStringAsync(marked.Headers.Location);
        var reloaded = await reader.GetStringAsync(marked.Headers.Location);

        Assert.Equal((HttpStatusCode.Redirect, "/CoworkerReads"), (asked.StatusCode, asked.Headers.Location!.OriginalString));
        Assert.Equal((HttpStatusCode.Redirect, "/CoworkerReads"), (marked.StatusCode, marked.Headers.Location!.OriginalString));
        Assert.Contains($"Asked Corey Caseworker to read request {draft.Id}.", WebUtility.HtmlDecode(askedPage), StringComparison.Ordinal);
        Assert.Contains($"Marked request {draft.Id} read; Casey Caseworker sees it with your note.", WebUtility.HtmlDecode(markedPage), StringComparison.Ordinal);
        Assert.Contains("usa-alert--success", markedPage, StringComparison.Ordinal);
        Assert.DoesNotContain("Marked request", reloaded, StringComparison.Ordinal);
        Assert.Single(await app.QueryAsync(db => db.Set<CoworkerRead>().Where(r => r.CareRequestId == draft.Id).ToListAsync()));
    }

    [Fact]
    public async Task New_caseworkers_policy_asks_only_for_the_first_requests()
    {
        var agency = await TestAgency.CreateAsync(app, ApprovalOption.None);
        await SetPolicyAsync(agency.CountyId, CoworkerReadPolicy.NewCaseworkers, firstRequests: 1);
        var caseworker = await As(agency.Caseworker);
        var supervisor = await As(agency.Supervisor);
        var first = await caseworker.CreateAsync(RequestsClient.Draft(agency.CountyId));
        var second = await caseworker.CreateAsync(RequestsClient.Draft(agency.CountyId));

        await RequestsClient.ProblemAsync(await caseworker.PostAsync($"/api/requests/{first.Id}/submit", new SubmitInput(true)), HttpStatusCode.UnprocessableEntity);
        Assert.Equal(HttpStatusCode.OK, (await caseworker.PostAsync($"/api/requests/{first.Id}/coworker-reads", new AskInput(await app.UserIdAsync(agency.Supervisor)))).StatusCode);
        var readId = (await supervisor.Http.GetFromJsonAsync<List<QueuedRead>>("/api/coworker-reads", Json.Options))!.Single().ReadId;
        Assert.Equal(HttpStatusCode.OK, (await supervisor.PostAsync($"/api/coworker-reads/{readId}/read", new ReadNoteInput(null))).StatusCode);
        Assert.Equal(RequestState.Open, (await caseworker.SubmitAsync(first.Id)).State);

        Assert.Equal(RequestState.Open, (await caseworker.SubmitAsync(second.Id)).State);
    }

    [Fact]
    public async Task Only_the_writer_asks_only_an_office_coworker_reads_and_anyone_else_learns_nothing()
    {
        var caseworker = await As(DemoPeople.Caseworker);
        var coworker = await As(DemoPeople.Caseworker2);
        var supervisor = await As(DemoPeople.Supervisor);
        var otherOffice = await As(DemoPeople.OtherCaseworker);
        var knox = await DemoPlaces.CountyIdAsync(app, "Knox County");
        var draft = await caseworker.CreateAsync(RequestsClient.Draft(knox));
        var coworkerId = await app.UserIdAsync(DemoPeople.Caseworker2);

        var askOtherOffice = await caseworker.PostAsync($"/api/requests/{draft.Id}/coworker-reads", new AskInput(await app.UserIdAsync(DemoPeople.OtherCaseworker)));
        var askSelf = await caseworker.PostAsync($"/api/requests/{draft.Id}/coworker-reads", new AskInput(await app.UserIdAsync(DemoPeople.Caseworker)));
        var bySupervisor = await supervisor.PostAsync($"/api/requests/{draft.Id}/coworker-reads", new AskInput(coworkerId));
        var byOtherOffice = await otherOffice.PostAsync($"/api/requests/{draft.Id}/coworker-reads", new AskInput(coworkerId));
        var asked = await caseworker.PostAsync($"/api/requests/{draft.Id}/coworker-reads", new AskInput(coworkerId));
        var readId = await app.QueryAsync(db => db.Set<CoworkerRead>().Where(r => r.CareRequestId == draft.Id).Select(r => r.Id).SingleAsync());

        var coworkerOpensRequest = await coworker.Http.GetAsync(new Uri($"/api/requests/{draft.Id}", UriKind.Relative));
        var coworkerOpensPrivate = await coworker.Http.GetAsync(new Uri($"/api/requests/{draft.Id}/private", UriKind.Relative));
        var otherOfficeQueue = await otherOffice.Http.GetFromJsonAsync<List<QueuedRead>>("/api/coworker-reads", Json.Options);
        var otherOfficeMarks = await otherOffice.PostAsync($"/api/coworker-reads/{readId}/read", new ReadNoteInput("me too"));
        var otherOfficeLists = await otherOffice.Http.GetAsync(new Uri($"/api/requests/{draft.Id}/coworker-reads", UriKind.Relative));
        var supervisorMarksOthers = await supervisor.PostAsync($"/api/coworker-reads/{readId}/read", new ReadNoteInput(null));
        var supervisorLists = await supervisor.Http.GetFromJsonAsync<List<CoworkerReadView>>($"/api/requests/{draft.Id}/coworker-reads", Json.Options);
        var coworkerQueue = await coworker.Http.GetFromJsonAsync<List<QueuedRead>>("/api/coworker-reads", Json.Options);

        Assert.Equal(HttpStatusCode.OK, asked.StatusCode);
        await RequestsClient.ProblemAsync(askOtherOffice, HttpStatusCode.BadRequest);
        await RequestsClient.ProblemAsync(askSelf, HttpStatusCode.BadRequest);
        await RequestsClient.ProblemAsync(bySupervisor, HttpStatusCode.Forbidden);
        await RequestsClient.ProblemAsync(byOtherOffice, HttpStatusCode.NotFound);
        Assert.Equal(HttpStatusCode.NotFound, coworkerOpensRequest.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, coworkerOpensPrivate.StatusCode);
        Assert.DoesNotContain(otherOfficeQueue!, q => q.Request.Id == draft.Id);
        await RequestsClient.ProblemAsync(otherOfficeMarks, HttpStatusCode.NotFound);
        await RequestsClient.ProblemAsync(otherOfficeLists, HttpStatusCode.NotFound);
        await RequestsClient.ProblemAsync(supervisorMarksOthers, HttpStatusCode.NotFound);
        Assert.Null(Assert.Single(supervisorLists!).ReadAt);
        Assert.Contains(coworkerQueue!, q => q.Request.Id == draft.Id);
    }

    [Fact]
    public async Task Policy_is_the_agency_admins_and_bad_values_are_a_clear_400()
    {
        var admin = await app.ClientForAsync(DemoPeople.AgencyAdmin);
        var agencyId = (await admin.GetFromJsonAsync<List<OrganisationView>>("/api/organisations", Json.Options))!.Single(o => o.Kind == OrganisationKind.Agency && o.Name == "Department of Children's Services").Id;

        var byCaseworker = await (await app.ClientForAsync(DemoPeople.Caseworker)).PutAsJsonAsync(
            $"/api/organisations/{agencyId}/coworker-read-policy", new CoworkerReadPolicyInput(CoworkerReadPolicy.All, null), Json.Options);
        var zero = await admin.PutAsJsonAsync($"/api/organisations/{agencyId}/coworker-read-policy", new CoworkerReadPolicyInput(CoworkerReadPolicy.NewCaseworkers, 0), Json.Options);
        var missing = await admin.PutAsJsonAsync($"/api/organisations/{agencyId}/coworker-read-policy", new CoworkerReadPolicyInput(null, null), Json.Options);
        var set = await admin.PutAsJsonAsync($"/api/organisations/{agencyId}/coworker-read-policy", new CoworkerReadPolicyInput(CoworkerReadPolicy.NewCaseworkers, 5), Json.Options);
        var off = await admin.PutAsJsonAsync($"/api/organisations/{agencyId}/coworker-read-policy", new CoworkerReadPolicyInput(CoworkerReadPolicy.Off, null), Json.Options);

        await RequestsClient.ProblemAsync(byCaseworker, HttpStatusCode.Forbidden);
        Assert.True((await RequestsClient.ProblemAsync(zero, HttpStatusCode.BadRequest)).GetProperty("errors").TryGetProperty("firstRequests", out _));
        Assert.True((await RequestsClient.ProblemAsync(missing, HttpStatusCode.BadRequest)).GetProperty("errors").TryGetProperty("policy", out _));
        var view = (await set.Content.ReadFromJsonAsync<AgencySettingsView>(Json.Options))!;
        Assert.Equal((CoworkerReadPolicy.NewCaseworkers, 5), (view.CoworkerReadPolicy, view.CoworkerReadFirstRequests));
        Assert.Equal(CoworkerReadPolicy.Off, (await off.Content.ReadFromJsonAsync<AgencySettingsView>(Json.Options))!.CoworkerReadPolicy);
    }
}

public sealed class CoworkerReadTests_Sqlite(SqliteApp app) : CoworkerReadTests<SqliteApp>(app), IClassFixture<SqliteApp>;

[Trait("Tier", "Postgres")]
public sealed class CoworkerReadTests_Postgres(PostgresApp app) : CoworkerReadTests<PostgresApp>(app), IClassFixture<PostgresApp>;
