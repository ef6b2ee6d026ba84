using CarePortal.Load;
using Xunit;

namespace CarePortal.Web.Tests.Deploy;

/// <summary>The load driver's schedule: a warm-up climbing to the full rate, then the full rate.</summary>
public sealed class ScheduleTests
{
    [Fact]
    public void The_warm_up_climbs_to_the_full_rate_and_then_the_rate_holds()
    {
        var schedule = new Schedule(500, TimeSpan.FromSeconds(20));

        // Half the requests the full rate would send during the climb, then 500 a second.
        Assert.Equal(5_000, schedule.CountBy(TimeSpan.FromSeconds(20)));
        Assert.Equal(5_000 + 30_000, schedule.CountBy(TimeSpan.FromSeconds(80)));
        // A quarter of the way up the rate is a quarter: the first 5 s hold 1/16 of the climb's requests.
        Assert.Equal(312, schedule.CountBy(TimeSpan.FromSeconds(5)));
        // Halfway up (10.5 s) it sends about 262 a second.
        Assert.InRange(schedule.CountBy(TimeSpan.FromSeconds(11)) - schedule.CountBy(TimeSpan.FromSeconds(10)), 262, 263);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(312)]
    [InlineData(4_999)]
    [InlineData(5_000)]
    [InlineData(34_999)]
    public void Each_request_is_due_when_the_count_reaches_it(long i)
    {
        var schedule = new Schedule(500, TimeSpan.FromSeconds(20));
        var due = schedule.Due(i);

        Assert.Equal(i, schedule.CountBy(due + TimeSpan.FromTicks(1)));
        Assert.True(i == 0 || schedule.CountBy(due - TimeSpan.FromMilliseconds(1)) < i, "not due a millisecond earlier");
    }

    [Fact]
    public void Without_a_warm_up_the_full_rate_starts_at_once()
    {
        var schedule = new Schedule(100, TimeSpan.Zero);

        Assert.Equal(100, schedule.CountBy(TimeSpan.FromSeconds(1)));
        Assert.Equal(TimeSpan.FromSeconds(0.5), schedule.Due(50));
    }
}
