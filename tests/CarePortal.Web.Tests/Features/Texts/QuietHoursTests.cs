using CarePortal.Web.Features.Organisations;
using CarePortal.Web.Features.Texts;
using Xunit;

namespace CarePortal.Web.Tests.Features.Texts;

/// <summary>Quiet hours in the person's zone: a text due inside them waits until they end, across midnight and the clocks' changes.</summary>
public sealed class QuietHoursTests
{
    private static readonly TimeZoneInfo Chicago = AgencyTimeZone.Of("America/Chicago");

    [Theory]
    // 22:30 in Chicago (CST, UTC-6) inside 21:00-08:00: held until 08:00 the next morning.
    [InlineData("2026-11-03T04:30:00Z", "21:00", "08:00", "2026-11-03T14:00:00Z")]
    // 06:00 in Chicago, the same night's quiet hours: until 08:00 that morning.
    [InlineData("2026-11-03T12:00:00Z", "21:00", "08:00", "2026-11-03T14:00:00Z")]
    // 12:00 in Chicago: not quiet.
    [InlineData("2026-11-03T18:00:00Z", "21:00", "08:00", null)]
    // Quiet hours inside one day, 13:00-14:00; at 13:30 held until 14:00.
    [InlineData("2026-11-03T19:30:00Z", "13:00", "14:00", "2026-11-03T20:00:00Z")]
    // The night the clocks go back (1 November 2026): 23:00 CDT until 08:00 CST.
    [InlineData("2026-11-01T04:00:00Z", "21:00", "08:00", "2026-11-01T14:00:00Z")]
    public void A_text_inside_quiet_hours_waits_until_they_end_in_the_persons_zone(string now, string from, string to, string? end)
    {
        var held = QuietHours.EndAround(DateTimeOffset.Parse(now, null), Chicago, TimeOnly.Parse(from, null), TimeOnly.Parse(to, null));

        Assert.Equal(end is null ? null : DateTimeOffset.Parse(end, null), held);
    }

    [Fact]
    public void No_quiet_hours_hold_nothing()
    {
        Assert.Null(QuietHours.EndAround(DateTimeOffset.Parse("2026-11-03T04:30:00Z", null), Chicago, null, null));
        Assert.Null(QuietHours.EndAround(DateTimeOffset.Parse("2026-11-03T04:30:00Z", null), Chicago, new TimeOnly(8, 0), new TimeOnly(8, 0)));
    }

    [Fact]
    public void A_persons_day_starts_at_their_midnight()
    {
        Assert.Equal(DateTimeOffset.Parse("2026-11-03T06:00:00Z", null), QuietHours.DayStart(DateTimeOffset.Parse("2026-11-04T04:30:00Z", null), Chicago));
    }
}
