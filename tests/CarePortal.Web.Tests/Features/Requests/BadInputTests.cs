using System.Net;
using System.Net.Http.Json;
using System.Text;
using CarePortal.Web.Features.Requests;
using Microsoft.EntityFrameworkCore;
using Xunit;

namespace CarePortal.Web.Tests.Features.Requests;

public abstract class BadInputTests<TApp>(TApp app) where TApp : CarePortalApp
{
    private static readonly byte[] Pdf = Encoding.ASCII.GetBytes("%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n");

    private async Task<(RequestsClient Caseworker, int Knox, string SupervisorId)> KnoxAsync() =>
        (new RequestsClient(await app.ClientForAsync(DemoPeople.Caseworker)), await DemoPlaces.CountyIdAsync(app, "Knox County"),
            await app.UserIdAsync(DemoPeople.Supervisor));

    private Task<int> RequestCountAsync() => app.QueryAsync(db => db.Requests.CountAsync());

    [Fact]
    public async Task Unknown_need_is_refused_and_nothing_is_saved()
    {
        var (caseworker, knox, _) = await KnoxAsync();
        var before = await RequestCountAsync();

        var response = await caseworker.PostAsync("/api/requests", RequestsClient.Draft(knox) with { Need = "pony" });

        var problem = await RequestsClient.ProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.Contains("pony", problem.GetProperty("errors").GetProperty("need")[0].GetString(), StringComparison.Ordinal);
        Assert.Equal(before, await RequestCountAsync());
    }

