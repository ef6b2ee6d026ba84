using System.Net;
using System.Net.Http.Json;
using CarePortal.Web.Features.Requests;
using Microsoft.EntityFrameworkCore;
using Xunit;

namespace CarePortal.Web.Tests.Features.Requests;

/// <summary>The same workflow through the pages people use, signed in with a cookie.</summary>
public abstract class RequestPagesTests<TApp>(TApp app) where TApp : CarePortalApp
{
    [Fact]
    public async Task Caseworker_writes_a_draft_on_the_create_page_and_lands_on_its_details()
    {
        var client = await Forms.SignedInAsync(app, DemoPeople.Caseworker);
        var knox = await DemoPlaces.CountyIdAsync(app, "Knox County");

        var response = await Forms.PostAsync(client, "/Requests/Create", new Dictionary<string, string>
        {
            ["Form.Need"] = "clothing", ["Form.Tier"] = "1", ["Form.Description"] = Descriptions.Ready, ["Form.CountyId"] = $"{knox}", ["Form.Zip"] = "37917",
            ["Form.Urgency"] = "High", ["Form.Items[0].Name"] = "Winter coat, size 8", ["Form.Items[0].Quantity"] = "1", ["Form.Items[0].UnitValue"] = "45",
            ["Form.Children[0].Age"] = "8", ["Form.Children[0].Gender"] = "girl", ["Form.Children[0].Size"] = "8",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var details = await client.GetStringAsync(response.Headers.Location);
        Assert.Contains("Winter coat, size 8", details, StringComparison.Ordinal);
        Assert.Contains("8-year-old girl, size 8", details, StringComparison.Ordinal);
        Assert.Contains("Draft", details, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Create_page_shows_why_an_unknown_need_is_refused()
    {
        var client = await Forms.SignedInAsync(app, DemoPeople.Caseworker);
        var before = await app.QueryAsync(db => db.Requests.CountAsync());

        var response = await Forms.PostAsync(client, "/Requests/Create", new Dictionary<string, string>
        {
            ["Form.Need"] = "pony", ["Form.Tier"] = "1", ["Form.Description"] = Descriptions.Ready, ["Form.CountyId"] = $"{await DemoPlaces.CountyIdAsync(app, "Knox County")}",
            ["Form.Zip"] = "37917", ["Form.Urgency"] = "Normal", ["Form.Items[0].Name"] = "Coat", ["Form.Items[0].Quantity"] = "1", ["Form.Items[0].UnitValue"] = "45",
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Unknown need", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(before, await app.QueryAsync(db => db.Requests.CountAsync()));
    }

    [Fact]
    public async Task Submitting_on_the_page_shows_the_blocking_findings()
    {
        var api = new RequestsClient(await app.ClientForAsync(DemoPeople.Caseworker));
        var draft = await api.CreateAsync(RequestsClient.Draft(await DemoPlaces.CountyIdAsync(app, "Knox County"), description: Descriptions.Confidential,
            supervisorId: await app.UserIdAsync(DemoPeople.Supervisor)));
        var client = await Forms.SignedInAsync(app, DemoPeople.Caseworker);

        var response = await Forms.PostAsync(client, $"/Requests/Details/{draft.Id}", $"/Requests/Details/{draft.Id}?handler=Submit",
            new Dictionary<string, string> { ["FamilyConsent"] = "true" });

        var page = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("confidential-name", page, StringComparison.Ordinal);
        Assert.Contains("Tyler", page, StringComparison.Ordinal);
        Assert.Equal(RequestState.Draft, (await api.GetAsync(draft.Id)).State);
    }

    [Fact]
    public async Task Supervisor_approves_from_the_queue_page()
    {
        var api = new RequestsClient(await app.ClientForAsync(DemoPeople.Caseworker));
        var draft = await api.CreateAsync(RequestsClient.Draft(await DemoPlaces.CountyIdAsync(app, "Knox County"), supervisorId: await app.UserIdAsync(DemoPeople.Supervisor)));
        await api.SubmitAsync(draft.Id);
        var client = await Forms.SignedInAsync(app, DemoPeople.Supervisor);

        var queue = await client.GetStringAsync(new Uri("/Approvals", UriKind.Relative));
        var response = await Forms.PostAsync(client, "/Approvals", new Dictionary<string, string>
        {
            ["id"] = $"{draft.Id}", ["decision"] = "Approve", ["Note"] = "Good to go.",
        });

        Assert.Contains($"/Requests/Details/{draft.Id}", queue, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(RequestState.Open, (await api.GetAsync(draft.Id)).State);
        // The request's page lists its moves in order, with the approver's note.
        var history = await (await Forms.SignedInAsync(app, DemoPeople.Caseworker)).GetStringAsync(new Uri($"/Requests/Details/{draft.Id}", UriKind.Relative));
        var submitted = history.IndexOf(": Submitted (Draft → Awaiting approval)</li>", StringComparison.Ordinal);
        var approved = history.IndexOf(": Approved (Awaiting approval → Open to churches): Good to go.</li>", StringComparison.Ordinal);
        Assert.True(submitted > 0 && approved > submitted, "the history lists the submission, then the approval with its note");
    }

    [Fact]
    public async Task Caseworker_closes_partially_met_on_the_page_with_what_was_given_outcome_and_rating()
    {
        var api = new RequestsClient(await app.ClientForAsync(DemoPeople.Caseworker));
        var draft = await api.CreateAsync(RequestsClient.Draft(await DemoPlaces.CountyIdAsync(app, "Knox County"), supervisorId: await app.UserIdAsync(DemoPeople.Supervisor))
            with { Items = [new ItemInput("Winter coat, size 8", 2, 45m)] });
        await api.SubmitAsync(draft.Id);
        await RequestsClient.OkAsync(new RequestsClient(await app.ClientForAsync(DemoPeople.Supervisor)).PostAsync($"/api/approvals/{draft.Id}/approve", new NoteInput(null)));
        var client = await Forms.SignedInAsync(app, DemoPeople.Caseworker);

        var response = await Forms.PostAsync(client, $"/Requests/Details/{draft.Id}", $"/Requests/Details/{draft.Id}?handler=Close", new Dictionary<string, string>
        {
            ["Closing.Outcome"] = "PartiallyMet", [$"Closing.Given[{draft.Items[0].Id}]"] = "1", ["Closing.ChildOutcomes"] = "kept-safely-at-home", ["Closing.Rating"] = "4",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var closed = await api.GetAsync(draft.Id);
        Assert.Equal((RequestState.ClosedPartiallyMet, 45m, 4), (closed.State, closed.TotalValue, closed.Rating));
        Assert.Equal(["kept-safely-at-home"], closed.ChildOutcomes);
    }

    [Fact]
    public async Task Caseworker_saves_private_details_and_attaches_the_bill_on_the_page()
    {
        var api = new RequestsClient(await app.ClientForAsync(DemoPeople.Caseworker));
        var draft = await api.CreateAsync(RequestsClient.Draft(await DemoPlaces.CountyIdAsync(app, "Knox County"), "utilities", Descriptions.Rent, await app.UserIdAsync(DemoPeople.Supervisor)));
        var client = await Forms.SignedInAsync(app, DemoPeople.Caseworker);
        var page = $"/Requests/Details/{draft.Id}";

        var saved = await Forms.PostAsync(client, page, $"{page}?handler=Private", new Dictionary<string, string>
        {
            ["Details.Payee"] = "Knoxville Utilities Board", ["Details.AccountNumber"] = "KUB-2231", ["Details.AmountOwed"] = "182.40",
        });
        var token = Forms.TokenIn(await client.GetStringAsync(page));
        using var form = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new StringContent("Bill"), "Kind" },
            { new ByteArrayContent("%PDF-1.4\n%%EOF\n"u8.ToArray()) { Headers = { ContentType = new("application/pdf") } }, "Upload", "bill.pdf" },
        };
        var attached = await client.PostAsync(new Uri($"{page}?handler=Attach", UriKind.Relative), form);
        var details = await api.Http.GetFromJsonAsync<PrivateDetailsView>($"/api/requests/{draft.Id}/private", Json.Options);

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, attached.StatusCode);
        Assert.Equal(("Knoxville Utilities Board", "KUB-2231", 182.40m), (details!.Payee, details.AccountNumber, details.AmountOwed));
        Assert.Equal((AttachmentKind.Bill, "bill.pdf"), (details.Attachments.Single().Kind, details.Attachments.Single().FileName));
        Assert.Equal(RequestState.AwaitingApproval, (await api.SubmitAsync(draft.Id)).State);
    }

    [Theory]
    [InlineData("99")]
    [InlineData("rent")]
    public async Task Attach_form_refuses_an_unknown_kind_and_attaches_nothing(string kind)
    {
        var api = new RequestsClient(await app.ClientForAsync(DemoPeople.Caseworker));
        var draft = await api.CreateAsync(RequestsClient.Draft(await DemoPlaces.CountyIdAsync(app, "Knox County"), "utilities", Descriptions.Rent, await app.UserIdAsync(DemoPeople.Supervisor)));
        var client = await Forms.SignedInAsync(app, DemoPeople.Caseworker);
        var page = $"/Requests/Details/{draft.Id}";
        var token = Forms.TokenIn(await client.GetStringAsync(page));
        using var form = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new StringContent(kind), "Kind" },
            { new ByteArrayContent("%PDF-1.4\n%%EOF\n"u8.ToArray()) { Headers = { ContentType = new("application/pdf") } }, "Upload", "bill.pdf" },
        };

        var refused = await client.PostAsync(new Uri($"{page}?handler=Attach", UriKind.Relative), form);
        var details = await api.Http.GetFromJsonAsync<PrivateDetailsView>($"/api/requests/{draft.Id}/private", Json.Options);

        Assert.Contains("Say what the file is: bill, lease or other.", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Empty(details!.Attachments);
    }

    [Fact]
    public async Task Supervisor_edits_a_request_awaiting_approval_on_the_edit_page()
    {
        var api = new RequestsClient(await app.ClientForAsync(DemoPeople.Caseworker));
        var draft = await api.CreateAsync(RequestsClient.Draft(await DemoPlaces.CountyIdAsync(app, "Knox County"), supervisorId: await app.UserIdAsync(DemoPeople.Supervisor)));
        await api.SubmitAsync(draft.Id);
        var supervisor = await Forms.SignedInAsync(app, DemoPeople.Supervisor);
        var caseworker = await Forms.SignedInAsync(app, DemoPeople.Caseworker);
        var edit = new Dictionary<string, string>
        {
            ["Form.Need"] = "clothing", ["Form.Tier"] = "1", ["Form.Description"] = Descriptions.Ready, ["Form.CountyId"] = $"{draft.CountyId}",
            ["Form.Zip"] = "37917", ["Form.Urgency"] = "High", ["Form.SupervisorId"] = draft.SupervisorId!,
            ["Form.Items[0].Name"] = "Winter coat, size 10", ["Form.Items[0].Quantity"] = "1", ["Form.Items[0].UnitValue"] = "50",
            ["Form.Children[0].Age"] = "8", ["Form.Children[0].Size"] = "10",
        };

        var byCaseworker = await Forms.PostAsync(caseworker, $"/Requests/Edit/{draft.Id}", edit);
        var bySupervisor = await Forms.PostAsync(supervisor, $"/Requests/Edit/{draft.Id}", edit);

        Assert.Contains("can be edited only", await byCaseworker.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, bySupervisor.StatusCode);
        var edited = await api.GetAsync(draft.Id);
        Assert.Equal((Urgency.High, "Winter coat, size 10", RequestState.AwaitingApproval), (edited.Urgency, edited.Items.Single().Name, edited.State));
    }

    [Fact]
    public async Task Approval_queue_shows_what_the_reviewer_finds_in_a_gas_card_request()
    {
        var api = new RequestsClient(await app.ClientForAsync(DemoPeople.Caseworker));
        var draft = await api.CreateAsync(RequestsClient.Draft(await DemoPlaces.CountyIdAsync(app, "Knox County"), "transportation", Descriptions.GasCard,
            await app.UserIdAsync(DemoPeople.Supervisor)));
        await api.SubmitAsync(draft.Id);
        var client = await Forms.SignedInAsync(app, DemoPeople.Supervisor);

        var queue = await client.GetStringAsync(new Uri("/Approvals", UriKind.Relative));

        Assert.Contains("(gas-card)", queue, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Two_decisions_at_once_record_exactly_one()
    {
        var api = new RequestsClient(await app.ClientForAsync(DemoPeople.Caseworker));
        var supervisor = new RequestsClient(await app.ClientForAsync(DemoPeople.Supervisor));
        var draft = await api.CreateAsync(RequestsClient.Draft(await DemoPlaces.CountyIdAsync(app, "Knox County"), supervisorId: await app.UserIdAsync(DemoPeople.Supervisor)));
        await api.SubmitAsync(draft.Id);

        var answers = await Task.WhenAll(
            supervisor.PostAsync($"/api/approvals/{draft.Id}/approve", new NoteInput(null)),
            supervisor.PostAsync($"/api/approvals/{draft.Id}/return", new NoteInput("Add a size.")));

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.Conflict], answers.Select(a => a.StatusCode).Order());
        var decisions = (await api.HistoryAsync(draft.Id)).Count(t => t.Action is RequestAction.Approve or RequestAction.Return);
        Assert.Equal(1, decisions);
    }
}

public sealed class RequestPagesTests_Sqlite(SqliteApp app) : RequestPagesTests<SqliteApp>(app), IClassFixture<SqliteApp>;

[Trait("Tier", "Postgres")]
public sealed class RequestPagesTests_Postgres(PostgresApp app) : RequestPagesTests<PostgresApp>(app), IClassFixture<PostgresApp>;
