using System.Globalization;

namespace CarePortal.Web.Features.Organisations;

/// <summary>A moment as people read it where they are: the date and time in their zone, the zone named.</summary>
public static class LocalTime
{
    /// <summary>"Dec 6, 2026, 9:36 AM Eastern Standard Time".</summary>
    public static string Describe(DateTimeOffset at, TimeZoneInfo zone) =>
        TimeZoneInfo.ConvertTime(at, zone).ToString("MMM d, yyyy, h:mm tt", CultureInfo.InvariantCulture) + " " + ZoneName(at, zone);

    /// <summary>"Dec 6, 2026": the day in the zone.</summary>
    public static string Day(DateTimeOffset at, TimeZoneInfo zone) =>
        TimeZoneInfo.ConvertTime(at, zone).ToString("MMM d, yyyy", CultureInfo.InvariantCulture);

    /// <summary>"Dec 6": the day in the zone, within the year people are reading about.</summary>
    public static string ShortDay(DateTimeOffset at, TimeZoneInfo zone) =>
        TimeZoneInfo.ConvertTime(at, zone).ToString("MMM d", CultureInfo.InvariantCulture);

    /// <summary>The moment a day begins in the zone, as UTC; a midnight the clocks skip starts at the first time that exists.</summary>
    public static DateTimeOffset StartOfDay(DateOnly day, TimeZoneInfo zone)
    {
        var local = day.ToDateTime(TimeOnly.MinValue);
        while (zone.IsInvalidTime(local))
        {
            local = local.AddMinutes(30);
        }

        return new DateTimeOffset(TimeZoneInfo.ConvertTimeToUtc(local, zone), TimeSpan.Zero);
    }

    /// <summary>The zone's name at that moment, summer or winter ("Central Daylight Time").</summary>
    public static string ZoneName(DateTimeOffset at, TimeZoneInfo zone) => zone.IsDaylightSavingTime(at) ? zone.DaylightName : zone.StandardName;
}
