namespace CarePortal.Web.Features.Churches.Settings;

/// <summary>The time zones offered for a church: the United States' first, by their everyday names, then every other IANA zone.</summary>
public static class ChurchZones
{
    public static IReadOnlyList<(string Id, string Name)> UnitedStates { get; } =
    [
        ("America/New_York", "Eastern"), ("America/Chicago", "Central"), ("America/Denver", "Mountain"), ("America/Phoenix", "Arizona"),
        ("America/Los_Angeles", "Pacific"), ("America/Anchorage", "Alaska"), ("Pacific/Honolulu", "Hawaii"), ("America/Puerto_Rico", "Puerto Rico"),
    ];

    public static IReadOnlyList<string> Others { get; } =
        [.. TimeZoneInfo.GetSystemTimeZones().Where(z => z.HasIanaId && !UnitedStates.Any(u => u.Id == z.Id)).Select(z => z.Id).Order(StringComparer.Ordinal)];
}
