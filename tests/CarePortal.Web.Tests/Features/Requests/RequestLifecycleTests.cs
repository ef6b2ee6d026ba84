using System.Net;
using System.Net.Http.Json;
using CarePortal.Web.Features.Requests;
using Microsoft.EntityFrameworkCore;
using Xunit;

namespace CarePortal.Web.Tests.Features.Requests;

public abstract class RequestLifecycleTests<TApp>(TApp app) where TApp : CarePortalApp
{
    private async Task<(RequestsClient Caseworker, RequestsClient Supervisor, int Knox, string SupervisorId)> KnoxAsync() =>
        (new RequestsClient(await app.ClientForAsync(DemoPeople.Caseworker)), new RequestsClient(await app.ClientForAsync(DemoPeople.Supervisor)),
            await DemoPlaces.CountyIdAsync(app, "Knox County"), await app.UserIdAsync(DemoPeople.Supervisor));

    [Fact]
    public async Task Request_goes_from_draft_through_named_supervisor_approval_to_closed_fully_met()
    {
        var (caseworker, supervisor, knox, supervisorId) = await KnoxAsync();

        var draft = await caseworker.CreateAsync(RequestsClient.Draft(knox, supervisorId: supervisorId));
        var setPrivate = await caseworker.Http.PutAsJsonAsync($"/api/requests/{draft.Id}/private",
            new PrivateDetailsInput("Leave it at the office front desk.", null, null, null, null, null, 0), Json.Options);
        var submitted = await caseworker.SubmitAsync(draft.Id);
        var queue = await supervisor.Http.GetFromJsonAsync<List<RequestView>>("/api/approvals", Json.Options);
        var opened = await RequestsClient.OkAsync(supervisor.PostAsync($"/api/approvals/{draft.Id}/approve", new NoteInput("Well written.")));
        var closed = await RequestsClient.OkAsync(caseworker.PostAsync($"/api/requests/{draft.Id}/close",
            new CloseInput(CloseOutcome.FullyMet, ChildOutcomes: ["kept-safely-at-home"], Rating: 5)));
        var history = await caseworker.HistoryAsync(draft.Id);

        Assert.Equal(RequestState.Draft, draft.State);
        Assert.Equal(HttpStatusCode.NoContent, setPrivate.StatusCode);
        Assert.Equal((RequestState.AwaitingApproval, ApprovalRoute.Supervisor), (submitted.State, submitted.Route));
        Assert.Contains(queue!, r => r.Id == draft.Id);
        Assert.Equal(RequestState.Open, opened.State);
        Assert.Equal(app.Clock.GetUtcNow() + TimeSpan.FromDays(10), opened.DueAt);
        Assert.Equal(RequestState.ClosedFullyMet, closed.State);
        Assert.Equal(45m, closed.TotalValue);
        Assert.Equal([RequestAction.Submit, RequestAction.Approve, RequestAction.CloseFullyMet], history.Select(t => t.Action));
        Assert.Equal([await app.UserIdAsync(DemoPeople.Caseworker), supervisorId, await app.UserIdAsync(DemoPeople.Caseworker)], history.Select(t => t.By));
        Assert.Equal("Well written.", history[1].Note);
    }

    [Fact]
    public async Task Supervisor_returns_a_request_with_a_note_and_the_caseworker_edits_and_resubmits_it()
    {
        var (caseworker, supervisor, knox, supervisorId) = await KnoxAsync();
        var draft = await caseworker.CreateAsync(RequestsClient.Draft(knox, supervisorId: supervisorId));
        await caseworker.SubmitAsync(draft.Id);

        var noNote = await supervisor.PostAsync($"/api/approvals/{draft.Id}/return", new NoteInput(null));
        var returned = await RequestsClient.OkAsync(supervisor.PostAsync($"/api/approvals/{draft.Id}/return", new NoteInput("Add the shoe size too.")));
        var edited = await RequestsClient.OkAsync(caseworker.Http.PutAsJsonAsync($"/api/requests/{draft.Id}",
            RequestsClient.Draft(knox, supervisorId: supervisorId) with { Items = [new ItemInput("Winter coat, size 8", 1, 45m), new ItemInput("Boots, size 2", 1, 30m)] }, Json.Options));
        var resubmitted = await caseworker.SubmitAsync(draft.Id);

        await RequestsClient.ProblemAsync(noNote, HttpStatusCode.BadRequest);
        Assert.Equal(RequestState.ReturnedForChanges, returned.State);
        Assert.Equal(2, edited.Items.Count);
        Assert.Equal(RequestState.AwaitingApproval, resubmitted.State);
    }

    [Fact]
    public async Task Supervisor_edits_a_request_awaiting_approval_but_the_caseworker_no_longer_can()
    {
        var (caseworker, supervisor, knox, supervisorId) = await KnoxAsync();
        var draft = await caseworker.CreateAsync(RequestsClient.Draft(knox, supervisorId: supervisorId));
        await caseworker.SubmitAsync(draft.Id);
        var edit = RequestsClient.Draft(knox, supervisorId: supervisorId) with { Urgency = Urgency.High };

        var byCaseworker = await caseworker.Http.PutAsJsonAsync($"/api/requests/{draft.Id}", edit, Json.Options);
        var bySupervisor = await RequestsClient.OkAsync(supervisor.Http.PutAsJsonAsync($"/api/requests/{draft.Id}", edit, Json.Options));

        await RequestsClient.ProblemAsync(byCaseworker, HttpStatusCode.Conflict);
        Assert.Equal(Urgency.High, bySupervisor.Urgency);
    }

