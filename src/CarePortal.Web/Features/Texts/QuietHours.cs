namespace CarePortal.Web.Features.Texts;

/// <summary>A person's quiet hours, in their zone: a text due inside them is held until they end (never dropped).</summary>
public static class QuietHours
{
    /// <summary>When the quiet hours around <paramref name="now"/> end (UTC), or null when <paramref name="now"/> is outside them.</summary>
    public static DateTimeOffset? EndAround(DateTimeOffset now, TimeZoneInfo zone, TimeOnly? from, TimeOnly? to)
    {
        if (from is not { } start || to is not { } end || start == end)
        {
            return null;
        }

        var local = TimeZoneInfo.ConvertTime(now, zone);
        var time = TimeOnly.FromDateTime(local.DateTime);
        var quiet = start < end ? time >= start && time < end : time >= start || time < end;
        if (!quiet)
        {
            return null;
        }

        var day = DateOnly.FromDateTime(local.DateTime);
        var endsOn = time < end ? day : day.AddDays(1);
        return Utc(endsOn.ToDateTime(end), zone);
    }

    /// <summary>The start of the person's day (local midnight) that <paramref name="now"/> falls in, in UTC.</summary>
    public static DateTimeOffset DayStart(DateTimeOffset now, TimeZoneInfo zone) =>
        Utc(DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, zone).DateTime).ToDateTime(TimeOnly.MinValue), zone);

    /// <summary>A local wall-clock time as UTC; a time the clocks skip (spring forward) is read an hour later.</summary>
    private static DateTimeOffset Utc(DateTime local, TimeZoneInfo zone)
    {
        while (zone.IsInvalidTime(local))
        {
            local = local.AddHours(1);
        }

        return new DateTimeOffset(TimeZoneInfo.ConvertTimeToUtc(DateTime.SpecifyKind(local, DateTimeKind.Unspecified), zone), TimeSpan.Zero);
    }
}
