using CarePortal.Web.Features.Refusals;

namespace CarePortal.Web.Features.Offers;

/// <summary>What posting and changing an offer share: its terms from the input, checked (the framework checked the fields first).</summary>
public static class OfferTerms
{
    /// <summary>An offer stands at most this long; the church posts it again after.</summary>
    public const int LongestDays = 366;

    public static void Apply(ChurchOffer offer, OfferInput input, OfferHome home, DateOnly today)
    {
        var expires = input.ExpiresOn!.Value;
        if (expires < today || expires > today.AddDays(LongestDays))
        {
            throw RefusedException.Invalid("expiresOn", $"Choose a last day from today to {today.AddDays(LongestDays):MMMM d, yyyy}.");
        }

        var (zip, point) = OfferPlace.Of(input.Zip, home);
        offer.Need = input.Need!;
        offer.Item = input.Item!.Trim();
        offer.Zip = zip;
        (offer.Latitude, offer.Longitude) = (point.Latitude, point.Longitude);
        offer.Quantity = input.Quantity!.Value;
        offer.ExpiresOn = expires;
    }

    /// <summary>Today as offers count days: the UTC date (an offer's last day is whole wherever the church is).</summary>
    public static DateOnly Today(TimeProvider clock) => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
}
