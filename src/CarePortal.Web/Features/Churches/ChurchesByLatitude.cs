using System.Collections;

namespace CarePortal.Web.Features.Churches;

/// <summary>
/// Churches ordered by latitude, with the largest radius any of them set, so that <see cref="ChurchRouting"/> looks only at
/// the band of latitudes a request can reach (two binary searches) instead of at every church. The band is no narrower than
/// the latitude test every church must pass anyway, so the choice is the same as over the whole list.
/// </summary>
public sealed class ChurchesByLatitude : IReadOnlyList<ChurchCandidate>
{
    private readonly ChurchCandidate[] churches;

    public ChurchesByLatitude(IEnumerable<ChurchCandidate> candidates)
    {
        churches = [.. candidates.OrderBy(c => c.Location.Latitude).ThenBy(c => c.Id)];
        LargestOwnRadius = churches.Max(c => c.RadiusMiles) ?? 0;
    }

    public double LargestOwnRadius { get; }

    public int Count => churches.Length;

    public ChurchCandidate this[int index] => churches[index];

    /// <summary>The positions [from, to) of the churches whose latitude is within <paramref name="miles"/> of the point's.</summary>
    public (int From, int To) Band(GeoPoint point, double miles)
    {
        // A hair wider than the exact test, so rounding never drops a church it would pass.
        var degrees = (miles / GeoPoint.MilesPerDegreeOfLatitude) + 1e-9;
        return (FirstAtOrAbove(point.Latitude - degrees), FirstAbove(point.Latitude + degrees));
    }

    public IEnumerator<ChurchCandidate> GetEnumerator() => ((IEnumerable<ChurchCandidate>)churches).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => churches.GetEnumerator();

    private int FirstAtOrAbove(double latitude)
    {
        int low = 0, high = churches.Length;
        while (low < high)
        {
            var middle = (low + high) >>> 1;
            if (churches[middle].Location.Latitude < latitude)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        return low;
    }

    private int FirstAbove(double latitude)
    {
        int low = 0, high = churches.Length;
        while (low < high)
        {
            var middle = (low + high) >>> 1;
            if (churches[middle].Location.Latitude <= latitude)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        return low;
    }
}
