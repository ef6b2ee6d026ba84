using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using CarePortal.Web.Features.Churches;
using CarePortal.Web.Features.CoworkerReads;
using CarePortal.Web.Features.Requests;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Xunit;

namespace CarePortal.Web.Tests.Features.Requests;

/// <summary>Every role against every endpoint that touches a request or its private details.</summary>
public abstract class AuthorizationMatrixTests<TApp>(TApp app) where TApp : CarePortalApp
{
    private const string PrivateText = "Blue door behind the laundromat.";
    private static readonly byte[] Pdf = Encoding.ASCII.GetBytes("%PDF-1.7\n%%EOF\n");

    private static readonly string[] Readers =
    [
        DemoPeople.Caseworker, DemoPeople.Supervisor, DemoPeople.CountyRepresentative, DemoPeople.RegionalManager, DemoPeople.AgencyAdmin,
        DemoPeople.PointPerson, DemoPeople.TeamLeader, DemoPeople.Responder, DemoPeople.PlatformAdmin,
    ];

    /// <summary>People who learn nothing of the request (404): other offices and regions, and a church in Nashville it never reached.</summary>
    private static readonly string[] Strangers =
        [DemoPeople.Caseworker2, DemoPeople.OtherRegionalManager, DemoPeople.OtherSupervisor, DemoPeople.OtherCaseworker, DemoPeople.FarPointPerson];

    private static readonly string[] PrivateReaders = [DemoPeople.Caseworker, DemoPeople.Supervisor, DemoPeople.RegionalManager];

    private static readonly string[] Writers = [DemoPeople.Caseworker, DemoPeople.Supervisor];

    private static readonly string[] Closers = [DemoPeople.Caseworker, DemoPeople.Supervisor, DemoPeople.CountyRepresentative, DemoPeople.AgencyAdmin];

    private static readonly string[] Everyone = [.. Readers, .. Strangers];

    /// <summary>An open rent request of the Knox caseworker, with private details and the lease attached.</summary>
    private async Task<(int Id, Guid Lease)> OpenRequestAsync()
    {
        var caseworker = new RequestsClient(await app.ClientForAsync(DemoPeople.Caseworker));
        var supervisor = new RequestsClient(await app.ClientForAsync(DemoPeople.Supervisor));
        var draft = await caseworker.CreateAsync(RequestsClient.Draft(await DemoPlaces.CountyIdAsync(app, "Knox County"), "rent", Descriptions.Rent,
            await app.UserIdAsync(DemoPeople.Supervisor)));
        await caseworker.Http.PutAsJsonAsync($"/api/requests/{draft.Id}/private", new PrivateDetailsInput(PrivateText, "Landlord", "ACC-1", 650m, "check", null, 0), Json.Options);
        var lease = await (await caseworker.AttachAsync(draft.Id, AttachmentKind.Lease, "lease.pdf", "application/pdf", Pdf)).Content.ReadFromJsonAsync<AttachmentView>(Json.Options);
        await caseworker.SubmitAsync(draft.Id);
        await RequestsClient.OkAsync(supervisor.PostAsync($"/api/approvals/{draft.Id}/approve", new NoteInput(null)));
        return (draft.Id, lease!.Id);
    }

    /// <summary>The status a person should get; null when the call is allowed but would change the request (tested elsewhere).</summary>
    private static HttpStatusCode? Expect(string person, IEnumerable<string> allowed, HttpStatusCode? success, HttpStatusCode? readerDenied = HttpStatusCode.Forbidden) =>
        allowed.Contains(person) ? success : Readers.Contains(person) ? readerDenied : HttpStatusCode.NotFound;

