using System.Collections;

namespace CarePortal.Web.Features.Churches;

/// <summary>
/// Churches ordered by latitude, with the largest radius any of them set, so that <see cref="ChurchRouting"/> looks only at
/// the band of latitudes a request can reach (two binary searches) instead of at every church; and each one's latitude and
/// own radius in arrays of their own, so that the latitude test, which rejects most of the band, reads memory in order
/// instead of following a reference per church. The band is no narrower than that test, so the choice is the same as over
/// the whole list.
/// </summary>
public sealed class ChurchesByLatitude : IReadOnlyList<ChurchCandidate>
{
    private readonly ChurchCandidate[] churches;

    public ChurchesByLatitude(IEnumerable<ChurchCandidate> candidates)
    {
        churches = [.. candidates.OrderBy(c => c.Location.Latitude).ThenBy(c => c.Id)];
        LargestOwnRadius = churches.Max(c => c.RadiusMiles) ?? 0;
        Latitudes = [.. churches.Select(c => c.Location.Latitude)];
        OwnRadii = [.. churches.Select(c => c.RadiusMiles ?? double.NaN)];
    }

    public double LargestOwnRadius { get; }

    /// <summary>Each church's latitude, in the list's order.</summary>
    public double[] Latitudes { get; }

    /// <summary>Each church's own radius in the list's order; NaN where it set none.</summary>
    public double[] OwnRadii { get; }

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
            if (Latitudes[middle] < latitude)
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
            if (Latitudes[middle] <= latitude)
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
