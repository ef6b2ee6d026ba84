using System.Net;
using System.Net.Http.Json;
using CarePortal.Web.Features.AuditLog;
using CarePortal.Web.Features.Requests;
using CarePortal.Web.Tests.Features.Requests;
using Microsoft.EntityFrameworkCore;
using Xunit;

namespace CarePortal.Web.Tests.Features.AuditLog;

/// <summary>
/// The agency admin's audit log as an HTML table and a CSV file: the administrators' acts, the reads of private details and
/// the moves of requests, filtered by request, person, action and days, a page at a time; every opening is itself an entry.
/// </summary>
public abstract class AuditLogTests<TApp>(TApp app) where TApp : CarePortalApp
{
    [Fact]
    public async Task The_log_shows_a_requests_moves_and_private_reads_filtered_by_request_and_person_and_records_each_opening()
    {
        var id = await SubmittedRequestWithAReadAsync();
        var admin = await Forms.SignedInAsync(app, DemoPeople.AgencyAdmin);
        var before = await OpeningsAsync();

        var byRequest = await admin.GetStringAsync(new Uri($"/AuditLog?request={id}", UriKind.Relative));
        var bySupervisor = await admin.GetStringAsync(new Uri($"/AuditLog?request={id}&person={DemoPeople.Supervisor}", UriKind.Relative));
        var reads = await admin.GetStringAsync(new Uri($"/AuditLog?request={id}&action={AuditActions.PrivateRead}", UriKind.Relative));

        Assert.Contains("Request: Submit", Table(byRequest), StringComparison.Ordinal);
        Assert.Contains("Read private details", Table(byRequest), StringComparison.Ordinal);
        Assert.Contains($"{await LinesOfAsync(id)} lines", byRequest, StringComparison.Ordinal);
        Assert.Contains("1 line.", bySupervisor, StringComparison.Ordinal);
        Assert.Contains("Sam Supervisor", Table(bySupervisor), StringComparison.Ordinal);
        Assert.DoesNotContain("Request: Submit", Table(bySupervisor), StringComparison.Ordinal);
        Assert.Contains("1 line.", reads, StringComparison.Ordinal);
        var opened = await app.QueryAsync(db => db.AdminActions.Where(e => e.Action == AuditActions.LogOpened).OrderBy(e => e.Id).Skip(before).Select(e => e.Detail).ToListAsync());
        Assert.Equal([$"request {id}", $"request {id}, person {DemoPeople.Supervisor}", $"request {id}, action {AuditActions.PrivateRead}"], opened);
    }

