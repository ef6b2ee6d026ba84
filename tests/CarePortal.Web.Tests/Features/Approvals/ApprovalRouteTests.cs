using System.Net;
using System.Net.Http.Json;
using CarePortal.Web.Features.Approvals;
using CarePortal.Web.Features.Organisations;
using CarePortal.Web.Features.Requests;
using CarePortal.Web.Tests.Features.Requests;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace CarePortal.Web.Tests.Features.Approvals;

public abstract class ApprovalRouteTests<TApp>(TApp app) where TApp : CarePortalApp
{
    private async Task<RequestsClient> As(string email) => new(await app.ClientForAsync(email));

    [Fact]
    public async Task Named_supervisor_option_waits_for_the_named_supervisor_and_no_one_else()
    {
        var caseworker = await As(DemoPeople.Caseworker);
        var knox = await DemoPlaces.CountyIdAsync(app, "Knox County");
        var draft = await caseworker.CreateAsync(RequestsClient.Draft(knox, supervisorId: await app.UserIdAsync(DemoPeople.Supervisor)));
        await caseworker.SubmitAsync(draft.Id);

        var byOtherSupervisor = await (await As(DemoPeople.OtherSupervisor)).PostAsync($"/api/approvals/{draft.Id}/approve", new NoteInput(null));
        var byCountyRepresentative = await (await As(DemoPeople.CountyRepresentative)).PostAsync($"/api/approvals/{draft.Id}/approve", new NoteInput(null));
        var byCaseworker = await caseworker.PostAsync($"/api/approvals/{draft.Id}/approve", new NoteInput(null));
        var bySupervisor = await RequestsClient.OkAsync((await As(DemoPeople.Supervisor)).PostAsync($"/api/approvals/{draft.Id}/approve", new NoteInput(null)));

        await RequestsClient.ProblemAsync(byOtherSupervisor, HttpStatusCode.NotFound);
        await RequestsClient.ProblemAsync(byCountyRepresentative, HttpStatusCode.Forbidden);
        await RequestsClient.ProblemAsync(byCaseworker, HttpStatusCode.Forbidden);
        Assert.Equal(RequestState.Open, bySupervisor.State);
    }

    [Fact]
    public async Task Named_supervisor_option_needs_a_supervisor_named()
    {
        var caseworker = await As(DemoPeople.Caseworker);
        var draft = await caseworker.CreateAsync(RequestsClient.Draft(await DemoPlaces.CountyIdAsync(app, "Knox County")));

        var submit = await caseworker.PostAsync($"/api/requests/{draft.Id}/submit", new SubmitInput(true));

        var problem = await RequestsClient.ProblemAsync(submit, HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty("supervisorId", out _));
        Assert.Equal(RequestState.Draft, (await caseworker.GetAsync(draft.Id)).State);
    }

    [Fact]
    public async Task County_representative_option_sends_the_request_to_the_county_representative()
    {
        var agency = await TestAgency.CreateAsync(app, ApprovalOption.CountyRepresentative);
        var caseworker = await As(agency.Caseworker);
        var representative = await As(agency.CountyRepresentative);
        var draft = await caseworker.CreateAsync(RequestsClient.Draft(agency.CountyId));

        var submitted = await caseworker.SubmitAsync(draft.Id);
        var queue = await representative.Http.GetFromJsonAsync<List<RequestView>>("/api/approvals", Json.Options);
        var bySupervisor = await (await As(agency.Supervisor)).PostAsync($"/api/approvals/{draft.Id}/approve", new NoteInput(null));
        var approved = await RequestsClient.OkAsync(representative.PostAsync($"/api/approvals/{draft.Id}/approve", new NoteInput(null)));

        Assert.Equal(ApprovalRoute.CountyRepresentative, submitted.Route);
        Assert.Equal([draft.Id], queue!.Select(r => r.Id));
        await RequestsClient.ProblemAsync(bySupervisor, HttpStatusCode.Forbidden);
        Assert.Equal(RequestState.Open, approved.State);
    }