    [Fact]
    public async Task Oversized_description_is_refused_and_nothing_is_saved()
    {
        var (caseworker, knox, _) = await KnoxAsync();
        var before = await RequestCountAsync();

        var response = await caseworker.PostAsync("/api/requests", RequestsClient.Draft(knox, description: new string('a', RequestLimits.DescriptionLength + 1)));

        var problem = await RequestsClient.ProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty("description", out _));
        Assert.Equal(before, await RequestCountAsync());
    }

    [Fact]
    public async Task Address_instead_of_zip_unknown_urgency_and_empty_items_are_refused()
    {
        var (caseworker, knox, _) = await KnoxAsync();
        var before = await RequestCountAsync();

        var address = await caseworker.PostAsync("/api/requests", RequestsClient.Draft(knox) with { Zip = "12 Elm Street" });
        var noItems = await caseworker.PostAsync("/api/requests", RequestsClient.Draft(knox) with { Items = [] });
        var urgency = await caseworker.Http.PostAsync(new Uri("/api/requests", UriKind.Relative), new StringContent(
            $$"""{"need":"clothing","tier":1,"description":"A coat.","zip":"37917","countyId":{{knox}},"urgency":"someday","items":[{"name":"Coat","quantity":1,"unitValue":40}]}""",
            Encoding.UTF8, "application/json"));

        await RequestsClient.ProblemAsync(address, HttpStatusCode.BadRequest);
        await RequestsClient.ProblemAsync(noItems, HttpStatusCode.BadRequest);
        await RequestsClient.ProblemAsync(urgency, HttpStatusCode.BadRequest);
        Assert.Equal(before, await RequestCountAsync());
    }

    [Fact]
    public async Task Rent_request_without_bill_cannot_be_submitted()
    {
        var (caseworker, knox, supervisorId) = await KnoxAsync();
        var draft = await caseworker.CreateAsync(RequestsClient.Draft(knox, "rent", Descriptions.Rent, supervisorId));
        await caseworker.AttachAsync(draft.Id, AttachmentKind.Other, "letter.pdf", "application/pdf", Pdf);

        var response = await caseworker.PostAsync($"/api/requests/{draft.Id}/submit", new SubmitInput(true));

        var problem = await RequestsClient.ProblemAsync(response, (HttpStatusCode)422);
        Assert.Contains("bill or lease", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(RequestState.Draft, (await caseworker.GetAsync(draft.Id)).State);
    }

    [Fact]
    public async Task Rent_request_with_the_lease_attached_is_submitted_and_the_lease_reads_back()
    {
        var (caseworker, knox, supervisorId) = await KnoxAsync();
        var draft = await caseworker.CreateAsync(RequestsClient.Draft(knox, "rent", Descriptions.Rent, supervisorId));

        var attached = await caseworker.AttachAsync(draft.Id, AttachmentKind.Lease, "lease.pdf", "application/pdf", Pdf);
        var submitted = await caseworker.SubmitAsync(draft.Id);
        var details = await caseworker.Http.GetFromJsonAsync<PrivateDetailsView>($"/api/requests/{draft.Id}/private", Json.Options);
        var download = await caseworker.Http.GetByteArrayAsync(new Uri($"/api/requests/{draft.Id}/attachments/{details!.Attachments[0].Id}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Created, attached.StatusCode);
        Assert.Equal(RequestState.AwaitingApproval, submitted.State);
        Assert.Equal(("lease.pdf", "application/pdf"), (details.Attachments[0].FileName, details.Attachments[0].ContentType));
        Assert.Equal(Pdf, download);
        Assert.False(File.Exists(Path.Combine(app.DataDirectory, "wwwroot")), "attachments are never under a web root");
    }

    [Fact]
    public async Task File_that_is_not_what_it_claims_is_refused_and_nothing_is_kept()
    {
        var (caseworker, knox, supervisorId) = await KnoxAsync();
        var draft = await caseworker.CreateAsync(RequestsClient.Draft(knox, "utilities", Descriptions.Rent, supervisorId));
        var folder = Path.Combine(app.DataDirectory, "attachments");
        var filesBefore = Directory.GetFiles(folder).Length;

        var script = await caseworker.AttachAsync(draft.Id, AttachmentKind.Bill, "bill.pdf", "application/pdf", Encoding.ASCII.GetBytes("#!/bin/sh\necho not a pdf\n"));
        var pngCalledPdf = await caseworker.AttachAsync(draft.Id, AttachmentKind.Bill, "bill.pdf", "application/pdf", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0]);
        var tooLarge = await caseworker.AttachAsync(draft.Id, AttachmentKind.Bill, "bill.pdf", "application/pdf", [.. Pdf, .. new byte[70_000]]);

        await RequestsClient.ProblemAsync(script, HttpStatusCode.BadRequest);
        await RequestsClient.ProblemAsync(pngCalledPdf, HttpStatusCode.BadRequest);
        await RequestsClient.ProblemAsync(tooLarge, HttpStatusCode.BadRequest);
        Assert.Equal(0, await app.QueryAsync(db => db.Attachments.CountAsync(a => a.CareRequestId == draft.Id)));
        Assert.Equal(filesBefore, Directory.GetFiles(folder).Length);
    }

    [Fact]
    public async Task Closing_as_met_before_the_request_is_open_is_refused_and_leaves_no_trace()
    {
        var (caseworker, knox, supervisorId) = await KnoxAsync();
        var draft = await caseworker.CreateAsync(RequestsClient.Draft(knox, supervisorId: supervisorId));

        var onDraft = await caseworker.PostAsync($"/api/requests/{draft.Id}/close", new CloseInput(CloseOutcome.FullyMet, ChildOutcomes: ["returned-home"], Rating: 5));
        await caseworker.SubmitAsync(draft.Id);
        var awaiting = await caseworker.PostAsync($"/api/requests/{draft.Id}/close", new CloseInput(CloseOutcome.FullyMet, ChildOutcomes: ["returned-home"], Rating: 5));
        var resume = await caseworker.PostAsync($"/api/requests/{draft.Id}/resume", new NoteInput(null));

        await RequestsClient.ProblemAsync(onDraft, HttpStatusCode.Conflict);
        await RequestsClient.ProblemAsync(awaiting, HttpStatusCode.Conflict);
        await RequestsClient.ProblemAsync(resume, HttpStatusCode.Conflict);
        var request = await caseworker.GetAsync(draft.Id);
        Assert.Equal((RequestState.AwaitingApproval, (int?)null), (request.State, request.Rating));
        Assert.Equal([RequestAction.Submit], (await caseworker.HistoryAsync(draft.Id)).Select(t => t.Action));
    }

    [Fact]
    public async Task Clothing_request_without_the_childs_age_cannot_be_submitted()
    {
        var (caseworker, knox, supervisorId) = await KnoxAsync();
        var draft = await caseworker.CreateAsync(RequestsClient.Draft(knox, supervisorId: supervisorId) with { Children = [] });

        var response = await caseworker.PostAsync($"/api/requests/{draft.Id}/submit", new SubmitInput(true));

        await RequestsClient.ProblemAsync(response, (HttpStatusCode)422);
        Assert.Equal(RequestState.Draft, (await caseworker.GetAsync(draft.Id)).State);
    }

    [Fact]
    public async Task Children_are_not_asked_for_needs_that_are_not_age_appropriate()
    {
        var (caseworker, knox, _) = await KnoxAsync();
        var before = await RequestCountAsync();

        var response = await caseworker.PostAsync("/api/requests", RequestsClient.Draft(knox, "rent", Descriptions.Rent) with { Children = [new ChildInput(7)] });
        var badAge = await caseworker.PostAsync("/api/requests", RequestsClient.Draft(knox) with { Children = [new ChildInput(40)] });

        var problem = await RequestsClient.ProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty("children", out _));
        await RequestsClient.ProblemAsync(badAge, HttpStatusCode.BadRequest);
        Assert.Equal(before, await RequestCountAsync());
    }

    [Fact]
    public async Task Submission_needs_the_family_consent()
    {
        var (caseworker, knox, supervisorId) = await KnoxAsync();
        var draft = await caseworker.CreateAsync(RequestsClient.Draft(knox, supervisorId: supervisorId));

        var response = await caseworker.PostAsync($"/api/requests/{draft.Id}/submit", new SubmitInput(false));

        await RequestsClient.ProblemAsync(response, (HttpStatusCode)422);
        Assert.Equal(RequestState.Draft, (await caseworker.GetAsync(draft.Id)).State);
    }

    [Fact]
    public async Task Blocking_findings_stop_submission_and_come_back_with_their_spans()
    {
        var (caseworker, knox, supervisorId) = await KnoxAsync();
        var draft = await caseworker.CreateAsync(RequestsClient.Draft(knox, description: Descriptions.Confidential, supervisorId: supervisorId));

        var response = await caseworker.PostAsync($"/api/requests/{draft.Id}/submit", new SubmitInput(true));

        var problem = await RequestsClient.ProblemAsync(response, (HttpStatusCode)422);
        var findings = problem.GetProperty("findings").EnumerateArray().ToList();
        var name = Assert.Single(findings, f => f.GetProperty("rule").GetString() == "confidential-name" && f.GetProperty("text").GetString() == "Tyler");
        Assert.Equal((Descriptions.Confidential.IndexOf("Tyler", StringComparison.Ordinal), 5), (name.GetProperty("start").GetInt32(), name.GetProperty("length").GetInt32()));
        Assert.Contains(findings, f => f.GetProperty("rule").GetString() == "confidential-contact");
        Assert.Equal(RequestState.Draft, (await caseworker.GetAsync(draft.Id)).State);
    }

    [Fact]
    public async Task Caseworker_cannot_approve_their_own_request()
    {
        var (caseworker, knox, supervisorId) = await KnoxAsync();
        var draft = await caseworker.CreateAsync(RequestsClient.Draft(knox, supervisorId: supervisorId));
        await caseworker.SubmitAsync(draft.Id);

        var response = await caseworker.PostAsync($"/api/approvals/{draft.Id}/approve", new NoteInput(null));

        await RequestsClient.ProblemAsync(response, HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Named_supervisor_must_supervise_the_office()
    {
        var (caseworker, knox, _) = await KnoxAsync();

        var response = await caseworker.PostAsync("/api/requests", RequestsClient.Draft(knox, supervisorId: await app.UserIdAsync(DemoPeople.OtherSupervisor)));

        await RequestsClient.ProblemAsync(response, HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Caseworker_cannot_write_for_a_county_of_another_agency()
    {
        var (caseworker, _, _) = await KnoxAsync();
        var other = await TestAgency.CreateAsync(app, CarePortal.Web.Features.Organisations.ApprovalOption.None);

        var response = await caseworker.PostAsync("/api/requests", RequestsClient.Draft(other.CountyId));

        var problem = await RequestsClient.ProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty("countyId", out _));
    }

    [Fact]
    public async Task Church_people_cannot_write_requests()
    {
        var pointPerson = new RequestsClient(await app.ClientForAsync(DemoPeople.PointPerson));

        var response = await pointPerson.PostAsync("/api/requests", RequestsClient.Draft(await DemoPlaces.CountyIdAsync(app, "Knox County")));

        await RequestsClient.ProblemAsync(response, HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Unknown_attachment_kinds_are_refused_the_documented_names_are_accepted_in_any_case_and_private_details_still_read()
    {
        var (caseworker, knox, supervisorId) = await KnoxAsync();
        var draft = await caseworker.CreateAsync(RequestsClient.Draft(knox, "rent", Descriptions.Rent, supervisorId));
        var wrong = new List<string>();

        foreach (var kind in new[] { "99", "1", "receipt", "Bill,Lease", " " })
        {
            var response = await caseworker.AttachAsync(draft.Id, kind, "bill.pdf", "application/pdf", Pdf);
            if (response.StatusCode != HttpStatusCode.BadRequest
                || !(await response.Content.ReadAsStringAsync()).Contains("bill, lease or other", StringComparison.Ordinal))
            {
                wrong.Add($"'{kind}': {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
            }
        }

        foreach (var kind in new[] { "bill", "lease", "other", "Bill", "LEASE" })
        {
            var response = await caseworker.AttachAsync(draft.Id, kind, "bill.pdf", "application/pdf", Pdf);
            if (response.StatusCode != HttpStatusCode.Created)
            {
                wrong.Add($"'{kind}': {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
            }
        }

        var details = await caseworker.Http.GetAsync(new Uri($"/api/requests/{draft.Id}/private", UriKind.Relative));
        Assert.Empty(wrong);
        Assert.Equal(HttpStatusCode.OK, details.StatusCode);
        var kinds = (await details.Content.ReadFromJsonAsync<PrivateDetailsView>(Json.Options))!.Attachments.Select(a => a.Kind);
        Assert.Equal([AttachmentKind.Bill, AttachmentKind.Lease, AttachmentKind.Other, AttachmentKind.Bill, AttachmentKind.Lease], kinds);
    }

    [Fact]
    public async Task The_open_api_document_names_the_attachment_kinds_the_endpoint_takes()
    {
        var document = await (await app.ClientForAsync(DemoPeople.Caseworker)).GetStringAsync(new Uri("/openapi/v1.json", UriKind.Relative));
        var kind = System.Text.Json.JsonDocument.Parse(document).RootElement.GetProperty("paths").GetProperty("/api/requests/{id}/attachments")
            .GetProperty("post").GetProperty("requestBody").GetProperty("content").GetProperty("multipart/form-data").GetProperty("schema").ToString();

        Assert.Contains("\"bill\"", kind, StringComparison.Ordinal);
        Assert.Contains("\"lease\"", kind, StringComparison.Ordinal);
        Assert.Contains("\"other\"", kind, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_null_item_or_child_is_refused_with_a_sentence_on_create_and_update()
    {
        var (caseworker, knox, supervisorId) = await KnoxAsync();
        var draft = await caseworker.CreateAsync(RequestsClient.Draft(knox, supervisorId: supervisorId));
        var before = await RequestCountAsync();
        var wrong = new List<string>();

        foreach (var (field, value) in new[] { ("items", "[null]"), ("children", "[null]"), ("items", "[{\"name\":\"Coat\",\"quantity\":1,\"unitValue\":4},null]") })
        {
            var body = System.Text.Json.Nodes.JsonNode.Parse(System.Text.Json.JsonSerializer.Serialize(RequestsClient.Draft(knox, supervisorId: supervisorId), Json.Options))!;
            body[field] = System.Text.Json.Nodes.JsonNode.Parse(value);
            foreach (var (method, path) in new[] { (HttpMethod.Post, "/api/requests"), (HttpMethod.Put, $"/api/requests/{draft.Id}") })
            {
                using var message = new HttpRequestMessage(method, new Uri(path, UriKind.Relative)) { Content = new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json") };
                var response = await caseworker.Http.SendAsync(message);
                var text = await response.Content.ReadAsStringAsync();
                if (response.StatusCode != HttpStatusCode.BadRequest || !text.Contains($"\"{field}\"", StringComparison.Ordinal))
                {
                    wrong.Add($"{method} {field}={value}: {(int)response.StatusCode} {text}");
                }
            }
        }

        Assert.Empty(wrong);
        Assert.Equal(before, await RequestCountAsync());
        Assert.Equal(RequestsClient.Draft(knox).Items!.Single().Name, (await caseworker.GetAsync(draft.Id)).Items.Single().Name);
    }
}

public sealed class BadInputTests_Sqlite(SqliteApp app) : BadInputTests<SqliteApp>(app), IClassFixture<SqliteApp>;

[Trait("Tier", "Postgres")]
public sealed class BadInputTests_Postgres(PostgresApp app) : BadInputTests<PostgresApp>(app), IClassFixture<PostgresApp>;
