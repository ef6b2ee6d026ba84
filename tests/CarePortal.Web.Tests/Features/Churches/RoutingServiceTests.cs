using System.Net.Http.Json;
using CarePortal.Web.Features.Churches;
using CarePortal.Web.Features.Requests;
using Microsoft.EntityFrameworkCore;
using Xunit;

namespace CarePortal.Web.Tests.Features.Churches;

/// <summary>The routing service on a clock the tests move: escalation, closing as not met, reminders, follow-ups (a class of its own: it moves the clock far).</summary>
public abstract class RoutingServiceTests<TApp>(TApp app) where TApp : CarePortalApp
{
    private readonly ChurchesClient churches = new(app);

    [Fact]
    public async Task Unanswered_request_escalates_once_at_the_set_time_then_closes_as_not_met()
    {
        await churches.RetireAllAsync();
        // Around 37601: one church at 3 miles, one at 8.5 (beyond the county's 5 miles, within twice that).
        var near = await churches.OnboardAsync("37682");
        var farther = await churches.OnboardAsync("37615");
        var (request, agency) = await churches.OpenAsync("37601", radius: 5, churches: 1, urgency: Urgency.High);
        Assert.Equal([near.Id], (await churches.RecipientsAsync(request.Id, agency.Caseworker)).Select(r => r.ChurchId));

        app.Clock.Advance(TimeSpan.FromDays(2) - TimeSpan.FromMinutes(30));
        await SettleAsync();
        Assert.Single(await churches.RecipientsAsync(request.Id, agency.Caseworker));

        Assert.True(await WaitAsync(async () => (await churches.RecipientsAsync(request.Id, agency.Caseworker)).Count == 2), "not escalated after 2 days");
        var recipients = await churches.RecipientsAsync(request.Id, agency.Caseworker);
        Assert.Equal((farther.Id, 2), (recipients[1].ChurchId, recipients[1].Round));
        Assert.Equal(1, await CountAsync(request.Id, "request-escalated"));
        Assert.True(await app.QueryAsync(db => db.Notifications.AnyAsync(n => n.CareRequestId == request.Id && n.Kind == "request-routed" && n.RecipientEmail == farther.PointPerson)));

        app.Clock.Advance(TimeSpan.FromDays(10));
        await SettleAsync();
        Assert.Equal(2, (await churches.RecipientsAsync(request.Id, agency.Caseworker)).Count);
        Assert.Equal(1, await CountAsync(request.Id, "request-escalated"));

        app.Clock.Advance(TimeSpan.FromDays(28));
        var caseworker = new Requests.RequestsClient(await app.ClientForAsync(agency.Caseworker));
        Assert.True(await WaitAsync(async () => (await caseworker.GetAsync(request.Id)).State == RequestState.ClosedNotMet), "not closed after 40 days");
        Assert.Equal(1, await CountAsync(request.Id, "request-closed-not-met"));
        Assert.Contains(await caseworker.HistoryAsync(request.Id), t => t.To == RequestState.ClosedNotMet && t.By == null);
    }

    [Fact]
    public async Task After_a_response_the_request_never_expires_and_the_caseworker_is_reminded_at_14_28_and_42_days()
    {
        await churches.RetireAllAsync();
        var church = await churches.OnboardAsync("38104");
        var (request, agency) = await churches.OpenAsync("38104", radius: 2, churches: 1);
        var pastor = await app.ClientForAsync(church.PointPerson);
        var responded = await pastor.PostAsJsonAsync($"/api/requests/{request.Id}/responses", new ResponseInput(null, null, "We have a coat."), Json.Options);
        Assert.True(responded.IsSuccessStatusCode, await responded.Content.ReadAsStringAsync());

        app.Clock.Advance(TimeSpan.FromDays(14));
        Assert.True(await WaitAsync(async () => await CountAsync(request.Id, "remind-to-close") == 1), "no reminder at 14 days");
        app.Clock.Advance(TimeSpan.FromDays(14));
        Assert.True(await WaitAsync(async () => await CountAsync(request.Id, "remind-to-close") == 2), "no reminder at 28 days");
        app.Clock.Advance(TimeSpan.FromDays(30));
        Assert.True(await WaitAsync(async () => await CountAsync(request.Id, "remind-to-close") == 3), "no reminder at 42 days");
        await SettleAsync();

        var caseworker = new Requests.RequestsClient(await app.ClientForAsync(agency.Caseworker));
        Assert.Equal(RequestState.Open, (await caseworker.GetAsync(request.Id)).State);
        Assert.Equal(3, await CountAsync(request.Id, "remind-to-close"));
        Assert.Equal(0, await CountAsync(request.Id, "request-escalated"));
    }

