namespace CarePortal.Web.Features.Churches;

/// <summary>What routing needs to know of a church; <paramref name="RadiusMiles"/> is the church's own radius, when it set one.</summary>
public sealed record ChurchCandidate(int Id, GeoPoint Location, double? RadiusMiles, IReadOnlySet<string> NeedsServed, bool Paused, bool Active);

/// <summary>A county's reach: how far a request goes and to how many churches at most.</summary>
/// <summary>How far and to how many churches a county's requests go first, and on escalation (null: twice as far, as many again).</summary>
public sealed record CountyReach(double RadiusMiles, int Churches, double? EscalationRadiusMiles = null, int? EscalationChurches = null);

public sealed record RoutedChurch(int ChurchId, double Miles);

/// <summary>
/// Chooses the churches a request goes to: the nearest active, unpaused churches that serve the need, each within its own
/// radius when it set one, else within the county's; at most the county's number of churches, nearest first.
/// </summary>
public static class ChurchRouting
{
    /// <summary>The churches a request goes to when it opens; only those in <paramref name="only"/> when given (a tier-2 request).</summary>
    public static IReadOnlyList<RoutedChurch> Choose(
        GeoPoint family, string need, IReadOnlyList<ChurchCandidate> candidates, CountyReach county, IReadOnlySet<int>? only = null) =>
        Nearest(family, need, candidates, county.RadiusMiles, county.Churches, alreadyNotified: null, only);

    /// <summary>
    /// The next nearest churches not yet notified, up to the county's number more, out to the county radius times
    /// <see cref="RoutingOptions.EscalationRadiusFactor"/>. A church's own radius still wins: it is never asked from farther.
    /// </summary>
    public static IReadOnlyList<RoutedChurch> Escalate(
        GeoPoint family, string need, IReadOnlyList<ChurchCandidate> candidates, CountyReach county, IReadOnlySet<int> alreadyNotified, RoutingOptions options,
        IReadOnlySet<int>? only = null) =>
        Nearest(family, need, candidates, county.EscalationRadiusMiles ?? county.RadiusMiles * options.EscalationRadiusFactor, county.EscalationChurches ?? county.Churches,
            alreadyNotified, only);

    private static List<RoutedChurch> Nearest(
        GeoPoint family, string need, IReadOnlyList<ChurchCandidate> candidates, double countyRadius, int count, IReadOnlySet<int>? alreadyNotified,
        IReadOnlySet<int>? only)
    {
        var found = new List<RoutedChurch>();
        if (count <= 0)
        {
            return found;
        }

        var countyBox = new LongitudeBound(family, countyRadius);
        var sorted = candidates as ChurchesByLatitude;
        var (from, to) = sorted is not null ? sorted.Band(family, Math.Max(countyRadius, sorted.LargestOwnRadius)) : (0, candidates.Count);
        for (var i = from; i < to; i++)
        {
            if (sorted is not null && Math.Abs(sorted.Latitudes[i] - family.Latitude) * GeoPoint.MilesPerDegreeOfLatitude
                > (double.IsNaN(sorted.OwnRadii[i]) ? countyRadius : sorted.OwnRadii[i]))
            {
                continue;
            }

            var church = candidates[i];
            if (!church.Active || church.Paused || (only is not null && !only.Contains(church.Id)))
            {
                continue;
            }

            var radius = church.RadiusMiles ?? countyRadius;
            var at = church.Location;
            // A degree of latitude is the same length everywhere, so this rejects most churches before any trigonometry.
            if (Math.Abs(at.Latitude - family.Latitude) * GeoPoint.MilesPerDegreeOfLatitude > radius)
            {
                continue;
            }

            var box = church.RadiusMiles is null ? countyBox : new LongitudeBound(family, radius);
            if (!box.Contains(at.Longitude)
                || !church.NeedsServed.Contains(need)
                || (alreadyNotified is not null && alreadyNotified.Contains(church.Id)))
            {
                continue;
            }

            var miles = family.MilesTo(at);
            if (miles <= radius)
            {
                found.Add(new RoutedChurch(church.Id, miles));
            }
        }

        found.Sort(static (a, b) => a.Miles != b.Miles ? a.Miles.CompareTo(b.Miles) : a.ChurchId.CompareTo(b.ChurchId));
        if (found.Count > count)
        {
            found.RemoveRange(count, found.Count - count);
        }

        return found;
    }

    /// <summary>The longitudes within a radius of a point (the exact bounding circle of latitude/longitude, Matuschek 2010).</summary>
    private readonly struct LongitudeBound
    {
        private readonly double center;
        private readonly double halfWidth;

        public LongitudeBound(GeoPoint point, double radiusMiles)
        {
            center = point.Longitude;
            var angular = radiusMiles / GeoPoint.EarthRadiusMiles;
            var ratio = Math.Sin(angular) / Math.Cos(double.DegreesToRadians(point.Latitude));
            halfWidth = angular >= Math.PI / 2 || ratio >= 1 ? 180 : double.RadiansToDegrees(Math.Asin(ratio));
        }

        public bool Contains(double longitude)
        {
            var delta = Math.Abs(longitude - center);
            return Math.Min(delta, 360 - delta) <= halfWidth;
        }
    }
}