    [Fact]
    public async Task Every_role_gets_exactly_its_rights_on_an_open_request_and_every_private_read_is_audited()
    {
        var (id, lease) = await OpenRequestAsync();
        var auditBefore = await app.QueryAsync(db => db.PrivateDetailsReads.CountAsync(r => r.CareRequestId == id));
        var knox = await DemoPlaces.CountyIdAsync(app, "Knox County");
        var edit = RequestsClient.Draft(knox, "rent", Descriptions.Rent);
        var mismatches = new List<string>();

        foreach (var person in Everyone)
        {
            var client = new RequestsClient(await app.ClientForAsync(person));
            var cells = new (string Endpoint, Func<Task<HttpResponseMessage>> Call, HttpStatusCode? Expected)[]
            {
                ("GET request", () => client.Http.GetAsync(new Uri($"/api/requests/{id}", UriKind.Relative)), Expect(person, Readers, HttpStatusCode.OK)),
                ("GET history", () => client.Http.GetAsync(new Uri($"/api/requests/{id}/history", UriKind.Relative)), Expect(person, Readers, HttpStatusCode.OK)),
                ("GET private", () => client.Http.GetAsync(new Uri($"/api/requests/{id}/private", UriKind.Relative)), Expect(person, PrivateReaders, HttpStatusCode.OK)),
                ("GET attachment", () => client.Http.GetAsync(new Uri($"/api/requests/{id}/attachments/{lease}", UriKind.Relative)), Expect(person, PrivateReaders, HttpStatusCode.OK)),
                ("GET audit", () => client.Http.GetAsync(new Uri($"/api/requests/{id}/audit", UriKind.Relative)), Expect(person, [DemoPeople.AgencyAdmin], HttpStatusCode.OK)),
                ("PUT private", () => client.Http.PutAsJsonAsync($"/api/requests/{id}/private", new PrivateDetailsInput(PrivateText, "Landlord", "ACC-1", 650m, "check", null, 1), Json.Options), Expect(person, Writers, HttpStatusCode.NoContent)),
                ("POST attachment", () => client.AttachAsync(id, AttachmentKind.Other, "note.pdf", "application/pdf", Pdf), Expect(person, Writers, HttpStatusCode.Created)),
                ("PUT request (open: not editable)", () => client.Http.PutAsJsonAsync($"/api/requests/{id}", edit, Json.Options), Expect(person, [.. Writers, DemoPeople.CountyRepresentative], HttpStatusCode.Conflict)),
                ("POST submit (open)", () => client.PostAsync($"/api/requests/{id}/submit", new SubmitInput(true)), Expect(person, Writers, HttpStatusCode.Conflict)),
                ("POST approve (open)", () => client.PostAsync($"/api/approvals/{id}/approve", new NoteInput(null)), Expect(person, Readers, HttpStatusCode.Conflict)),
                ("POST deny (open)", () => client.PostAsync($"/api/approvals/{id}/deny", new NoteInput("no")), Expect(person, Readers, HttpStatusCode.Conflict)),
                ("POST pause", () => client.PostAsync($"/api/requests/{id}/pause", new NoteInput(null)), Expect(person, [], HttpStatusCode.OK, ReaderDenied(person, Writers))),
                ("POST cancel", () => client.PostAsync($"/api/requests/{id}/cancel", new NoteInput("x")), Expect(person, [], HttpStatusCode.OK, ReaderDenied(person, Closers))),
                ("POST close", () => client.PostAsync($"/api/requests/{id}/close", new CloseInput(CloseOutcome.NotMet, Reason: "x")), Expect(person, [], HttpStatusCode.OK, ReaderDenied(person, Closers))),
            };
            foreach (var (endpoint, call, expected) in cells.Where(c => c.Expected is not null))
            {
                var actual = (await call()).StatusCode;
                if (actual != expected)
                {
                    mismatches.Add($"{person} {endpoint}: expected {(int)expected!}, got {(int)actual}");
                }
            }

            var listed = (await client.Http.GetFromJsonAsync<List<RequestView>>("/api/requests", Json.Options))!.Any(r => r.Id == id);
            if (listed != Readers.Contains(person))
            {
                mismatches.Add($"{person} GET /api/requests lists it: {listed}");
            }
        }

        Assert.Empty(mismatches);
        var state = await app.QueryAsync(db => db.Requests.Where(r => r.Id == id).Select(r => r.State).SingleAsync());
        Assert.Equal(RequestState.Open, state);
        var audit = await app.QueryAsync(db => db.PrivateDetailsReads.Where(r => r.CareRequestId == id).OrderBy(r => r.Id).Skip(auditBefore)
            .Join(db.Users, r => r.UserId, u => u.Id, (r, u) => new { u.Email, r.What }).ToListAsync());
        Assert.Equal(PrivateReaders.SelectMany(p => new[] { (p, "details"), (p, $"attachment:{lease:N}") }), audit.Select(a => (a.Email!, a.What)));
        var log = await (await app.ClientForAsync(DemoPeople.AgencyAdmin)).GetFromJsonAsync<List<AuditView>>($"/api/requests/{id}/audit", Json.Options);
        Assert.Equal(audit.Select(a => (a.Email!, a.What)), log!.Skip(auditBefore).Select(a => (a.Who, a.What)));
    }

    /// <summary>Pause, cancel and close change the request: the matrix checks refusals, and allowed people act on requests of their own below.</summary>
    private static HttpStatusCode? ReaderDenied(string person, string[] allowed) => allowed.Contains(person) ? null : HttpStatusCode.Forbidden;

