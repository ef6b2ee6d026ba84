using CarePortal.Web.Features.Churches;
using Xunit;

namespace CarePortal.Web.Tests.Features.Churches;

/// <summary>
/// Churches at real ZIP centroids around downtown Nashville (37203); miles from 37203 in the comments, from the
/// independent ellipsoidal computation of <see cref="ZipCentroidsTests"/>.
/// </summary>
public sealed class ChurchRoutingTests
{
    private static readonly GeoPoint Family = At("37203");
    private static readonly CountyReach Davidson = new(RadiusMiles: 15, Churches: 3);
    private static readonly RoutingOptions Options = new();

    private static readonly ChurchCandidate[] Churches =
    [
        Church(1, "37208"),                      // 2.2
        Church(2, "37206", paused: true),        // 3.8
        Church(3, "37215", needs: ["food"]),     // 5.3
        Church(4, "37211"),                      // 6.8
        Church(5, "37209"),                      // 9.6
        Church(6, "37027"),                      // 10.4
        Church(7, "37013", active: false),       // 11.2
        Church(8, "37072"),                      // 14.2
        Church(9, "37075"),                      // 16.8
        Church(10, "37064"),                     // 20.5
        Church(11, "37087", radius: 35),         // 30.1
        Church(12, "37040"),                     // 39.5
        Church(13, "38103"),                     // 196.1
    ];

    [Fact]
    public void Chooses_the_configured_number_of_nearest_eligible_churches_nearest_first()
    {
        var chosen = ChurchRouting.Choose(Family, "bed", Churches, Davidson);

        Assert.Equal([1, 4, 5], Ids(chosen));
        Assert.Equal(2.23, chosen[0].Miles, 1.0);
        Assert.Equal(6.79, chosen[1].Miles, 1.0);
        Assert.Equal(9.55, chosen[2].Miles, 1.0);
    }

    [Fact]
    public void Skips_paused_and_inactive_churches()
    {
        var chosen = ChurchRouting.Choose(Family, "bed", Churches, Davidson with { Churches = 100 });

        Assert.DoesNotContain(2, Ids(chosen));
        Assert.DoesNotContain(7, Ids(chosen));
    }

    [Fact]
    public void Skips_churches_that_do_not_serve_the_need()
    {
        var forBeds = ChurchRouting.Choose(Family, "bed", Churches, Davidson with { Churches = 100 });
        var forFood = ChurchRouting.Choose(Family, "food", Churches, Davidson);

        Assert.DoesNotContain(3, Ids(forBeds));
        Assert.Equal([1, 3, 4], Ids(forFood));
    }

    [Fact]
    public void Reaches_every_eligible_church_within_the_county_radius_when_there_are_fewer_than_the_number()
    {
        var chosen = ChurchRouting.Choose(Family, "bed", Churches, Davidson with { Churches = 100 });

        Assert.Equal([1, 4, 5, 6, 8, 11], Ids(chosen));
        Assert.True(chosen.Zip(chosen.Skip(1)).All(pair => pair.First.Miles <= pair.Second.Miles));
    }

    [Fact]
    public void A_church_own_radius_wins_over_the_county_radius_farther_and_nearer()
    {
        ChurchCandidate[] churches = [Church(1, "37208", radius: 2), Church(2, "37087", radius: 35), Church(3, "37209")];

        var chosen = ChurchRouting.Choose(Family, "bed", churches, Davidson);

        Assert.Equal([3, 2], Ids(chosen));
    }

    [Fact]
    public void A_request_no_church_can_reach_gets_no_churches()
    {
        Assert.Empty(ChurchRouting.Choose(At("38103"), "bed", Churches.Where(c => c.Id != 13).ToList(), Davidson));
        Assert.Empty(ChurchRouting.Choose(Family, "rent", Churches, Davidson));
        Assert.Empty(ChurchRouting.Choose(Family, "bed", Churches, Davidson with { Churches = 0 }));
    }

