using System.Globalization;
using CarePortal.Web.Data;
using CarePortal.Web.Features.Organisations;
using CarePortal.Web.Features.Refusals;
using Microsoft.EntityFrameworkCore;

namespace CarePortal.Web.Features.Reports;

/// <summary>Turns the asker's scope and a filter into a <see cref="ReportPlan"/>; refuses (403, 404) what they may not see.</summary>
public sealed class ReportPlanner(AppDbContext db, Statements statements)
{
    private static readonly OrganisationKind[] TreeKinds = [OrganisationKind.Agency, OrganisationKind.Region, OrganisationKind.County, OrganisationKind.Office];

    public async Task<ReportPlan> PlanAsync(ReportScope scope, ReportFilter filter, CancellationToken ct)
    {
        if (scope.IsEmpty)
        {
            throw new RefusedException(StatusCodes.Status403Forbidden, "Forbidden",
                "Reports are for agency admins, regional managers, county representatives, supervisors, churches and the platform.");
        }

        var tree = await db.Organisations.AsNoTracking().Where(o => TreeKinds.Contains(o.Kind))
            .Select(o => new ReportNode(o.Id, o.Name, o.Kind, o.ParentId, o.TimeZone)).ToDictionaryAsync(o => o.Id, ct);
        var conditions = new List<string>();
        if (!scope.Platform && !scope.IsChurch)
        {
            var mine = scope.Organisations.Where(tree.ContainsKey).Select(id => tree[id]).ToList();
            conditions.Add("(" + string.Join(" OR ", mine.GroupBy(n => n.Kind).Select(g => $"r.\"{Column(g.Key)}\" IN ({ReportSql.Ids(g.Select(n => n.Id))})")
                .DefaultIfEmpty("FALSE")) + ")");
        }

        foreach (var (id, kind) in new[] { (filter.Agency, OrganisationKind.Agency), (filter.Region, OrganisationKind.Region), (filter.County, OrganisationKind.County), (filter.Office, OrganisationKind.Office) })
        {
            if (id is not { } value)
            {
                continue;
            }

            if (!tree.TryGetValue(value, out var node) || node.Kind != kind || !(scope.Platform || scope.IsChurch || Ancestry(tree, node).Any(a => scope.Organisations.Contains(a.Id))))
            {
                throw NotFound($"No {kind.ToString().ToLowerInvariant()} {value.ToString(CultureInfo.InvariantCulture)} among yours.");
            }

            conditions.Add($"r.\"{Column(kind)}\" = {value.ToString(CultureInfo.InvariantCulture)}");
        }

        IReadOnlyList<int>? churches = null;
        if (filter.Church is { } church)
        {
            if (scope.IsChurch ? !scope.Churches.Contains(church) : !await db.Churches.AnyAsync(c => c.Id == church, ct))
            {
                throw NotFound($"No church {church.ToString(CultureInfo.InvariantCulture)} among yours.");
            }

            churches = [church];
        }
        else if (scope.IsChurch)
        {
            churches = scope.Churches;
        }

        if (filter.Need is not null)
        {
            conditions.Add("r.\"Need\" = @need");
        }

        // Months are counted in each agency's own time zone: one set of boundaries per zone.
        var agencies = tree.Values.Where(n => n.Kind == OrganisationKind.Agency
            && (filter.Agency is null || n.Id == filter.Agency)
            && (scope.Platform || scope.IsChurch || scope.Organisations.Any(o => tree.TryGetValue(o, out var mine) && Ancestry(tree, mine).Last().Id == n.Id)));
        var zones = agencies.GroupBy(a => AgencyTimeZone.Of(a.TimeZone).Id)
            .Select(g => ReportMonths.Of(g.Key, [.. g.Select(a => a.Id).Order()], filter.From, filter.To)).ToList();
        var months = ReportMonths.Of(null, [], filter.From, filter.To).Labels;
        // The rollup has no church and no need: such a report reads the facts alone.
        var rollup = churches is null && filter.Need is null;
        return new ReportPlan(scope, filter, new ReportSql(statements.Dialect, conditions, zones, churches, rollup), filter.Need, tree, months);
    }

    private static IEnumerable<ReportNode> Ancestry(Dictionary<int, ReportNode> tree, ReportNode node)
    {
        for (ReportNode? at = node; at is not null; at = at.ParentId is { } parent && tree.TryGetValue(parent, out var up) ? up : null)
        {
            yield return at;
        }
    }

    private static string Column(OrganisationKind kind) => kind switch
    {
        OrganisationKind.Agency => "AgencyId",
        OrganisationKind.Region => "RegionId",
        OrganisationKind.County => "CountyId",
        _ => "OfficeId",
    };

    private static RefusedException NotFound(string detail) => new(StatusCodes.Status404NotFound, "Not found", detail);
}
