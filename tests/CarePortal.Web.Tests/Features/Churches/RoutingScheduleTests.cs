using CarePortal.Web.Features.Churches;
using CarePortal.Web.Features.Requests;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Time.Testing;
using Xunit;

namespace CarePortal.Web.Tests.Features.Churches;

public sealed class RoutingScheduleTests
{
    private static readonly RoutingOptions Options = new();
    private readonly FakeTimeProvider clock = new(new DateTimeOffset(2026, 1, 5, 9, 30, 0, TimeSpan.FromHours(-6)));

    [Theory]
    [InlineData(Urgency.Critical, 0, 6)]
    [InlineData(Urgency.High, 2, 0)]
    [InlineData(Urgency.Normal, 5, 0)]
    public void Escalates_exactly_at_the_set_time_and_not_a_minute_before(Urgency urgency, int days, int hours)
    {
        var opened = clock.GetUtcNow();

        clock.Advance(new TimeSpan(days, hours, 0, 0) - TimeSpan.FromMinutes(1));
        var minuteBefore = Options.Due(opened, urgency, firstResponseAt: null, escalated: false, remindersSent: 0, clock.GetUtcNow());
        clock.Advance(TimeSpan.FromMinutes(1));
        var onTime = Options.Due(opened, urgency, firstResponseAt: null, escalated: false, remindersSent: 0, clock.GetUtcNow());

        Assert.Equal(RoutingDue.None, minuteBefore);
        Assert.Equal(RoutingDue.Escalate, onTime);
    }

    [Fact]
    public void Escalates_once()
    {
        var opened = clock.GetUtcNow();
        clock.Advance(TimeSpan.FromDays(6));

        Assert.Equal(RoutingDue.None, Options.Due(opened, Urgency.Normal, null, escalated: true, remindersSent: 0, clock.GetUtcNow()));
    }

    [Theory]
    [InlineData(Urgency.Critical, 30)]
    [InlineData(Urgency.High, 40)]
    [InlineData(Urgency.Normal, 50)]
    public void Closes_as_not_met_at_30_40_or_50_days_by_urgency_with_no_response(Urgency urgency, int days)
    {
        var opened = clock.GetUtcNow();

        clock.Advance(TimeSpan.FromDays(days) - TimeSpan.FromMinutes(1));
        var minuteBefore = Options.Due(opened, urgency, null, escalated: true, remindersSent: 0, clock.GetUtcNow());
        clock.Advance(TimeSpan.FromMinutes(1));
        var onTime = Options.Due(opened, urgency, null, escalated: true, remindersSent: 0, clock.GetUtcNow());
        var neverEscalated = Options.Due(opened, urgency, null, escalated: false, remindersSent: 0, clock.GetUtcNow());

        Assert.Equal(RoutingDue.None, minuteBefore);
        Assert.Equal(RoutingDue.CloseNotMet, onTime);
        Assert.Equal(RoutingDue.CloseNotMet, neverEscalated);
    }

    [Fact]
    public void Reminds_the_caseworker_to_close_at_14_28_and_42_days_after_the_first_response()
    {
        var opened = clock.GetUtcNow();
        clock.Advance(TimeSpan.FromDays(3));
        var responded = clock.GetUtcNow();
        var sent = 0;
        var dueAt = new List<(int Day, RoutingDue Due)>();

        for (var day = 1; day <= 60; day++)
        {
            clock.Advance(TimeSpan.FromDays(1));
            var due = Options.Due(opened, Urgency.Critical, responded, escalated: false, sent, clock.GetUtcNow());
            if (due != RoutingDue.None)
            {
                dueAt.Add((day, due));
                sent = due.Reminder;
            }
        }

        Assert.Equal([(14, RoutingDue.RemindToClose(1)), (28, RoutingDue.RemindToClose(2)), (42, RoutingDue.RemindToClose(3))], dueAt);
    }

    [Fact]
    public void A_request_with_a_response_neither_escalates_nor_closes_itself()
    {
        var opened = clock.GetUtcNow();
        clock.Advance(TimeSpan.FromHours(1));
        var responded = clock.GetUtcNow();

        clock.Advance(TimeSpan.FromDays(100));

        Assert.Equal(RoutingDue.None, Options.Due(opened, Urgency.Critical, responded, escalated: false, remindersSent: 3, clock.GetUtcNow()));
    }

    [Fact]
    public void After_missed_runs_only_the_latest_reminder_is_due()
    {
        var opened = clock.GetUtcNow();
        clock.Advance(TimeSpan.FromDays(30));

        Assert.Equal(RoutingDue.RemindToClose(2), Options.Due(opened, Urgency.Normal, opened, escalated: false, remindersSent: 0, clock.GetUtcNow()));
    }

    [Fact]
    public void The_schedule_and_escalation_radius_are_settings_bound_from_configuration()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Routing:EscalateCriticalAfter"] = "03:00:00",
            ["Routing:CloseNormalNotMetAfter"] = "60.00:00:00",
            ["Routing:EscalationRadiusFactor"] = "1.5",
        }).Build();

        var options = configuration.GetSection(RoutingOptions.Section).Get<RoutingOptions>()!;

        Assert.Equal(TimeSpan.FromHours(3), options.EscalateAfter(Urgency.Critical));
        Assert.Equal(TimeSpan.FromDays(2), options.EscalateAfter(Urgency.High));
        Assert.Equal(TimeSpan.FromDays(60), options.CloseNotMetAfter(Urgency.Normal));
        Assert.Equal(1.5, options.EscalationRadiusFactor);
        Assert.Equal([TimeSpan.FromDays(14), TimeSpan.FromDays(28), TimeSpan.FromDays(42)], options.RemindToCloseAfter);
    }

    [Fact]
    public void Settings_that_escalate_after_closing_or_shrink_the_radius_are_refused()
    {
        var validator = new RoutingOptionsValidator();

        var good = validator.Validate(null, Options);
        var bad = validator.Validate(null, Options with
        {
            EscalateHighAfter = TimeSpan.FromDays(41),
            EscalationRadiusFactor = 0.5,
            RemindToCloseAfter = [TimeSpan.FromDays(28), TimeSpan.FromDays(14)],
        });

        Assert.True(good.Succeeded);
        Assert.True(bad.Failed);
        Assert.Equal(3, bad.Failures!.Count());
    }
}
