namespace CarePortal.Web.Features.Churches;

/// <summary>A point on the earth in decimal degrees (WGS84 as the Census publishes it).</summary>
public readonly record struct GeoPoint(double Latitude, double Longitude)
{
    /// <summary>The mean earth radius (IUGG), which keeps haversine within about 0.5% of the ellipsoid.</summary>
    public const double EarthRadiusMiles = 3958.7613;

    public const double MilesPerDegreeOfLatitude = EarthRadiusMiles * Math.PI / 180;

    /// <summary>Great-circle distance in miles (haversine).</summary>
    public double MilesTo(GeoPoint other)
    {
        var lat1 = double.DegreesToRadians(Latitude);
        var lat2 = double.DegreesToRadians(other.Latitude);
        var sinHalfLat = Math.Sin((lat2 - lat1) / 2);
        var sinHalfLon = Math.Sin(double.DegreesToRadians(other.Longitude - Longitude) / 2);
        var h = (sinHalfLat * sinHalfLat) + (Math.Cos(lat1) * Math.Cos(lat2) * sinHalfLon * sinHalfLon);
        return 2 * EarthRadiusMiles * Math.Asin(Math.Sqrt(Math.Min(1, h)));
    }
}