    [Fact]
    public async Task Denied_request_needs_a_note_and_is_over()
    {
        var (caseworker, supervisor, knox, supervisorId) = await KnoxAsync();
        var draft = await caseworker.CreateAsync(RequestsClient.Draft(knox, supervisorId: supervisorId));
        await caseworker.SubmitAsync(draft.Id);

        var denied = await RequestsClient.OkAsync(supervisor.PostAsync($"/api/approvals/{draft.Id}/deny", new NoteInput("Not something partners can meet.")));
        var resubmit = await caseworker.PostAsync($"/api/requests/{draft.Id}/submit", new SubmitInput(true));

        Assert.Equal(RequestState.Denied, denied.State);
        await RequestsClient.ProblemAsync(resubmit, HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task Partially_met_request_keeps_the_value_of_what_was_actually_given()
    {
        var (caseworker, supervisor, knox, supervisorId) = await KnoxAsync();
        var draft = await caseworker.CreateAsync(RequestsClient.Draft(knox, supervisorId: supervisorId) with
        {
            Items = [new ItemInput("Winter coat, size 8", 2, 45m), new ItemInput("Boots, size 2", 1, 30m)],
        });
        await caseworker.SubmitAsync(draft.Id);
        await RequestsClient.OkAsync(supervisor.PostAsync($"/api/approvals/{draft.Id}/approve", new NoteInput(null)));

        var wrongItem = await caseworker.PostAsync($"/api/requests/{draft.Id}/close",
            new CloseInput(CloseOutcome.PartiallyMet, [new ItemGiven(-1, 1)], ChildOutcomes: ["placement-kept-stable"], Rating: 4));
        var closed = await RequestsClient.OkAsync(caseworker.PostAsync($"/api/requests/{draft.Id}/close",
            new CloseInput(CloseOutcome.PartiallyMet, [new ItemGiven(draft.Items[0].Id, 1)], ChildOutcomes: ["placement-kept-stable"], Rating: 4)));

        await RequestsClient.ProblemAsync(wrongItem, HttpStatusCode.BadRequest);
        Assert.Equal(RequestState.ClosedPartiallyMet, closed.State);
        Assert.Equal([1, 0], closed.Items.Select(i => i.QuantityGiven));
        Assert.Equal(45m, closed.TotalValue);
        Assert.Equal(4, closed.Rating);
    }

    [Fact]
    public async Task Not_met_needs_a_reason_and_cancelled_needs_a_note()
    {
        var (caseworker, supervisor, knox, supervisorId) = await KnoxAsync();
        var first = await caseworker.CreateAsync(RequestsClient.Draft(knox, supervisorId: supervisorId));
        await caseworker.SubmitAsync(first.Id);
        await RequestsClient.OkAsync(supervisor.PostAsync($"/api/approvals/{first.Id}/approve", new NoteInput(null)));
        var second = await caseworker.CreateAsync(RequestsClient.Draft(knox, supervisorId: supervisorId));

        var noReason = await caseworker.PostAsync($"/api/requests/{first.Id}/close", new CloseInput(CloseOutcome.NotMet));
        var notMet = await RequestsClient.OkAsync(caseworker.PostAsync($"/api/requests/{first.Id}/close", new CloseInput(CloseOutcome.NotMet, Reason: "The family moved away.")));
        var noNote = await caseworker.PostAsync($"/api/requests/{second.Id}/cancel", new NoteInput(""));
        var cancelled = await RequestsClient.OkAsync(caseworker.PostAsync($"/api/requests/{second.Id}/cancel", new NoteInput("Duplicate.")));

        await RequestsClient.ProblemAsync(noReason, HttpStatusCode.BadRequest);
        Assert.Equal((RequestState.ClosedNotMet, "The family moved away."), (notMet.State, notMet.NotMetReason));
        await RequestsClient.ProblemAsync(noNote, HttpStatusCode.BadRequest);
        Assert.Equal(RequestState.Cancelled, cancelled.State);
    }

    [Fact]
    public async Task Open_request_pauses_and_resumes()
    {
        var (caseworker, supervisor, knox, supervisorId) = await KnoxAsync();
        var draft = await caseworker.CreateAsync(RequestsClient.Draft(knox, supervisorId: supervisorId));
        await caseworker.SubmitAsync(draft.Id);
        await RequestsClient.OkAsync(supervisor.PostAsync($"/api/approvals/{draft.Id}/approve", new NoteInput(null)));

        var paused = await RequestsClient.OkAsync(caseworker.PostAsync($"/api/requests/{draft.Id}/pause", new NoteInput("The family is moving.")));
        var resumed = await RequestsClient.OkAsync(caseworker.PostAsync($"/api/requests/{draft.Id}/resume", new NoteInput(null)));

        Assert.Equal(RequestState.Paused, paused.State);
        Assert.Equal(RequestState.Open, resumed.State);
        var history = await app.QueryAsync(db => db.RequestTransitions.Where(t => t.CareRequestId == draft.Id).CountAsync());
        Assert.Equal(4, history);
    }
}

public sealed class RequestLifecycleTests_Sqlite(SqliteApp app) : RequestLifecycleTests<SqliteApp>(app), IClassFixture<SqliteApp>;

[Trait("Tier", "Postgres")]
public sealed class RequestLifecycleTests_Postgres(PostgresApp app) : RequestLifecycleTests<PostgresApp>(app), IClassFixture<PostgresApp>;