    [Fact]
    public void Escalation_picks_the_next_ring_out_to_twice_the_county_radius_without_churches_already_notified()
    {
        var first = ChurchRouting.Choose(Family, "bed", Churches, Davidson);

        var next = ChurchRouting.Escalate(Family, "bed", Churches, Davidson, Ids(first).ToHashSet(), Options);
        var all = ChurchRouting.Escalate(Family, "bed", Churches, Davidson with { Churches = 100 }, Ids(first).ToHashSet(), Options);

        Assert.Equal([6, 8, 9], Ids(next));
        Assert.Equal([6, 8, 9, 10, 11], Ids(all));
    }

    [Fact]
    public void Escalation_still_skips_paused_churches_unserved_needs_and_a_church_own_smaller_radius()
    {
        ChurchCandidate[] churches = [Church(1, "37208"), Church(2, "37075", radius: 10), Church(3, "37064", paused: true), Church(4, "37072", needs: ["food"]), Church(5, "37040")];

        var next = ChurchRouting.Escalate(Family, "bed", churches, Davidson, new HashSet<int> { 1 }, Options);

        Assert.Empty(next);
    }

    [Fact]
    public void The_escalation_radius_is_a_setting()
    {
        var wider = ChurchRouting.Escalate(Family, "bed", Churches, Davidson with { Churches = 100 }, new HashSet<int>(), Options with { EscalationRadiusFactor = 3 });

        Assert.Contains(12, Ids(wider));
        Assert.DoesNotContain(13, Ids(wider));
    }

    [Fact]
    public void The_prefilter_chooses_exactly_what_measuring_every_church_would()
    {
        var random = new Random(20260105);
        var zips = Enumerable.Range(0, 100_000).Select(n => n.ToString("D5")).Where(z => ZipCentroids.TryGet(z, out _)).ToArray();
        var churches = Enumerable.Range(1, 5_000)
            .Select(id => new ChurchCandidate(id, At(zips[random.Next(zips.Length)]), random.Next(4) == 0 ? random.Next(5, 400) : null, Needs(random), random.Next(10) == 0, random.Next(20) != 0))
            .ToList();
        var byLatitude = new ChurchesByLatitude(churches);

        foreach (var family in zips.Where((_, i) => i % 1_000 == 0).Append("99546").Append("96799").Append("99950").Where(z => ZipCentroids.TryGet(z, out _)))
        {
            var county = new CountyReach(random.Next(5, 300), 40);
            var chosen = ChurchRouting.Choose(At(family), "bed", churches, county);
            var measured = churches
                .Where(c => c.Active && !c.Paused && c.NeedsServed.Contains("bed"))
                .Select(c => new RoutedChurch(c.Id, At(family).MilesTo(c.Location)))
                .Where(r => r.Miles <= (churches[r.ChurchId - 1].RadiusMiles ?? county.RadiusMiles))
                .OrderBy(r => r.Miles).ThenBy(r => r.ChurchId).Take(county.Churches)
                .ToList();

            Assert.Equal(measured, chosen);
            // The directory's latitude-ordered list looks at a band only, and must choose the same.
            Assert.Equal(measured, ChurchRouting.Choose(At(family), "bed", byLatitude, county));
            var notified = chosen.Select(c => c.ChurchId).Take(3).ToHashSet();
            Assert.Equal(ChurchRouting.Escalate(At(family), "bed", churches, county, notified, Options),
                ChurchRouting.Escalate(At(family), "bed", byLatitude, county, notified, Options));
        }
    }

    private static GeoPoint At(string zip) =>
        ZipCentroids.TryGet(zip, out var point) ? point : throw new ArgumentException($"No centroid for {zip}.", nameof(zip));

    private static ChurchCandidate Church(int id, string zip, double? radius = null, string[]? needs = null, bool paused = false, bool active = true) =>
        new(id, At(zip), radius, (needs ?? ["bed", "clothing", "food"]).ToHashSet(), paused, active);

    private static HashSet<string> Needs(Random random) =>
        new[] { "bed", "food", "rent", "clothing" }.Where(_ => random.Next(2) == 0).ToHashSet();

    private static int[] Ids(IEnumerable<RoutedChurch> chosen) => chosen.Select(c => c.ChurchId).ToArray();
}
