using CarePortal.Web.Features.Churches;
using CarePortal.Web.Features.Refusals;

namespace CarePortal.Web.Features.Offers;

/// <summary>Where an offer stands: at the ZIP given (resolved as churches' and families' ZIPs are, <see cref="ZipCentroids"/>), else at its church.</summary>
public static class OfferPlace
{
    public static (string? Zip, GeoPoint Point) Of(string? zip, Church church)
    {
        if (string.IsNullOrWhiteSpace(zip))
        {
            return (null, new GeoPoint(church.Latitude, church.Longitude));
        }

        return ZipCentroids.TryGet(zip, out var point) && ZipCentroids.TryParse(zip, out var zip5)
            ? (zip5.ToString("D5", System.Globalization.CultureInfo.InvariantCulture), point)
            : throw RefusedException.Invalid("zip", "No ZIP code of that number is known: write 5 digits, or leave it empty for your church's.");
    }
}
