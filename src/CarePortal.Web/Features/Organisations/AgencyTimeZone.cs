namespace CarePortal.Web.Features.Organisations;

/// <summary>The time zone an agency counts its business days and report months in (<see cref="Organisation.TimeZone"/>).</summary>
public static class AgencyTimeZone
{
    /// <summary>The agency's zone from its IANA id; none (or one this machine does not know) is UTC.</summary>
    public static TimeZoneInfo Of(string? ianaId) =>
        ianaId is { Length: > 0 } && TimeZoneInfo.TryFindSystemTimeZoneById(ianaId, out var zone) ? zone : TimeZoneInfo.Utc;

    /// <summary>Whether <paramref name="ianaId"/> names a time zone this machine knows by its IANA id.</summary>
    public static bool IsKnownIanaId(string ianaId) =>
        TimeZoneInfo.TryFindSystemTimeZoneById(ianaId, out var zone) && zone.HasIanaId;
}
