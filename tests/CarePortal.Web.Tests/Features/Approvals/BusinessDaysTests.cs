using CarePortal.Web.Features.Approvals;
using CarePortal.Web.Features.Requests;
using CarePortal.Web.Tests.Features.Requests;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace CarePortal.Web.Tests.Features.Approvals;

/// <summary>Business days on the agency's own calendar (the demo agency is in America/Chicago).</summary>
public sealed class BusinessDaysTests
{
    private static readonly TimeZoneInfo Chicago = TimeZoneInfo.FindSystemTimeZoneById("America/Chicago");

    [Fact]
    public void Friday_evening_in_chicago_counts_as_friday_though_it_is_saturday_in_utc()
    {
        var fridayEvening = new DateTimeOffset(2026, 11, 7, 4, 0, 0, TimeSpan.Zero); // Friday 6 November, 22:00 CST

        Assert.Equal(new DateTimeOffset(2026, 11, 13, 4, 0, 0, TimeSpan.Zero), BusinessDays.Add(fridayEvening, 4, Chicago)); // Thursday 22:00 CST
        Assert.Equal(new DateTimeOffset(2026, 11, 12, 4, 0, 0, TimeSpan.Zero), BusinessDays.Add(fridayEvening, 4, TimeZoneInfo.Utc));
    }

    [Fact]
    public void Deadline_keeps_the_local_time_of_day_across_the_spring_and_fall_changes()
    {
        var beforeSpring = new DateTimeOffset(2027, 3, 11, 16, 0, 0, TimeSpan.Zero); // Thursday 11 March 2027, 10:00 CST
        var beforeFall = new DateTimeOffset(2026, 10, 30, 15, 0, 0, TimeSpan.Zero); // Friday 30 October 2026, 10:00 CDT

        Assert.Equal(new DateTimeOffset(2027, 3, 17, 15, 0, 0, TimeSpan.Zero), BusinessDays.Add(beforeSpring, 4, Chicago)); // Wednesday 10:00 CDT
        Assert.Equal(new DateTimeOffset(2026, 11, 5, 16, 0, 0, TimeSpan.Zero), BusinessDays.Add(beforeFall, 4, Chicago)); // Thursday 10:00 CST
    }

    [Fact]
    public void In_every_zone_the_deadline_is_a_real_local_weekday_time_a_few_days_on()
    {
        // Some zones change their clocks on a weekday, skipping or repeating a local hour; the deadline is still one instant.
        var zones = TimeZoneInfo.GetSystemTimeZones();
        var start = new DateTimeOffset(2027, 3, 24, 0, 30, 0, TimeSpan.Zero);

        Assert.All(zones, zone =>
        {
            var end = BusinessDays.Add(start, 4, zone);
            var local = TimeZoneInfo.ConvertTime(end, zone);
            Assert.False(zone.IsInvalidTime(local.DateTime));
            Assert.InRange(end - start, TimeSpan.FromDays(4) - TimeSpan.FromHours(2), TimeSpan.FromDays(6) + TimeSpan.FromHours(2));
            Assert.True(local.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday), $"{zone.Id}: {local}");
        });
    }
}