    [Fact]
    public async Task Agency_without_approval_opens_requests_at_once()
    {
        var agency = await TestAgency.CreateAsync(app, ApprovalOption.None);
        var caseworker = await As(agency.Caseworker);
        var draft = await caseworker.CreateAsync(RequestsClient.Draft(agency.CountyId));

        var submitted = await caseworker.SubmitAsync(draft.Id);

        Assert.Equal((RequestState.Open, ApprovalRoute.None), (submitted.State, submitted.Route));
    }

    [Fact]
    public async Task Requests_an_approver_enters_themselves_go_live_at_once()
    {
        var supervisor = await As(DemoPeople.Supervisor);
        var representative = await As(DemoPeople.CountyRepresentative);
        var knox = await DemoPlaces.CountyIdAsync(app, "Knox County");

        var bySupervisor = await supervisor.SubmitAsync((await supervisor.CreateAsync(RequestsClient.Draft(knox))).Id);
        var byRepresentative = await representative.SubmitAsync((await representative.CreateAsync(RequestsClient.Draft(knox))).Id);

        Assert.Equal(RequestState.Open, bySupervisor.State);
        Assert.Equal(RequestState.Open, byRepresentative.State);
    }

    [Fact]
    public async Task Gas_card_always_goes_to_the_supervisor_even_where_county_representatives_approve()
    {
        var agency = await TestAgency.CreateAsync(app, ApprovalOption.CountyRepresentative);
        var caseworker = await As(agency.Caseworker);
        var draft = await caseworker.CreateAsync(RequestsClient.Draft(agency.CountyId, "transportation", Descriptions.GasCard));

        var submitted = await caseworker.SubmitAsync(draft.Id);
        var byRepresentative = await (await As(agency.CountyRepresentative)).PostAsync($"/api/approvals/{draft.Id}/approve", new NoteInput(null));
        var bySupervisor = await RequestsClient.OkAsync((await As(agency.Supervisor)).PostAsync($"/api/approvals/{draft.Id}/approve", new NoteInput(null)));

        Assert.Equal((RequestState.AwaitingApproval, ApprovalRoute.Supervisor), (submitted.State, submitted.Route));
        await RequestsClient.ProblemAsync(byRepresentative, HttpStatusCode.Forbidden);
        Assert.Equal(RequestState.Open, bySupervisor.State);
    }

    [Fact]
    public async Task Gift_card_goes_to_the_regional_manager_with_the_reason_and_the_alternatives_tried()
    {
        var caseworker = await As(DemoPeople.Caseworker);
        var knox = await DemoPlaces.CountyIdAsync(app, "Knox County");
        var draft = await caseworker.CreateAsync(RequestsClient.Draft(knox, "food", Descriptions.GiftCard, await app.UserIdAsync(DemoPeople.Supervisor),
            "The nearest food pantry closed.", "Two churches were asked to deliver groceries; none could."));

        var submitted = await caseworker.SubmitAsync(draft.Id);
        var bySupervisor = await (await As(DemoPeople.Supervisor)).PostAsync($"/api/approvals/{draft.Id}/approve", new NoteInput(null));
        var byOtherRegion = await (await As(DemoPeople.OtherRegionalManager)).PostAsync($"/api/approvals/{draft.Id}/approve", new NoteInput(null));
        var byRegionalManager = await RequestsClient.OkAsync((await As(DemoPeople.RegionalManager)).PostAsync($"/api/approvals/{draft.Id}/approve", new NoteInput(null)));

        Assert.Equal(ApprovalRoute.RegionalManager, submitted.Route);
        await RequestsClient.ProblemAsync(bySupervisor, HttpStatusCode.Forbidden);
        await RequestsClient.ProblemAsync(byOtherRegion, HttpStatusCode.NotFound);
        Assert.Equal(RequestState.Open, byRegionalManager.State);
    }