    [Fact]
    public async Task Caseworker_supervisor_county_representative_and_agency_admin_may_cancel_and_close()
    {
        var mismatches = new List<string>();
        foreach (var person in Closers)
        {
            var client = new RequestsClient(await app.ClientForAsync(person));
            var (toCancel, _) = await OpenRequestAsync();
            var (toClose, _) = await OpenRequestAsync();
            var cancel = await client.PostAsync($"/api/requests/{toCancel}/cancel", new NoteInput("Duplicate."));
            var close = await client.PostAsync($"/api/requests/{toClose}/close", new CloseInput(CloseOutcome.NotMet, Reason: "Moved away."));
            if (cancel.StatusCode != HttpStatusCode.OK || close.StatusCode != HttpStatusCode.OK)
            {
                mismatches.Add($"{person}: cancel {(int)cancel.StatusCode}, close {(int)close.StatusCode}");
            }
        }

        foreach (var person in Writers)
        {
            var (toPause, _) = await OpenRequestAsync();
            var pause = await new RequestsClient(await app.ClientForAsync(person)).PostAsync($"/api/requests/{toPause}/pause", new NoteInput(null));
            if (pause.StatusCode != HttpStatusCode.OK)
            {
                mismatches.Add($"{person}: pause {(int)pause.StatusCode}");
            }
        }

        Assert.Empty(mismatches);
    }

    [Fact]
    public async Task Churches_see_the_public_part_only_never_the_agency_internal_fields_nor_who_moved_it_and_their_notes()
    {
        var caseworker = new RequestsClient(await app.ClientForAsync(DemoPeople.Caseworker));
        var draft = await caseworker.CreateAsync(RequestsClient.Draft(await DemoPlaces.CountyIdAsync(app, "Knox County"), "food", Descriptions.GiftCard,
            await app.UserIdAsync(DemoPeople.Supervisor), "The nearest food pantry closed.", "Two churches were asked to deliver groceries."));
        await caseworker.SubmitAsync(draft.Id);
        await RequestsClient.OkAsync(new RequestsClient(await app.ClientForAsync(DemoPeople.RegionalManager)).PostAsync($"/api/approvals/{draft.Id}/approve",
            new NoteInput("Approved: the pantry reopens next month.")));

        var asResponder = await (await app.ClientForAsync(DemoPeople.Responder)).GetFromJsonAsync<JsonObject>($"/api/requests/{draft.Id}", Json.Options);
        var asSupervisorJson = await (await app.ClientForAsync(DemoPeople.Supervisor)).GetFromJsonAsync<JsonObject>($"/api/requests/{draft.Id}", Json.Options);
        var historyForResponder = await (await app.ClientForAsync(DemoPeople.Responder)).GetFromJsonAsync<List<TransitionView>>($"/api/requests/{draft.Id}/history", Json.Options);
        var historyForSupervisor = await (await app.ClientForAsync(DemoPeople.Supervisor)).GetFromJsonAsync<List<TransitionView>>($"/api/requests/{draft.Id}/history", Json.Options);
        var asSupervisor = await new RequestsClient(await app.ClientForAsync(DemoPeople.Supervisor)).GetAsync(draft.Id);

        Assert.Equal(Descriptions.GiftCard, asResponder!["description"]!.GetValue<string>());
        // A church's view has no agency field at all (not even blank); the agency's has each of them.
        string[] agencyOnly = ["exceptionReason", "alternativesTried", "caseworkerId", "supervisorId", "notMetReason", "route", "childOutcomes", "rating"];
        Assert.DoesNotContain(agencyOnly, asResponder.ContainsKey);
        Assert.All(agencyOnly, f => Assert.True(asSupervisorJson!.ContainsKey(f), f));
        Assert.Equal("The nearest food pantry closed.", asSupervisor.ExceptionReason);
        // The moves and their dates, never who made them or the approver's note.
        Assert.Equal([RequestAction.Submit, RequestAction.Approve], historyForResponder!.Select(t => t.Action));
        Assert.All(historyForResponder!, t => Assert.Equal(((string?)null, (string?)null), (t.By, t.Note)));
        Assert.Equal("Approved: the pantry reopens next month.", historyForSupervisor!.Last().Note);
        Assert.NotNull(historyForSupervisor!.Last().By);
    }