/// <summary>The deadline sweep on the test-controlled clock, for a request of the Chicago agency.</summary>
public abstract class LocalBusinessDayDeadlineTests<TApp>(TApp app) where TApp : CarePortalApp
{
    [Fact]
    public async Task Reminder_and_expiry_follow_the_agencys_calendar_on_a_friday_evening_and_across_spring_forward()
    {
        // Friday 6 November 2026, 22:00 in Chicago = Saturday 04:00 UTC: the reminder is due Wednesday 22:00 CST
        // (Thursday 04:00 UTC) and the expiry Thursday 22:00 CST; counted in UTC they would come a day earlier.
        var friday = await SubmitAtAsync(new DateTimeOffset(2026, 11, 7, 4, 0, 0, TimeSpan.Zero));
        Assert.Equal(["approval-requested"], await AfterSweepAtAsync(friday, new DateTimeOffset(2026, 11, 11, 12, 0, 0, TimeSpan.Zero)));
        Assert.Equal(["approval-requested", "approval-reminder"], await AfterSweepAtAsync(friday, new DateTimeOffset(2026, 11, 12, 4, 0, 0, TimeSpan.Zero)));
        Assert.Equal(RequestState.AwaitingApproval, await StateAsync(friday));
        Assert.Equal(["approval-requested", "approval-reminder"], await AfterSweepAtAsync(friday, new DateTimeOffset(2026, 11, 13, 3, 59, 0, TimeSpan.Zero)));
        Assert.Equal(RequestState.AwaitingApproval, await StateAsync(friday));
        await AfterSweepAtAsync(friday, new DateTimeOffset(2026, 11, 13, 4, 0, 0, TimeSpan.Zero));
        Assert.Equal(RequestState.ExpiredNotApproved, await StateAsync(friday));

        // Thursday 11 March 2027, 10:00 CST; clocks spring forward on Sunday 14 March: the reminder is Tuesday 10:00 CDT
        // (15:00 UTC, not 16:00) and the expiry Wednesday 10:00 CDT.
        var thursday = await SubmitAtAsync(new DateTimeOffset(2027, 3, 11, 16, 0, 0, TimeSpan.Zero));
        Assert.Equal(["approval-requested"], await AfterSweepAtAsync(thursday, new DateTimeOffset(2027, 3, 16, 14, 59, 0, TimeSpan.Zero)));
        Assert.Equal(["approval-requested", "approval-reminder"], await AfterSweepAtAsync(thursday, new DateTimeOffset(2027, 3, 16, 15, 0, 0, TimeSpan.Zero)));
        await AfterSweepAtAsync(thursday, new DateTimeOffset(2027, 3, 17, 14, 59, 0, TimeSpan.Zero));
        Assert.Equal(RequestState.AwaitingApproval, await StateAsync(thursday));
        await AfterSweepAtAsync(thursday, new DateTimeOffset(2027, 3, 17, 15, 0, 0, TimeSpan.Zero));
        Assert.Equal(RequestState.ExpiredNotApproved, await StateAsync(thursday));
    }

    private async Task<int> SubmitAtAsync(DateTimeOffset at)
    {
        var caseworker = new RequestsClient(await app.ClientForAsync(DemoPeople.Caseworker));
        var draft = await caseworker.CreateAsync(RequestsClient.Draft(await DemoPlaces.CountyIdAsync(app, "Knox County"), supervisorId: await app.UserIdAsync(DemoPeople.Supervisor)));
        app.Clock.SetUtcNow(at);
        await caseworker.SubmitAsync(draft.Id);
        return draft.Id;
    }

    private async Task<List<string>> AfterSweepAtAsync(int requestId, DateTimeOffset at)
    {
        app.Clock.SetUtcNow(at);
        await using (var scope = app.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<ApprovalDeadlines>().RunAsync(CancellationToken.None);
        }

        return await app.QueryAsync(db => db.Notifications.Where(n => n.CareRequestId == requestId && n.Kind.StartsWith("approval-"))
            .OrderBy(n => n.Id).Select(n => n.Kind).ToListAsync());
    }

    private Task<RequestState> StateAsync(int id) => app.QueryAsync(db => db.Requests.Where(r => r.Id == id).Select(r => r.State).SingleAsync());
}

public sealed class LocalBusinessDayDeadlineTests_Sqlite(SqliteApp app) : LocalBusinessDayDeadlineTests<SqliteApp>(app), IClassFixture<SqliteApp>;

[Trait("Tier", "Postgres")]
public sealed class LocalBusinessDayDeadlineTests_Postgres(PostgresApp app) : LocalBusinessDayDeadlineTests<PostgresApp>(app), IClassFixture<PostgresApp>;
