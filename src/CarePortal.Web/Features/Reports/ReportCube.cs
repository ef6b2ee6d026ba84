using System.Globalization;
using CarePortal.Web.Features.Requests;

namespace CarePortal.Web.Features.Reports;

/// <summary>One row of the summary's cube: requests of a month, county, office, need and state (region and agency from the tree).</summary>
public sealed record CubeRow(string Month, int Agency, int Region, int County, int Office, string Need, Figures Figures);

/// <summary>The summary statement's two sets (<c>ReportSql.Summary</c>): the cube, and met requests by rating and outcomes.</summary>
public sealed record ReportCube(IReadOnlyList<CubeRow> Rows, IReadOnlyList<(int? Rating, string Outcomes, long Requests)> Rated)
{
    public Figures Totals => Sum(Rows);

    public static ReportCube Of(ReportPlan plan, IEnumerable<object[]> summary)
    {
        var cube = new List<CubeRow>();
        var rated = new List<(int?, string, long)>();
        foreach (var r in summary)
        {
            var state = Enum.Parse<RequestState>((string)r[5]);
            var requests = Number(r[8]);
            if (Number(r[0]) == 0)
            {
                if (state is RequestState.ClosedFullyMet or RequestState.ClosedPartiallyMet)
                {
                    rated.Add((r[6] is DBNull ? null : Convert.ToInt32(r[6], CultureInfo.InvariantCulture), r[7] as string ?? "", requests));
                }

                continue;
            }

            var county = Convert.ToInt32(r[2], CultureInfo.InvariantCulture);
            var region = plan.Tree.TryGetValue(county, out var c) ? c.ParentId ?? 0 : 0;
            var agency = plan.Tree.TryGetValue(region, out var g) ? g.ParentId ?? 0 : 0;
            long Count(RequestState s) => state == s ? requests : 0;
            cube.Add(new CubeRow((string)r[1], agency, region, county, Convert.ToInt32(r[3], CultureInfo.InvariantCulture), (string)r[4],
                new Figures(state == RequestState.ExpiredNotApproved ? 0 : requests, Count(RequestState.ClosedFullyMet), Count(RequestState.ClosedPartiallyMet),
                    Count(RequestState.ClosedNotMet), Count(RequestState.ExpiredNotApproved), Number(r[9]), Number(r[10]) / 100m)));
        }

        return new ReportCube(cube, rated);
    }

    /// <summary>The cube cut by one dimension, named from the tree, in name order.</summary>
    public List<Breakdown> By(ReportPlan plan, Func<CubeRow, int> key) =>
        [.. Rows.GroupBy(key).Select(g => new Breakdown(g.Key.ToString(CultureInfo.InvariantCulture), plan.Name(g.Key, "No office"), Sum(g)))
            .OrderBy(b => b.Label, StringComparer.Ordinal)];

    public static Figures Sum(IEnumerable<CubeRow> rows) => rows.Aggregate(Figures.None, (sum, row) => sum.Plus(row.Figures));

    public static long Number(object value) => value is DBNull ? 0 : Convert.ToInt64(value, CultureInfo.InvariantCulture);
}
