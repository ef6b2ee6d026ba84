using CarePortal.Web.Features.Churches;
using CarePortal.Web.Features.Refusals;

namespace CarePortal.Web.Features.Offers;

/// <summary>
/// Where an offer stands: at the ZIP given (resolved as churches' and families' ZIPs are, <see cref="ZipCentroids"/>), else at
/// the offerer's own place (its church's, or the champion's ZIP).
/// </summary>
public static class OfferPlace
{
    public static (string? Zip, GeoPoint Point) Of(string? zip, OfferHome home)
    {
        if (string.IsNullOrWhiteSpace(zip))
        {
            return (null, home.Point);
        }

        return ZipCentroids.TryGet(zip, out var point) && ZipCentroids.TryParse(zip, out var zip5)
            ? (zip5.ToString("D5", System.Globalization.CultureInfo.InvariantCulture), point)
            : throw RefusedException.Invalid("zip", $"No ZIP code of that number is known: write 5 digits, or leave it empty for {home.Whose} ZIP.");
    }
}

/// <summary>The offerer's own place, where an offer without a ZIP stands, and whose it is in words ("your church's", "your own").</summary>
public sealed record OfferHome(GeoPoint Point, string Whose)
{
    public static OfferHome Of(Church church) => new(new GeoPoint(church.Latitude, church.Longitude), "your church's");
}