    [Fact]
    public async Task Gift_card_without_reason_and_alternatives_cannot_be_submitted()
    {
        var caseworker = await As(DemoPeople.Caseworker);
        var knox = await DemoPlaces.CountyIdAsync(app, "Knox County");
        var draft = await caseworker.CreateAsync(RequestsClient.Draft(knox, "food", Descriptions.GiftCard, await app.UserIdAsync(DemoPeople.Supervisor)));

        var submit = await caseworker.PostAsync($"/api/requests/{draft.Id}/submit", new SubmitInput(true));

        var problem = await RequestsClient.ProblemAsync(submit, (HttpStatusCode)422);
        Assert.Contains(problem.GetProperty("findings").EnumerateArray(), f => f.GetProperty("rule").GetString() == "cash-request");
        Assert.Equal(RequestState.Draft, (await caseworker.GetAsync(draft.Id)).State);
    }

    [Fact]
    public async Task Unapproved_request_gets_one_reminder_then_expires_after_four_business_days()
    {
        var caseworker = await As(DemoPeople.Caseworker);
        var knox = await DemoPlaces.CountyIdAsync(app, "Knox County");
        var draft = await caseworker.CreateAsync(RequestsClient.Draft(knox, supervisorId: await app.UserIdAsync(DemoPeople.Supervisor)));
        // Submitted on a Thursday: 3 business days later is Tuesday, 4 is Wednesday.
        app.Clock.SetUtcNow(new DateTimeOffset(2026, 11, 5, 9, 0, 0, TimeSpan.Zero));
        await caseworker.SubmitAsync(draft.Id);

        app.Clock.SetUtcNow(new DateTimeOffset(2026, 11, 10, 8, 59, 0, TimeSpan.Zero));
        await SweepAsync();
        var beforeReminder = await NotificationsAsync(draft.Id);
        app.Clock.SetUtcNow(new DateTimeOffset(2026, 11, 10, 9, 0, 0, TimeSpan.Zero));
        await SweepAsync();
        await SweepAsync();
        var afterReminder = await NotificationsAsync(draft.Id);
        var stillWaiting = await caseworker.GetAsync(draft.Id);
        app.Clock.SetUtcNow(new DateTimeOffset(2026, 11, 11, 9, 0, 0, TimeSpan.Zero));
        await SweepAsync();
        var expired = await caseworker.GetAsync(draft.Id);
        var history = await caseworker.HistoryAsync(draft.Id);

        Assert.Equal(["approval-requested"], beforeReminder);
        Assert.Equal(["approval-requested", "approval-reminder"], afterReminder);
        Assert.Equal(RequestState.AwaitingApproval, stillWaiting.State);
        Assert.Equal(RequestState.ExpiredNotApproved, expired.State);
        Assert.Equal(["approval-requested", "approval-reminder", "expired-not-approved"], await NotificationsAsync(draft.Id));
        Assert.Equal((RequestAction.Expire, (string?)null), (history[^1].Action, history[^1].By));
    }

    [Fact]
    public void Business_days_skip_weekends()
    {
        var friday = new DateTimeOffset(2026, 11, 6, 15, 0, 0, TimeSpan.Zero);

        Assert.Equal(new DateTimeOffset(2026, 11, 12, 15, 0, 0, TimeSpan.Zero), ApprovalDeadlines.AddBusinessDays(friday, 4));
    }

    private async Task SweepAsync()
    {
        await using var scope = app.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<ApprovalDeadlines>().RunAsync(CancellationToken.None);
    }

    private Task<List<string>> NotificationsAsync(int requestId) =>
        app.QueryAsync(db => db.Notifications.Where(n => n.CareRequestId == requestId).OrderBy(n => n.Id).Select(n => n.Kind).ToListAsync());
}

public sealed class ApprovalRouteTests_Sqlite(SqliteApp app) : ApprovalRouteTests<SqliteApp>(app), IClassFixture<SqliteApp>;

[Trait("Tier", "Postgres")]
public sealed class ApprovalRouteTests_Postgres(PostgresApp app) : ApprovalRouteTests<PostgresApp>(app), IClassFixture<PostgresApp>;
