using System.Net;
using System.Net.Http.Json;
using CarePortal.Web.Features.Churches;
using CarePortal.Web.Features.Notifications;
using CarePortal.Web.Features.Organisations;
using CarePortal.Web.Features.Requests;
using CarePortal.Web.Tests.Features.Churches;
using CarePortal.Web.Tests.Features.Requests;
using Xunit;

namespace CarePortal.Web.Tests.Features.Notifications;

/// <summary>
/// People are told when a change concerns them: by email through a real SMTP server on loopback, and in their notice list
/// with the unread count in the header. Neither carries private details.
/// </summary>
public abstract class NoticeTests<TApp>(TApp app) where TApp : CarePortalApp
{
    private readonly ChurchesClient churches = new(app);

    [Fact]
    public async Task A_returned_request_reaches_its_writer_by_email_with_the_note_and_in_the_notice_list_with_a_link_to_edit()
    {
        await using var smtp = await SmtpSink.StartAsync();
        var (id, agency) = await AwaitingApprovalAsync();
        var note = "Please say which size of coat she wears now.";

        await RequestsClient.OkAsync((await As(agency.CountyRepresentative)).PostAsync($"/api/approvals/{id}/return", new NoteInput(note)));

        var email = Assert.Single(await OutboxDrain.ToAsync(app, smtp, agency.Caseworker));
        Assert.Equal($"Request {id} (clothing) was returned for changes", email.Subject);
        Assert.Contains(note, email.TextBody, StringComparison.Ordinal);
        Assert.Contains(note, email.HtmlBody, StringComparison.Ordinal);
        Assert.Contains($"/Requests/Edit/{id}", email.TextBody, StringComparison.Ordinal);
        var caseworker = await Client(agency.Caseworker);
        var notice = Assert.Single(await NoticesAsync(caseworker), n => n.RequestId == id);
        Assert.Equal(("request-returned", $"/Requests/Edit/{id}", email.Subject, (DateTimeOffset?)null), (notice.Kind, notice.Link, notice.Subject, notice.ReadAt));
        Assert.Equal(1, await UnreadAsync(caseworker));
    }

    [Fact]
    public async Task A_denial_note_naming_the_family_stays_in_CarePortal_and_out_of_the_email()
    {
        await using var smtp = await SmtpSink.StartAsync();
        var (id, agency) = await AwaitingApprovalAsync();

        await RequestsClient.OkAsync((await As(agency.CountyRepresentative)).PostAsync($"/api/approvals/{id}/deny",
            new NoteInput("Jane Smith already had a coat from us; call her at 865-555-0143.")));

        var email = Assert.Single(await OutboxDrain.ToAsync(app, smtp, agency.Caseworker));
        Assert.Equal($"Request {id} (clothing) was denied", email.Subject);
        Assert.Contains(WriterNotices.NoteKeptInCarePortal, email.TextBody, StringComparison.Ordinal);
        Assert.DoesNotContain("555-0143", email.TextBody + email.HtmlBody, StringComparison.Ordinal);
        Assert.DoesNotContain("Jane Smith", email.TextBody + email.HtmlBody, StringComparison.Ordinal);
        var notice = Assert.Single(await NoticesAsync(await Client(agency.Caseworker)), n => n.RequestId == id);
        Assert.Equal("request-denied", notice.Kind);
    }

    [Fact]
    public async Task Closing_thanks_the_church_that_helped_with_the_outcome_and_tells_the_other_it_is_no_longer_needed()
    {
        await using var smtp = await SmtpSink.StartAsync();
        await churches.RetireAllAsync();
        var helper = await churches.OnboardAsync("37402");
        var other = await churches.OnboardAsync("37403");
        var (request, agency) = await churches.OpenAsync("37402", radius: 5, churches: 2);
        var caseworker = new RequestsClient(await Client(agency.Caseworker));
        var marker = "Gate code " + Guid.NewGuid().ToString("N")[..6];
        Assert.True((await caseworker.Http.PutAsJsonAsync($"/api/requests/{request.Id}/private",
            new PrivateDetailsInput(marker, null, null, null, null, null, 0), Json.Options)).IsSuccessStatusCode);
        var answered = await (await Client(helper.PointPerson)).PostAsJsonAsync($"/api/requests/{request.Id}/responses", new ResponseInput(null, null, "We have a coat."), Json.Options);
        Assert.Equal(HttpStatusCode.OK, answered.StatusCode);
        await OutboxDrain.ToAsync(app, smtp, helper.PointPerson);

        await RequestsClient.OkAsync(caseworker.PostAsync($"/api/requests/{request.Id}/close",
            new CloseInput(CloseOutcome.FullyMet, ChildOutcomes: ["kept-safely-at-home"], Rating: 5)));

        var thanks = Assert.Single(await OutboxDrain.ToAsync(app, smtp, helper.PointPerson), m => m.Subject!.StartsWith("Thank you", StringComparison.Ordinal));
        Assert.Contains("the need was fully met", thanks.TextBody, StringComparison.Ordinal);
        Assert.Contains("kept safely at home", thanks.TextBody, StringComparison.Ordinal);
        var notNeeded = Assert.Single(await OutboxDrain.ToAsync(app, smtp, other.PointPerson), m => m.Subject!.StartsWith("No longer needed", StringComparison.Ordinal));
        Assert.Contains($"#{request.Id}", notNeeded.TextBody, StringComparison.Ordinal);
        Assert.All(smtp.Messages(), m => Assert.DoesNotContain(marker, m.TextBody + m.HtmlBody, StringComparison.Ordinal));
        Assert.Contains(await NoticesAsync(await Client(other.PointPerson)), n => n.Kind == "request-no-longer-needed" && n.RequestId == request.Id && n.ReadAt == null);
        Assert.Contains(await NoticesAsync(await Client(helper.PointPerson)), n => n.Kind == "church-thanked" && n.Link == $"/Churches/Request/{request.Id}");
    }

