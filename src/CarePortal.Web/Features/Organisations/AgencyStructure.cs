using CarePortal.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace CarePortal.Web.Features.Organisations;

/// <summary>An agency's regions, counties and offices: read as a tree, and grown by rows (a region or county named again is the same one).</summary>
public sealed class AgencyStructure(AppDbContext db, IZipLocator zips)
{
    public IZipLocator Zips => zips;

    /// <summary>The agency's regions, counties and offices (three levels under it), tracked so that rows can be added to them.</summary>
    public async Task<List<Organisation>> UnderAsync(int agencyId, CancellationToken ct)
    {
        var regions = await db.Organisations.Where(o => o.ParentId == agencyId && o.Kind == OrganisationKind.Region).ToListAsync(ct);
        var regionIds = regions.Select(r => r.Id).ToList();
        var counties = await db.Organisations.Where(o => o.ParentId != null && regionIds.Contains(o.ParentId.Value) && o.Kind == OrganisationKind.County).ToListAsync(ct);
        var countyIds = counties.Select(c => c.Id).ToList();
        var offices = await db.Organisations.Where(o => o.ParentId != null && countyIds.Contains(o.ParentId.Value) && o.Kind == OrganisationKind.Office).ToListAsync(ct);
        return [.. regions, .. counties, .. offices];
    }

    /// <summary>Each existing county's region, by name, for <see cref="OfficeRow.Problems"/>.</summary>
    public static Dictionary<string, string> RegionOfCounty(IReadOnlyList<Organisation> under)
    {
        var regions = under.Where(o => o.Kind == OrganisationKind.Region).ToDictionary(r => r.Id, r => r.Name);
        return under.Where(o => o.Kind == OrganisationKind.County && o.ParentId is { } p && regions.ContainsKey(p))
            .DistinctBy(c => c.Name, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(c => c.Name, c => regions[c.ParentId!.Value], StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>Adds what the rows name and <paramref name="under"/> lacks (the caller checked the rows and saves); how many of each were made.</summary>
    public (int Regions, int Counties, int Offices) Add(Organisation agency, IReadOnlyList<OfficeRow> rows, IReadOnlyList<Organisation> under)
    {
        var made = (Regions: 0, Counties: 0, Offices: 0);
        var all = under.ToList();
        foreach (var row in rows.Where(r => !r.IsBlank))
        {
            var region = Find(all, OrganisationKind.Region, agency, row.Region!) ?? Make(all, OrganisationKind.Region, agency, row.Region!, null, ref made.Regions);
            var county = Find(all, OrganisationKind.County, region, row.County!) ?? Make(all, OrganisationKind.County, region, row.County!, null, ref made.Counties);
            if (row.HasOffice && Find(all, OrganisationKind.Office, county, row.Office!) is null)
            {
                Make(all, OrganisationKind.Office, county, row.Office!, zips.Known(row.Zip), ref made.Offices);
            }
        }

        return made;
    }

    private static Organisation? Find(List<Organisation> all, OrganisationKind kind, Organisation parent, string name) =>
        all.FirstOrDefault(o => o.Kind == kind && (o.Parent == parent || (parent.Id != 0 && o.ParentId == parent.Id))
            && o.Name.Equals(name.Trim(), StringComparison.OrdinalIgnoreCase));

    private Organisation Make(List<Organisation> all, OrganisationKind kind, Organisation parent, string name, string? zip, ref int count)
    {
        var child = new Organisation { Name = name.Trim(), Kind = kind, Parent = parent, Zip = zip };
        db.Organisations.Add(child);
        all.Add(child);
        count++;
        return child;
    }
}
