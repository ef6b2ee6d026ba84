using CarePortal.Web.Data;
using CarePortal.Web.Features.Organisations;
using CarePortal.Web.Features.Requests;
using Microsoft.EntityFrameworkCore;

namespace CarePortal.Web.Features.PublicMap;

/// <summary>
/// How many requests are open, by county, need and urgency, for anyone: counts only (never a home, never a word of a
/// request), each under <see cref="ShownCount.Least"/> said as "fewer than 3". One GROUP BY; the names of the counties after.
/// </summary>
public sealed class ReadOpenNeeds(AppDbContext db, CountyMap map)
{
    public async Task<OpenNeedsView> RunAsync(string? fips, CancellationToken ct)
    {
        var groups = await db.Requests.AsNoTracking().Where(r => r.State == RequestState.Open)
            .GroupBy(r => new { r.CountyId, r.Need, r.Urgency })
            .Select(g => new { g.Key.CountyId, g.Key.Need, g.Key.Urgency, Count = g.Count() }).ToListAsync(ct);
        var ids = groups.Select(g => g.CountyId).Distinct().ToList();
        var names = await db.Organisations.AsNoTracking().Where(o => ids.Contains(o.Id) && o.Kind == OrganisationKind.County)
            .ToDictionaryAsync(o => o.Id, o => o.Name, ct);
        var rows = groups.Select(g =>
            {
                var name = names.GetValueOrDefault(g.CountyId, "Another county");
                var county = map.Named(name);
                return new NeedRow(county?.Fips, county is null ? name : $"{county.Name} County", g.Need, g.Urgency, g.Count);
            })
            .Where(r => fips is null || r.Fips == fips).ToList();
        var counties = rows.GroupBy(r => (r.Fips, r.County))
            .Select(g => new CountyRow(g.Key.Fips, g.Key.County, new ShownCount(g.Sum(r => r.Count.Value))))
            .OrderBy(c => c.County, StringComparer.Ordinal).ToList();
        var needs = rows.GroupBy(r => (r.Fips, r.County, r.Need, r.Urgency))
            .Select(g => new NeedRow(g.Key.Fips, g.Key.County, g.Key.Need, g.Key.Urgency, g.Sum(r => r.Count.Value)))
            .OrderBy(r => r.County, StringComparer.Ordinal).ThenBy(r => r.Need, StringComparer.Ordinal).ThenBy(r => r.Urgency).ToList();
        return new OpenNeedsView(counties, needs);
    }
}

/// <summary>The open requests of the map: per county, and per county, need and urgency.</summary>
public sealed record OpenNeedsView(IReadOnlyList<CountyRow> Counties, IReadOnlyList<NeedRow> Needs);

public sealed record CountyRow(string? Fips, string County, ShownCount Count);

public sealed record NeedRow(string? Fips, string County, string Need, Urgency Urgency, ShownCount Count)
{
    public NeedRow(string? fips, string county, string need, Urgency urgency, int count) : this(fips, county, need, urgency, new ShownCount(count))
    {
    }
}

/// <summary>A count as the public sees it: exact from <see cref="Least"/> up, "fewer than 3" below (never 1 or 2, so no home stands out).</summary>
public readonly record struct ShownCount(int Value)
{
    public const int Least = 3;

    public bool Small => Value is > 0 and < Least;

    /// <summary>The fill of the county on the map: 0 none, 1 fewer than 3, 2 from 3 to 9, 3 ten or more.</summary>
    public int Bucket => Value switch { 0 => 0, < Least => 1, < 10 => 2, _ => 3 };

    public override string ToString() => Small ? $"fewer than {Least}" : Value.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
