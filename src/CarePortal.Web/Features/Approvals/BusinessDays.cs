namespace CarePortal.Web.Features.Approvals;

/// <summary>
/// Business days (Monday to Friday) counted on the agency's own calendar: a request submitted on Friday evening in
/// Chicago is Friday's even when it is Saturday in UTC, and the deadline keeps the local time of day across a DST change.
/// </summary>
public static class BusinessDays
{
    /// <summary>Adds whole business days in <paramref name="zone"/>, keeping the local time of day.</summary>
    public static DateTimeOffset Add(DateTimeOffset start, int days, TimeZoneInfo zone)
    {
        var local = TimeZoneInfo.ConvertTime(start, zone).DateTime;
        while (days > 0)
        {
            local = local.AddDays(1);
            if (local.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday))
            {
                days--;
            }
        }

        return ToInstant(DateTime.SpecifyKind(local, DateTimeKind.Unspecified), zone);
    }

    /// <summary>
    /// The instant of a local time: a time skipped by a spring-forward change moves on past the gap; a time that happens
    /// twice (fall back) is its first occurrence.
    /// </summary>
    private static DateTimeOffset ToInstant(DateTime local, TimeZoneInfo zone)
    {
        while (zone.IsInvalidTime(local))
        {
            local = local.AddMinutes(15);
        }

        var offset = zone.IsAmbiguousTime(local) ? zone.GetAmbiguousTimeOffsets(local).Max() : zone.GetUtcOffset(local);
        return new DateTimeOffset(local, offset).ToUniversalTime();
    }
}
