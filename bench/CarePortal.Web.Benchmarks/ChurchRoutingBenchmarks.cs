using BenchmarkDotNet.Attributes;
using CarePortal.Web.Features.Churches;

namespace CarePortal.Web.Benchmarks;

/// <summary>
/// Choosing the churches for one request among 10,000 churches placed at real Tennessee ZIP centroids (370xx to 385xx),
/// a quarter with their own radius, a tenth paused, each serving a random half of the needs.
/// </summary>
[MemoryDiagnoser]
public class ChurchRoutingBenchmarks
{
    private static readonly string[] AllNeeds = ["clothing", "baby items", "bed", "furniture", "household", "school supplies", "food", "rent", "utilities"];
    private readonly CountyReach county = new(RadiusMiles: 15, Churches: 5);
    private readonly RoutingOptions options = new();
    private List<ChurchCandidate> churches = [];
    private HashSet<int> notified = [];
    private GeoPoint family;

    [Params("37203", "38103", "37355")]
    public string FamilyZip { get; set; } = "37203";

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(10_000);
        var zips = Enumerable.Range(37_000, 1_600).Select(n => n.ToString("D5"))
            .Select(z => ZipCentroids.TryGet(z, out var point) ? point : (GeoPoint?)null)
            .OfType<GeoPoint>().ToArray();
        churches = Enumerable.Range(1, 10_000)
            .Select(id => new ChurchCandidate(
                id,
                zips[random.Next(zips.Length)],
                random.Next(4) == 0 ? random.Next(5, 40) : null,
                AllNeeds.Where(_ => random.Next(2) == 0).ToHashSet(),
                Paused: random.Next(10) == 0,
                Active: true))
            .ToList();
        ZipCentroids.TryGet(FamilyZip, out family);
        notified = ChurchRouting.Choose(family, "bed", churches, county).Select(c => c.ChurchId).ToHashSet();
    }

    [Benchmark]
    public IReadOnlyList<RoutedChurch> Choose() => ChurchRouting.Choose(family, "bed", churches, county);

    [Benchmark]
    public IReadOnlyList<RoutedChurch> Escalate() => ChurchRouting.Escalate(family, "bed", churches, county, notified, options);

    [Benchmark]
    public bool LookUpZip() => ZipCentroids.TryGet(FamilyZip, out _);
}