    [Fact]
    public async Task The_log_is_paged_and_filtered_by_days_in_the_agencys_zone()
    {
        var admin = await Forms.SignedInAsync(app, DemoPeople.AgencyAdmin);
        for (var i = 0; i < AuditQuery.PageSize + 5; i++)
        {
            await admin.GetStringAsync(new Uri($"/AuditLog?action={AuditActions.LogOpened}", UriKind.Relative));
        }

        var total = await app.QueryAsync(db => db.AdminActions.CountAsync(e => e.Action == AuditActions.LogOpened));
        var first = await admin.GetStringAsync(new Uri($"/AuditLog?action={AuditActions.LogOpened}", UriKind.Relative));
        var second = await admin.GetStringAsync(new Uri($"/AuditLog?action={AuditActions.LogOpened}&page=2", UriKind.Relative));
        // The test clock is 2 November 2026 in the afternoon, the same day in Chicago; the day before holds none.
        var today = await admin.GetStringAsync(new Uri($"/AuditLog?action={AuditActions.LogOpened}&from=2026-11-02&to=2026-11-02", UriKind.Relative));
        var dayBefore = await admin.GetStringAsync(new Uri($"/AuditLog?action={AuditActions.LogOpened}&from=2026-11-01&to=2026-11-01", UriKind.Relative));

        Assert.Contains($"{total + 1} lines", first, StringComparison.Ordinal);
        Assert.Contains("page 1 of 2", first, StringComparison.Ordinal);
        Assert.Equal(AuditQuery.PageSize, Rows(first));
        Assert.Contains("page 2 of 2", second, StringComparison.Ordinal);
        Assert.Equal(total + 2 - AuditQuery.PageSize, Rows(second));
        Assert.Contains($"{total + 3} lines", today, StringComparison.Ordinal);
        Assert.Contains("0 lines", dayBefore, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_csv_export_holds_the_filtered_lines_safe_for_a_spreadsheet_and_is_itself_recorded()
    {
        var id = await SubmittedRequestWithAReadAsync();
        var admin = await Forms.SignedInAsync(app, DemoPeople.AgencyAdmin);

        var response = await admin.GetAsync(new Uri($"/AuditLog?handler=Csv&request={id}", UriKind.Relative));
        var lines = (await response.Content.ReadAsStringAsync()).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("When,Who,What,Request,Whom,Detail", lines[0]);
        Assert.Equal(await LinesOfAsync(id), lines.Length - 1);
        Assert.Contains(lines, l => l.Contains("Read private details", StringComparison.Ordinal) && l.Contains($",{id},", StringComparison.Ordinal));
        Assert.True(await app.QueryAsync(db => db.AdminActions.AnyAsync(e => e.Action == AuditActions.LogOpened && e.Detail == $"CSV export: request {id}")));
    }

    [Fact]
    public async Task A_champions_email_read_by_the_connecting_church_is_its_own_action_of_the_request_in_the_log()
    {
        var id = await SubmittedRequestWithAReadAsync();
        // The row the church's view of a champion's offer writes (ChampionReceiptTests reads it written through HTTP).
        var pastor = await app.UserIdAsync(DemoPeople.PointPerson);
        await app.QueryAsync(async db =>
        {
            db.PrivateDetailsReads.Add(new PrivateDetailsRead { CareRequestId = id, UserId = pastor, What = AuditActions.ChampionContactPrefix + 77, At = new DateTimeOffset(2026, 11, 2, 15, 0, 0, TimeSpan.Zero) });
            return await db.SaveChangesAsync();
        });
        var admin = await Forms.SignedInAsync(app, DemoPeople.AgencyAdmin);

        var contacts = await admin.GetStringAsync(new Uri($"/AuditLog?request={id}&action={AuditActions.ChampionContactRead}", UriKind.Relative));
        var reads = await admin.GetStringAsync(new Uri($"/AuditLog?request={id}&action={AuditActions.PrivateRead}", UriKind.Relative));

        Assert.Contains("1 line.", contacts, StringComparison.Ordinal);
        Assert.Contains("Read a champion", Table(contacts), StringComparison.Ordinal);
        Assert.Contains("email of the champion of offer 77", Table(contacts), StringComparison.Ordinal);
        Assert.Contains("1 line.", reads, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_attachment_opened_is_its_own_action_of_the_request_in_the_log_and_its_export()
    {
        var caseworker = new RequestsClient(await app.ClientForAsync(DemoPeople.Caseworker));
        var draft = await caseworker.CreateAsync(RequestsClient.Draft(await DemoPlaces.CountyIdAsync(app, "Knox County"), "rent", Descriptions.Rent, await app.UserIdAsync(DemoPeople.Supervisor)));
        var attached = await caseworker.AttachAsync(draft.Id, AttachmentKind.Bill, "bill.pdf", "application/pdf", System.Text.Encoding.ASCII.GetBytes("%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n"));
        var attachment = (await attached.Content.ReadFromJsonAsync<AttachmentView>(Json.Options))!.Id;
        Assert.Equal(HttpStatusCode.OK, (await caseworker.Http.GetAsync(new Uri($"/api/requests/{draft.Id}/attachments/{attachment}", UriKind.Relative))).StatusCode);
        var admin = await Forms.SignedInAsync(app, DemoPeople.AgencyAdmin);

        var opened = await admin.GetStringAsync(new Uri($"/AuditLog?request={draft.Id}&action={AuditActions.AttachmentOpened}", UriKind.Relative));
        var reads = await admin.GetStringAsync(new Uri($"/AuditLog?request={draft.Id}&action={AuditActions.PrivateRead}", UriKind.Relative));
        var csv = await admin.GetStringAsync(new Uri($"/AuditLog?handler=Csv&request={draft.Id}&action={AuditActions.AttachmentOpened}", UriKind.Relative));

        Assert.Contains("1 line.", opened, StringComparison.Ordinal);
        Assert.Contains("Opened an attachment", Table(opened), StringComparison.Ordinal);
        Assert.Contains($"attachment {attachment:N}", Table(opened), StringComparison.Ordinal);
        Assert.Contains("0 lines", reads, StringComparison.Ordinal);
        Assert.Equal(2, csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Length);
        Assert.Contains($"Opened an attachment,{draft.Id},", csv, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("request=0", "A request number is 1 or more.")]
    [InlineData("action=%3Cscript%3E", "Choose an action from the list.")]
    [InlineData("from=2026-11-05&to=2026-11-01", "The last day is on or after the first day.")]
    [InlineData("from=9999-01-01", "Give days between the years 1900 and 9000.")]
    [InlineData("page=0", "Pages start at 1.")]
    [InlineData("request=abc", "The value &#x27;abc&#x27; is not valid")]
    public async Task A_filter_that_cannot_run_is_said_at_its_field_and_nothing_is_recorded(string filter, string message)
    {
        var admin = await Forms.SignedInAsync(app, DemoPeople.AgencyAdmin);
        var before = await OpeningsAsync();

        var response = await admin.GetAsync(new Uri($"/AuditLog?{filter}", UriKind.Relative));
        var page = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(message, page, StringComparison.Ordinal);
        Assert.Contains("There is a problem", page, StringComparison.Ordinal);
        Assert.Equal(before, await OpeningsAsync());
    }

    /// <summary>What the request's filter should show, counted in the tables themselves: its moves and the reads of its private details.</summary>
    private async Task<int> LinesOfAsync(int id) =>
        await app.QueryAsync(db => db.RequestTransitions.CountAsync(t => t.CareRequestId == id)) + await app.QueryAsync(db => db.PrivateDetailsReads.CountAsync(r => r.CareRequestId == id));

    private Task<int> OpeningsAsync() => app.QueryAsync(db => db.AdminActions.CountAsync(e => e.Action == AuditActions.LogOpened));

    /// <summary>The log's table (the filter's list of actions above it names every action).</summary>
    private static string Table(string page) => page.Contains("<table", StringComparison.Ordinal) ? page[page.IndexOf("<table", StringComparison.Ordinal)..] : "";

    private static int Rows(string page) => page.Split("<tr>").Length - 2;

    /// <summary>A request the caseworker submitted, whose private details the supervisor read once.</summary>
    private async Task<int> SubmittedRequestWithAReadAsync()
    {
        var caseworker = new RequestsClient(await app.ClientForAsync(DemoPeople.Caseworker));
        var draft = await caseworker.CreateAsync(RequestsClient.Draft(await DemoPlaces.CountyIdAsync(app, "Knox County"), supervisorId: await app.UserIdAsync(DemoPeople.Supervisor)));
        await caseworker.Http.PutAsJsonAsync($"/api/requests/{draft.Id}/private", new PrivateDetailsInput("Blue door.", "Landlord", "ACC-1", 650m, "check", null, 0), Json.Options);
        await caseworker.SubmitAsync(draft.Id);
        var read = await (await app.ClientForAsync(DemoPeople.Supervisor)).GetAsync(new Uri($"/api/requests/{draft.Id}/private", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        return draft.Id;
    }
}

public sealed class AuditLogTests_Sqlite(SqliteApp app) : AuditLogTests<SqliteApp>(app), IClassFixture<SqliteApp>;

[Trait("Tier", "Postgres")]
public sealed class AuditLogTests_Postgres(PostgresApp app) : AuditLogTests<PostgresApp>(app), IClassFixture<PostgresApp>;