    [Fact]
    public async Task A_connection_after_met_brings_the_30_90_and_180_day_questions()
    {
        await churches.RetireAllAsync();
        var church = await churches.OnboardAsync("37040");
        var (request, agency) = await churches.OpenAsync("37040", radius: 2, churches: 1);
        var pastor = await app.ClientForAsync(church.PointPerson);
        Assert.True((await pastor.PostAsJsonAsync($"/api/requests/{request.Id}/responses", new ResponseInput(null, null, null), Json.Options)).IsSuccessStatusCode);
        var caseworker = new Requests.RequestsClient(await app.ClientForAsync(agency.Caseworker));
        await Requests.RequestsClient.OkAsync(caseworker.PostAsync($"/api/requests/{request.Id}/close", new CloseInput(CloseOutcome.FullyMet, ChildOutcomes: ["kept-safely-at-home"], Rating: 5)));
        var today = DateOnly.FromDateTime(app.Clock.GetUtcNow().UtcDateTime);

        var recorded = await pastor.PostAsJsonAsync($"/api/requests/{request.Id}/connections", new ConnectionInput(null, "mentoring", today, null, "Weekly visits"), Json.Options);
        Assert.True(recorded.IsSuccessStatusCode, await recorded.Content.ReadAsStringAsync());
        var forChurch = await pastor.GetFromJsonAsync<List<ConnectionView>>($"/api/churches/{church.Id}/connections", Json.Options);
        var forAgency = await caseworker.Http.GetFromJsonAsync<List<ConnectionView>>("/api/connections", Json.Options);
        Assert.Equal("mentoring", Assert.Single(forChurch!).Kind);
        Assert.Contains(forAgency!, c => c.RequestId == request.Id && c.Church.Length > 0);

        foreach (var (days, count) in new[] { (30, 1), (60, 2), (90, 3) })
        {
            app.Clock.Advance(TimeSpan.FromDays(days));
            Assert.True(await WaitAsync(async () => await CountAsync(request.Id, "follow-up") == count), $"follow-up {count} missing");
        }

        var subjects = await app.QueryAsync(db => db.Notifications.Where(n => n.CareRequestId == request.Id && n.Kind == "follow-up").OrderBy(n => n.Id).Select(n => n.Subject).ToListAsync());
        Assert.Equal(["30 days on: is the child still safely home?", "90 days on: is the child still safely home?", "180 days on: is the child still safely home?"], subjects);
    }

    private Task<int> CountAsync(int requestId, string kind) => app.QueryAsync(db => db.Notifications.CountAsync(n => n.CareRequestId == requestId && n.Kind == kind));

    /// <summary>Lets the service run its round at the current time, and one more a round's interval later.</summary>
    private async Task SettleAsync()
    {
        Assert.True(await app.Clock.SettledAsync(), "a background round is still running");
        app.Clock.Advance(RoutingService.Interval);
        Assert.True(await app.Clock.SettledAsync(), "a background round is still running");
    }

    /// <summary>Once the jobs have caught up with the clock, checks the condition; moves the clock on by the service's interval until it holds.</summary>
    private async Task<bool> WaitAsync(Func<Task<bool>> condition)
    {
        for (var i = 0; i < 50; i++)
        {
            Assert.True(await app.Clock.SettledAsync(), "a background round is still running");
            if (await condition())
            {
                return true;
            }

            app.Clock.Advance(RoutingService.Interval);
        }

        return false;
    }
}

public sealed class RoutingServiceTests_Sqlite(SqliteApp app) : RoutingServiceTests<SqliteApp>(app), IClassFixture<SqliteApp>;

[Trait("Tier", "Postgres")]
public sealed class RoutingServiceTests_Postgres(PostgresApp app) : RoutingServiceTests<PostgresApp>(app), IClassFixture<PostgresApp>;
