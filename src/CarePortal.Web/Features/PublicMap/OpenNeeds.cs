using CarePortal.Web.Data;
using CarePortal.Web.Features.Organisations;
using CarePortal.Web.Features.Requests;
using Microsoft.EntityFrameworkCore;

namespace CarePortal.Web.Features.PublicMap;

/// <summary>
/// How many requests are open, by county, need and urgency, for anyone: counts only (never a home, never a word of a
/// request), each under <see cref="ShownCount.Least"/> said as "fewer than 3", and a county's total no more exact than its rows
/// (<see cref="ShownTotal"/>), so no hidden count is had by subtraction. One GROUP BY; the names of the counties after.
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
        var needs = rows.GroupBy(r => (r.Fips, r.County, r.Need, r.Urgency))
            .Select(g => new NeedRow(g.Key.Fips, g.Key.County, g.Key.Need, g.Key.Urgency, g.Sum(r => r.Count.Value)))
            .OrderBy(r => r.County, StringComparer.Ordinal).ThenBy(r => r.Need, StringComparer.Ordinal).ThenBy(r => r.Urgency).ToList();
        var counties = needs.GroupBy(r => (r.Fips, r.County))
            .Select(g => new CountyRow(g.Key.Fips, g.Key.County, ShownTotal.Of(g.Select(r => r.Count))))
            .OrderBy(c => c.County, StringComparer.Ordinal).ToList();
        return new OpenNeedsView(counties, needs);
    }
}

/// <summary>The open requests of the map: per county, and per county, need and urgency.</summary>
public sealed record OpenNeedsView(IReadOnlyList<CountyRow> Counties, IReadOnlyList<NeedRow> Needs);

public sealed record CountyRow(string? Fips, string County, ShownTotal Count);

public sealed record NeedRow(string? Fips, string County, string Need, Urgency Urgency, ShownCount Count)
{
    public NeedRow(string? fips, string county, string need, Urgency urgency, int count) : this(fips, county, need, urgency, new ShownCount(count))
    {
    }
}