    [Fact]
    public async Task A_person_marks_their_own_notices_read_and_never_anothers()
    {
        var (id, agency) = await AwaitingApprovalAsync();
        await RequestsClient.OkAsync((await As(agency.CountyRepresentative)).PostAsync($"/api/approvals/{id}/return", new NoteInput("Add the size.")));
        var caseworker = await Client(agency.Caseworker);
        var notice = Assert.Single(await NoticesAsync(caseworker), n => n.RequestId == id);

        var byOther = await (await Client(agency.Supervisor)).PostAsync(new Uri($"/api/notifications/{notice.Id}/read", UriKind.Relative), null);
        Assert.Equal(HttpStatusCode.NotFound, byOther.StatusCode);
        Assert.Equal(1, await UnreadAsync(caseworker));

        var mine = await caseworker.PostAsync(new Uri($"/api/notifications/{notice.Id}/read", UriKind.Relative), null);
        Assert.Equal(HttpStatusCode.NoContent, mine.StatusCode);
        Assert.Equal(0, await UnreadAsync(caseworker));
        Assert.NotNull(Assert.Single(await NoticesAsync(caseworker), n => n.Id == notice.Id).ReadAt);
    }

    [Fact]
    public async Task The_header_counts_unread_notices_and_opening_one_marks_it_read_and_leads_to_its_request()
    {
        var caseworker = await Forms.SignedInAsync(app, DemoPeople.Caseworker);
        var before = await UnreadAsync(await Client(DemoPeople.Caseworker));
        var requests = new RequestsClient(await Client(DemoPeople.Caseworker));
        var draft = await requests.CreateAsync(RequestsClient.Draft(await DemoPlaces.CountyIdAsync(app, "Knox County"), supervisorId: await app.UserIdAsync(DemoPeople.Supervisor)));
        await requests.SubmitAsync(draft.Id);
        await RequestsClient.OkAsync((await As(DemoPeople.Supervisor)).PostAsync($"/api/approvals/{draft.Id}/return", new NoteInput("Add the size.")));

        var page = await caseworker.GetStringAsync(new Uri("/Requests", UriKind.Relative));
        Assert.Contains($">{before + 1}<span class=\"usa-sr-only\"> unread</span>", page, StringComparison.Ordinal);
        Assert.DoesNotContain("@if", page, StringComparison.Ordinal);
        var list = await caseworker.GetStringAsync(new Uri("/Notifications", UriKind.Relative));
        Assert.Contains($"Request {draft.Id} (clothing) was returned for changes", list, StringComparison.Ordinal);
        var notice = (await NoticesAsync(await Client(DemoPeople.Caseworker))).First(n => n.RequestId == draft.Id);

        var opened = await Forms.PostAsync(caseworker, "/Notifications", $"/Notifications?handler=Open&id={notice.Id}", new Dictionary<string, string>());

        Assert.Equal(HttpStatusCode.Redirect, opened.StatusCode);
        Assert.Equal($"/Requests/Edit/{draft.Id}", opened.Headers.Location?.OriginalString);
        Assert.Equal(before, await UnreadAsync(await Client(DemoPeople.Caseworker)));
        var after = await caseworker.GetStringAsync(new Uri("/Requests", UriKind.Relative));
        Assert.Equal(before > 0, after.Contains("header-notices__count", StringComparison.Ordinal));
    }

    private async Task<(int Id, TestAgency Agency)> AwaitingApprovalAsync()
    {
        var agency = await TestAgency.CreateAsync(app, ApprovalOption.CountyRepresentative);
        var caseworker = new RequestsClient(await Client(agency.Caseworker));
        var draft = await caseworker.CreateAsync(RequestsClient.Draft(agency.CountyId));
        Assert.Equal(RequestState.AwaitingApproval, (await caseworker.SubmitAsync(draft.Id)).State);
        return (draft.Id, agency);
    }

    private Task<HttpClient> Client(string email) => app.ClientForAsync(email);

    private async Task<RequestsClient> As(string email) => new(await app.ClientForAsync(email));

    private static async Task<List<NotificationView>> NoticesAsync(HttpClient client) =>
        (await client.GetFromJsonAsync<List<NotificationView>>("/api/notifications", Json.Options))!;

    private static async Task<int> UnreadAsync(HttpClient client) =>
        (await client.GetFromJsonAsync<UnreadView>("/api/notifications/unread", Json.Options))!.Unread;
}

public sealed class NoticeTests_Sqlite(SqliteApp app) : NoticeTests<SqliteApp>(app), IClassFixture<SqliteApp>;

[Trait("Tier", "Postgres")]
public sealed class NoticeTests_Postgres(PostgresApp app) : NoticeTests<PostgresApp>(app), IClassFixture<PostgresApp>;