    [Fact]
    public async Task The_request_list_gives_churches_no_agency_field_at_all_and_the_agency_each_of_them()
    {
        var caseworker = new RequestsClient(await app.ClientForAsync(DemoPeople.Caseworker));
        var draft = await caseworker.CreateAsync(RequestsClient.Draft(await DemoPlaces.CountyIdAsync(app, "Knox County"), "food", Descriptions.GiftCard,
            await app.UserIdAsync(DemoPeople.Supervisor), "The nearest food pantry closed.", "Two churches were asked to deliver groceries."));
        await caseworker.SubmitAsync(draft.Id);
        await RequestsClient.OkAsync(new RequestsClient(await app.ClientForAsync(DemoPeople.RegionalManager)).PostAsync($"/api/approvals/{draft.Id}/approve",
            new NoteInput(null)));

        var asResponder = await ListedAsync(DemoPeople.Responder, draft.Id);
        var asSupervisor = await ListedAsync(DemoPeople.Supervisor, draft.Id);

        Assert.Equal(Descriptions.GiftCard, asResponder["description"]!.GetValue<string>());
        string[] agencyOnly = ["exceptionReason", "alternativesTried", "caseworkerId", "supervisorId", "notMetReason", "route", "childOutcomes", "rating"];
        Assert.DoesNotContain(agencyOnly, asResponder.ContainsKey);
        Assert.All(agencyOnly, f => Assert.True(asSupervisor.ContainsKey(f), f));
        Assert.Equal("The nearest food pantry closed.", asSupervisor["exceptionReason"]!.GetValue<string>());
    }

    private async Task<JsonObject> ListedAsync(string person, int id)
    {
        var list = await (await app.ClientForAsync(person)).GetFromJsonAsync<JsonArray>("/api/requests", Json.Options);
        return list!.OfType<JsonObject>().Single(r => r["id"]!.GetValue<int>() == id);
    }

    [Fact]
    public async Task Drafts_are_hidden_from_churches_and_coworkers()
    {
        var caseworker = new RequestsClient(await app.ClientForAsync(DemoPeople.Caseworker));
        var draft = await caseworker.CreateAsync(RequestsClient.Draft(await DemoPlaces.CountyIdAsync(app, "Knox County")));
        var mismatches = new List<string>();

        foreach (var person in Everyone)
        {
            var expected = person is DemoPeople.PointPerson or DemoPeople.TeamLeader or DemoPeople.Responder || Strangers.Contains(person)
                ? HttpStatusCode.NotFound
                : HttpStatusCode.OK;
            var actual = (await (await app.ClientForAsync(person)).GetAsync(new Uri($"/api/requests/{draft.Id}", UriKind.Relative))).StatusCode;
            if (actual != expected)
            {
                mismatches.Add($"{person}: expected {(int)expected}, got {(int)actual}");
            }
        }

        Assert.Empty(mismatches);
    }

    [Fact]
    public async Task Private_details_page_shows_them_to_the_caseworker_only_and_records_the_read_and_a_church_never_reached_gets_404()
    {
        var (id, _) = await OpenRequestAsync();
        var before = await app.QueryAsync(db => db.PrivateDetailsReads.CountAsync(r => r.CareRequestId == id));

        var asCaseworker = await PageAsync(DemoPeople.Caseworker, $"/Requests/Details/{id}?handler=Private");
        var asCountyRepresentative = await PageAsync(DemoPeople.CountyRepresentative, $"/Requests/Details/{id}?handler=Private");
        var asResponder = await PageAsync(DemoPeople.Responder, $"/Requests/Details/{id}?handler=Private");
        var asStranger = await Forms.SignedInAsync(app, DemoPeople.OtherCaseworker);
        var strangerStatus = (await asStranger.GetAsync(new Uri($"/Requests/Details/{id}?handler=Private", UriKind.Relative))).StatusCode;
        var farChurch = await Forms.SignedInAsync(app, DemoPeople.FarPointPerson);
        var farChurchStatuses = new List<HttpStatusCode>();
        foreach (var page in new[] { $"/Requests/Details/{id}", $"/Requests/Details/{id}?handler=Private", $"/Churches/Request/{id}", $"/Churches/Request/{id}?handler=Private" })
        {
            farChurchStatuses.Add((await farChurch.GetAsync(new Uri(page, UriKind.Relative))).StatusCode);
        }

        Assert.Contains(PrivateText, asCaseworker, StringComparison.Ordinal);
        Assert.DoesNotContain(PrivateText, asCountyRepresentative, StringComparison.Ordinal);
        Assert.DoesNotContain(PrivateText, asResponder, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, strangerStatus);
        Assert.All(farChurchStatuses, status => Assert.Equal(HttpStatusCode.NotFound, status));
        var readers = await app.QueryAsync(db => db.PrivateDetailsReads.Where(r => r.CareRequestId == id).OrderBy(r => r.Id).Skip(before)
            .Join(db.Users, r => r.UserId, u => u.Id, (r, u) => u.Email).ToListAsync());
        Assert.Equal([DemoPeople.Caseworker], readers);
    }

