using CarePortal.Web.Features.Churches;
using Xunit;

namespace CarePortal.Web.Tests.Features.Churches;

public sealed class ZipCentroidsTests
{
    [Theory]
    [InlineData("37203", 36.1498, -86.7891)]
    [InlineData("38103", 35.1562, -90.0555)]
    [InlineData("00601", 18.1806, -66.7500)]
    [InlineData("99501", 61.2200, -149.8578)]
    public void Knows_where_real_zips_lie(string zip, double latitude, double longitude)
    {
        Assert.True(ZipCentroids.TryGet(zip, out var point));
        Assert.Equal(latitude, point.Latitude, 4);
        Assert.Equal(longitude, point.Longitude, 4);
    }

    [Fact]
    public void Holds_every_zip_code_tabulation_area_of_the_census_gazetteer()
    {
        Assert.Equal(33_791, ZipCentroids.Count);
    }

    /// <summary>
    /// Expected miles come from Vincenty's inverse formula on the WGS84 ellipsoid, run in Python over the Census file's
    /// unrounded coordinates (docs/routing.md): another method, another program, other inputs than the haversine under test.
    /// </summary>
    [Theory]
    [InlineData("37203", "37215", 5.33, 1)]
    [InlineData("37203", "37027", 10.38, 1)]
    [InlineData("37203", "37902", 161.17, 2)]
    [InlineData("37203", "38103", 196.13, 2)]
    [InlineData("10001", "90210", 2458.83, 12)]
    [InlineData("99501", "96813", 2780.75, 14)]
    public void Distances_agree_with_an_independent_ellipsoidal_computation(string from, string to, double expectedMiles, double toleranceMiles)
    {
        Assert.True(ZipCentroids.TryGet(from, out var a));
        Assert.True(ZipCentroids.TryGet(to, out var b));

        Assert.InRange(a.MilesTo(b), expectedMiles - toleranceMiles, expectedMiles + toleranceMiles);
        Assert.Equal(a.MilesTo(b), b.MilesTo(a), 9);
        Assert.Equal(0, a.MilesTo(a));
    }

    [Theory]
    [InlineData("37203-1234")]
    [InlineData(" 37203 ")]
    public void Accepts_zip_plus_four_and_surrounding_spaces(string zip)
    {
        Assert.True(ZipCentroids.TryGet(zip, out var point));
        Assert.True(ZipCentroids.TryGet("37203", out var plain));
        Assert.Equal(plain, point);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("3720")]
    [InlineData("372031")]
    [InlineData("372031234")]
    [InlineData("37203-")]
    [InlineData("37203-12")]
    [InlineData("37203-12345")]
    [InlineData("37203 1234")]
    [InlineData("-3720")]
    [InlineData("+3720")]
    [InlineData("3720a")]
    [InlineData("abcde")]
    [InlineData("３７２０３")]
    [InlineData("٣٧٢٠٣")]
    [InlineData("37 03")]
    [InlineData("00000")]
    [InlineData("99999")]
    public void Refuses_junk_and_unknown_zips(string? zip)
    {
        Assert.False(ZipCentroids.TryGet(zip, out var point));
        Assert.Equal(default, point);
    }

    [Fact]
    public void Many_threads_reading_at_once_all_see_the_same_table()
    {
        var points = new GeoPoint[64];
        Parallel.For(0, points.Length, i => ZipCentroids.TryGet("38103", out points[i]));

        Assert.All(points, p => Assert.Equal(points[0], p));
        Assert.NotEqual(default, points[0]);
    }
}