    /// <summary>
    /// The approver may edit a request awaiting their decision, but the reviewer reads what they wrote as it read the writer's:
    /// while the description has blocking findings it cannot be approved, by the API or the queue page.
    /// </summary>
    [Fact]
    public async Task An_approver_who_writes_identifying_details_into_a_request_cannot_approve_it_until_they_are_gone()
    {
        var knox = await DemoPlaces.CountyIdAsync(app, "Knox County");
        var supervisorId = await app.UserIdAsync(DemoPeople.Supervisor);
        var caseworker = new RequestsClient(await app.ClientForAsync(DemoPeople.Caseworker));
        var supervisor = new RequestsClient(await app.ClientForAsync(DemoPeople.Supervisor));
        var draft = await caseworker.CreateAsync(RequestsClient.Draft(knox, supervisorId: supervisorId));
        await caseworker.SubmitAsync(draft.Id);

        await RequestsClient.OkAsync(supervisor.Http.PutAsJsonAsync($"/api/requests/{draft.Id}", RequestsClient.Draft(knox, description: Descriptions.Identifying, supervisorId: supervisorId), Json.Options));
        var byApi = await supervisor.PostAsync($"/api/approvals/{draft.Id}/approve", new NoteInput(null));
        var page = await Forms.SignedInAsync(app, DemoPeople.Supervisor);
        var byPage = await Forms.PostAsync(page, "/Approvals", new Dictionary<string, string> { ["id"] = $"{draft.Id}", ["decision"] = "Approve", ["Note"] = "" });
        var stillWaiting = (await caseworker.GetAsync(draft.Id)).State;

        var problem = await RequestsClient.ProblemAsync(byApi, (HttpStatusCode)422);
        Assert.Contains("cannot be approved", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(["confidential-address", "confidential-contact", "confidential-id", "confidential-name"],
            problem.GetProperty("findings").EnumerateArray().Where(f => f.GetProperty("severity").GetString() == "blocker").Select(f => f.GetProperty("rule").GetString()).Distinct().Order());
        Assert.Contains("cannot be approved", await byPage.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(RequestState.AwaitingApproval, stillWaiting);
        Assert.DoesNotContain(await caseworker.HistoryAsync(draft.Id), t => t.Action == RequestAction.Approve);

        // Written out again without them, it is approved.
        await RequestsClient.OkAsync(supervisor.Http.PutAsJsonAsync($"/api/requests/{draft.Id}", RequestsClient.Draft(knox, supervisorId: supervisorId), Json.Options));
        Assert.Equal(RequestState.Open, (await RequestsClient.OkAsync(supervisor.PostAsync($"/api/approvals/{draft.Id}/approve", new NoteInput(null)))).State);
    }

    /// <summary>
    /// The agency's own words on a request (the approver's, returner's, pauser's, closer's and canceller's notes, the exception
    /// reason and the alternatives tried, a coworker's read with its note, name and id) reach no church and not the platform admin,
    /// by any page or endpoint, before or after a church commits; the agency's staff read them all.
    /// </summary>
    [Fact]
    public async Task Churches_and_the_platform_admin_read_no_agency_note_reason_or_coworker_read_by_any_page_or_endpoint()
    {
        var tag = Guid.NewGuid().ToString("N")[..8];
        string Secret(string what) => $"Agency{what}{tag}";
        var caseworker = new RequestsClient(await app.ClientForAsync(DemoPeople.Caseworker));
        var supervisor = new RequestsClient(await app.ClientForAsync(DemoPeople.Supervisor));
        var manager = new RequestsClient(await app.ClientForAsync(DemoPeople.RegionalManager));
        var supervisorId = await app.UserIdAsync(DemoPeople.Supervisor);
        var draft = await caseworker.CreateAsync(RequestsClient.Draft(await DemoPlaces.CountyIdAsync(app, "Knox County"), "food", Descriptions.GiftCard,
            supervisorId, Secret("ExceptionReason"), Secret("AlternativesTried")));
        var id = draft.Id;
        Assert.Equal(HttpStatusCode.OK, (await caseworker.PostAsync($"/api/requests/{id}/coworker-reads", new AskInput(supervisorId))).StatusCode);
        var readId = (await supervisor.Http.GetFromJsonAsync<List<QueuedRead>>("/api/coworker-reads", Json.Options))!.Single(q => q.Request.Id == id).ReadId;
        Assert.Equal(HttpStatusCode.OK, (await supervisor.PostAsync($"/api/coworker-reads/{readId}/read", new ReadNoteInput(Secret("CoworkerNote")))).StatusCode);
        await caseworker.SubmitAsync(id);
        await RequestsClient.OkAsync(manager.PostAsync($"/api/approvals/{id}/return", new NoteInput(Secret("ReturnNote"))));
        await caseworker.SubmitAsync(id);
        await RequestsClient.OkAsync(manager.PostAsync($"/api/approvals/{id}/approve", new NoteInput(Secret("ApproveNote"))));
        await RequestsClient.OkAsync(caseworker.PostAsync($"/api/requests/{id}/pause", new NoteInput(Secret("PauseNote"))));
        await RequestsClient.OkAsync(caseworker.PostAsync($"/api/requests/{id}/resume", new NoteInput(Secret("ResumeNote"))));
        string[] secrets = [Secret("ExceptionReason"), Secret("AlternativesTried"), Secret("CoworkerNote"), Secret("ReturnNote"), Secret("ApproveNote"),
            Secret("PauseNote"), Secret("ResumeNote"), Secret("CloseNote"), Secret("CancelNote"), supervisorId];
        string[] outsiders = [DemoPeople.PointPerson, DemoPeople.TeamLeader, DemoPeople.Responder, DemoPeople.PlatformAdmin];
        var leaks = new List<string>();

        // Reached, not committed (the reproductions): the agency-only answers are refused, the rest carry none of it.
        foreach (var person in outsiders)
        {
            leaks.AddRange(await LeaksAsync(person, id, secrets));
            leaks.AddRange(await StatusesAsync(person, [($"/Requests/Edit/{id}", HttpStatusCode.Forbidden), ($"/api/requests/{id}/coworker-reads", HttpStatusCode.Forbidden)]));
        }

        // Committed, then closed with a note; and a second request committed to, then cancelled with a note.
        Assert.Equal(HttpStatusCode.OK, (await (await app.ClientForAsync(DemoPeople.PointPerson)).PostAsJsonAsync($"/api/requests/{id}/responses",
            new ResponseInput(null, null, null), Json.Options)).StatusCode);
        leaks.AddRange(await LeaksAsync(DemoPeople.PointPerson, id, secrets));
        await RequestsClient.OkAsync(caseworker.PostAsync($"/api/requests/{id}/close",
            new CloseInput(CloseOutcome.FullyMet, ChildOutcomes: [Needs.ChildOutcomes[0]], Rating: 5, Note: Secret("CloseNote"))));
        var (cancelled, _) = await OpenRequestAsync();
        Assert.Equal(HttpStatusCode.OK, (await (await app.ClientForAsync(DemoPeople.PointPerson)).PostAsJsonAsync($"/api/requests/{cancelled}/responses",
            new ResponseInput(null, null, null), Json.Options)).StatusCode);
        await RequestsClient.OkAsync(caseworker.PostAsync($"/api/requests/{cancelled}/cancel", new NoteInput(Secret("CancelNote"))));
        foreach (var person in outsiders)
        {
            leaks.AddRange(await LeaksAsync(person, id, secrets));
            leaks.AddRange(await LeaksAsync(person, cancelled, secrets));
        }

        Assert.True(leaks.Count == 0, string.Join(Environment.NewLine, leaks));
        // The agency's staff read them: the request page the notes, the edit page the reasons and the coworker's note.
        var staffDetails = await (await supervisor.Http.GetAsync(new Uri($"/Requests/Details/{id}", UriKind.Relative))).Content.ReadAsStringAsync();
        var staffEdit = await (await supervisor.Http.GetAsync(new Uri($"/Requests/Edit/{id}", UriKind.Relative))).Content.ReadAsStringAsync();
        var staffReads = await supervisor.Http.GetStringAsync(new Uri($"/api/requests/{id}/coworker-reads", UriKind.Relative));
        Assert.All([Secret("ReturnNote"), Secret("ApproveNote"), Secret("PauseNote"), Secret("ResumeNote"), Secret("CloseNote")],
            note => Assert.Contains(note, staffDetails, StringComparison.Ordinal));
        Assert.All([Secret("ExceptionReason"), Secret("AlternativesTried"), Secret("CoworkerNote")], text => Assert.Contains(text, staffEdit, StringComparison.Ordinal));
        Assert.Contains(Secret("CoworkerNote"), staffReads, StringComparison.Ordinal);
    }

    /// <summary>
    /// Private answers (the details, an attachment, the page that shows them, the edit page that fills them in) are never
    /// stored by a browser or proxy; one opened by a link or form from another site is refused and not recorded; only a read
    /// that answered is recorded (a lost file answers an error and is not).
    /// </summary>
    [Fact]
    public async Task Private_answers_are_not_stored_refused_from_another_site_and_only_successful_reads_are_audited()
    {
        var (id, lease) = await OpenRequestAsync();
        // Signed in with the cookie, as a browser is: the cookie is what a link from another site would carry.
        var caseworker = await Forms.SignedInAsync(app, DemoPeople.Caseworker);
        Task<int> AuditedAsync() => app.QueryAsync(db => db.PrivateDetailsReads.CountAsync(r => r.CareRequestId == id));
        string[] reads = [$"/api/requests/{id}/private", $"/api/requests/{id}/attachments/{lease}", $"/Requests/Details/{id}?handler=Private", $"/Requests/Edit/{id}"];
        var wrong = new List<string>();

        foreach (var url in reads)
        {
            var before = await AuditedAsync();
            var answer = await caseworker.GetAsync(new Uri(url, UriKind.Relative));
            var body = await answer.Content.ReadAsStringAsync();
            if (answer.StatusCode != HttpStatusCode.OK || !(answer.Headers.CacheControl?.NoStore ?? false) || await AuditedAsync() != before + 1)
            {
                wrong.Add($"same origin GET {url}: {(int)answer.StatusCode}, Cache-Control '{answer.Headers.CacheControl}', audited {await AuditedAsync() - before}");
            }

            foreach (var site in new[] { "cross-site", "same-site" })
            {
                before = await AuditedAsync();
                using var linked = new HttpRequestMessage(HttpMethod.Get, new Uri(url, UriKind.Relative));
                linked.Headers.Add("Sec-Fetch-Site", site);
                linked.Headers.Add("Sec-Fetch-Mode", "navigate");
                var refused = await caseworker.SendAsync(linked);
                var shown = await refused.Content.ReadAsStringAsync();
                if (refused.IsSuccessStatusCode && url.StartsWith("/api/", StringComparison.Ordinal)
                    || shown.Contains(PrivateText, StringComparison.Ordinal) || shown.Contains("%PDF", StringComparison.Ordinal) || await AuditedAsync() != before)
                {
                    wrong.Add($"{site} GET {url}: {(int)refused.StatusCode}, audited {await AuditedAsync() - before}");
                }
            }
        }

        // The stored file is lost: the read fails and is not recorded as a read.
        File.Delete(Directory.GetFiles(app.DataDirectory, lease.ToString("N"), SearchOption.AllDirectories).Single());
        var auditedBeforeLost = await AuditedAsync();
        var lost = await caseworker.GetAsync(new Uri($"/api/requests/{id}/attachments/{lease}", UriKind.Relative));
        if (lost.IsSuccessStatusCode || await AuditedAsync() != auditedBeforeLost)
        {
            wrong.Add($"lost file GET attachment: {(int)lost.StatusCode}, audited {await AuditedAsync() - auditedBeforeLost}");
        }

        Assert.True(wrong.Count == 0, string.Join(Environment.NewLine, wrong));
    }

    /// <summary>Every page and endpoint a church person or the platform admin may call on a request: none answers with an agency secret, none fails.</summary>
    private async Task<List<string>> LeaksAsync(string person, int id, string[] secrets)
    {
        var client = await app.ClientForAsync(person);
        string[] urls =
        [
            $"/Requests/Details/{id}", $"/Requests/Details/{id}?handler=Contacts", $"/Requests/Details/{id}?handler=Private", $"/Requests/Edit/{id}",
            $"/Churches/Request/{id}", $"/Churches/Request/{id}?handler=Private", $"/api/requests/{id}", $"/api/requests/{id}/history",
            $"/api/requests/{id}/coworker-reads", $"/api/requests/{id}/church-view", $"/api/requests/{id}/claims", $"/api/requests/{id}/messages",
            $"/api/requests/{id}/threads", $"/api/requests/{id}/recipients", "/api/requests", "/api/connections", "/Connections", "/Churches/Feed",
        ];
        var leaks = new List<string>();
        foreach (var url in urls)
        {
            var response = await client.GetAsync(new Uri(url, UriKind.Relative));
            var body = await response.Content.ReadAsStringAsync();
            if ((int)response.StatusCode >= 500)
            {
                leaks.Add($"{person} GET {url}: {(int)response.StatusCode}");
            }

            leaks.AddRange(secrets.Where(s => body.Contains(s, StringComparison.Ordinal)).Select(s => $"{person} GET {url} ({(int)response.StatusCode}) shows {s}"));
        }

        return leaks;
    }

    private async Task<List<string>> StatusesAsync(string person, (string Url, HttpStatusCode Expected)[] cells)
    {
        var client = await app.ClientForAsync(person);
        var wrong = new List<string>();
        foreach (var (url, expected) in cells)
        {
            var actual = (await client.GetAsync(new Uri(url, UriKind.Relative))).StatusCode;
            if (actual != expected)
            {
                wrong.Add($"{person} GET {url}: {(int)actual}, expected {(int)expected}");
            }
        }

        return wrong;
    }

    /// <summary>The agency admin's people and audit log pages (issue #16): each page and action × every role; only the agency's admins and the platform's act.</summary>
    [Fact]
    public async Task Only_agency_and_platform_admins_open_and_act_on_the_people_and_audit_log_pages()
    {
        var agency = await app.QueryAsync(db => db.Organisations.Where(o => o.Kind == CarePortal.Web.Features.Organisations.OrganisationKind.Agency).Select(o => o.Id).FirstAsync());
        var target = await app.UserIdAsync(DemoPeople.Caseworker2);
        var person = $"/People/Person/{agency}/{target}";
        string[] admins = [DemoPeople.AgencyAdmin, DemoPeople.PlatformAdmin];
        var mismatches = new List<string>();
        foreach (var who in Everyone)
        {
            var client = await Forms.SignedInAsync(app, who);
            var token = Forms.TokenIn(await client.GetStringAsync(new Uri("/", UriKind.Relative)));
            var allowed = admins.Contains(who);
            var cells = new (string Cell, Func<Task<HttpResponseMessage>> Call, HttpStatusCode Expected)[]
            {
                ("GET /People", () => client.GetAsync(new Uri($"/People/{agency}", UriKind.Relative)), allowed ? HttpStatusCode.OK : HttpStatusCode.Forbidden),
                ("GET person", () => client.GetAsync(new Uri(person, UriKind.Relative)), allowed ? HttpStatusCode.OK : HttpStatusCode.Forbidden),
                ("GET /AuditLog", () => client.GetAsync(new Uri($"/AuditLog/{agency}", UriKind.Relative)), allowed ? HttpStatusCode.OK : HttpStatusCode.Forbidden),
                ("GET CSV", () => client.GetAsync(new Uri($"/AuditLog/{agency}?handler=Csv", UriKind.Relative)), allowed ? HttpStatusCode.OK : HttpStatusCode.Forbidden),
                // Empty forms: an admin is told what is missing (400); anyone else is refused before the form is read.
                ("POST invite", () => PostFormAsync(client, $"/People/{agency}?handler=Invite", token), allowed ? HttpStatusCode.BadRequest : HttpStatusCode.Forbidden),
                ("POST role", () => PostFormAsync(client, $"{person}?handler=Role", token), allowed ? HttpStatusCode.BadRequest : HttpStatusCode.Forbidden),
                ("POST reassign", () => PostFormAsync(client, $"{person}?handler=Reassign", token), allowed ? HttpStatusCode.BadRequest : HttpStatusCode.Forbidden),
            };
            foreach (var (cell, call, expected) in cells)
            {
                var actual = (await call()).StatusCode;
                if (actual != expected)
                {
                    mismatches.Add($"{who} {cell}: expected {(int)expected}, got {(int)actual}");
                }
            }

            // Deactivation and the reset link change the person: only refusals are checked here (PeopleTests acts).
            if (!allowed)
            {
                foreach (var handler in new[] { "Deactivate", "Reset" })
                {
                    var actual = (await PostFormAsync(client, $"{person}?handler={handler}", token)).StatusCode;
                    if (actual != HttpStatusCode.Forbidden)
                    {
                        mismatches.Add($"{who} POST {handler}: expected 403, got {(int)actual}");
                    }
                }
            }
        }

        Assert.Empty(mismatches);
        Assert.False(await app.QueryAsync(db => db.Users.Where(u => u.Id == target).Select(u => u.LockoutEnd != null).SingleAsync()));
    }

    private static Task<HttpResponseMessage> PostFormAsync(HttpClient client, string url, string token) =>
        client.PostAsync(new Uri(url, UriKind.Relative), new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }));

    private async Task<string> PageAsync(string person, string url)
    {
        var client = await Forms.SignedInAsync(app, person);
        var response = await client.GetAsync(new Uri(url, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }
}

public sealed class AuthorizationMatrixTests_Sqlite(SqliteApp app) : AuthorizationMatrixTests<SqliteApp>(app), IClassFixture<SqliteApp>;

[Trait("Tier", "Postgres")]
public sealed class AuthorizationMatrixTests_Postgres(PostgresApp app) : AuthorizationMatrixTests<PostgresApp>(app), IClassFixture<PostgresApp>;
