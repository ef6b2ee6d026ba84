using System.Globalization;
using CarePortal.Web.Data;
using CarePortal.Web.Features.Requests;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CarePortal.Web.Features.Reports;

/// <summary>Runs a plan's statements and puts their rows together into the report.</summary>
public sealed class ReportRun(AppDbContext db, Statements statements, TimeProvider clock, IOptions<ReportsOptions> options)
{
    /// <summary>The statements a report runs, named, for the benchmark's EXPLAIN ANALYZE.</summary>
    public IReadOnlyList<(string Name, string Sql)> StatementsOf(ReportPlan plan) =>
    [
        ("summary (cube, ratings and outcomes)", plan.Sql.Summary()), ("response times", plan.Sql.ResponseTimes()),
        ("churches", plan.Sql.Churches()), ("connections", plan.Sql.Connections(Today())), ("unclosed", plan.Sql.Unclosed(UnclosedBefore(), options.Value.UnclosedLimit)),
    ];

    public async Task<ImpactReport> RunAsync(ReportPlan plan, CancellationToken ct)
    {
        // The summary, the response times and the churches (the largest statements) start beside the others where the
        // provider runs several at once (PostgreSQL: independent, and the server works on them together).
        var summaryTask = await statements.StartAsync(plan.Sql.Summary(), r => r, ct, plan.Parameters);
        var timesTask = await statements.StartAsync(plan.Sql.ResponseTimes(), r => new ResponseTimes(ReportCube.Number(r[0]), Double(r[1]), Double(r[2])), ct, plan.Parameters);
        var churchesTask = await statements.StartAsync(plan.Sql.Churches(), r => (Id: Convert.ToInt32(r[0], CultureInfo.InvariantCulture),
            Figures: new Figures(ReportCube.Number(r[1]), ReportCube.Number(r[2]), ReportCube.Number(r[3]), ReportCube.Number(r[4]), ReportCube.Number(r[5]),
                ReportCube.Number(r[6]), ReportCube.Number(r[7]) / 100m)), ct, plan.Parameters);

        List<(int Id, Figures Figures)> byChurch;
        Dictionary<int, string> churchNames;
        List<ConnectionFigures> connections;
        List<UnclosedRequest> unclosed;
        try
        {
            // The connections and unclosed requests on this connection while the churches' statement runs on its own.
            connections = await statements.ReadAsync(plan.Sql.Connections(Today()), Connection, ct, plan.Parameters);
            unclosed = plan.Scope.IsChurch ? [] : await statements.ReadAsync(plan.Sql.Unclosed(UnclosedBefore(), options.Value.UnclosedLimit), r => Unclosed(plan, r), ct, plan.Parameters);
            byChurch = await churchesTask;
            var churchIds = byChurch.Select(c => c.Id).ToList();
            churchNames = await db.Organisations.AsNoTracking().Where(o => churchIds.Contains(o.Id)).ToDictionaryAsync(o => o.Id, o => o.Name, ct);
        }
        catch
        {
            await ((Task)summaryTask).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            await ((Task)timesTask).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            await ((Task)churchesTask).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            throw;
        }

        var times = (await timesTask).Single();
        var cube = ReportCube.Of(plan, await summaryTask);
        var ratings = new Dictionary<string, long>();
        var outcomes = Needs.ChildOutcomes.ToDictionary(o => o, _ => 0L);
        foreach (var (rating, recorded, count) in cube.Rated)
        {
            var key = rating?.ToString(CultureInfo.InvariantCulture) ?? "none";
            ratings[key] = ratings.GetValueOrDefault(key) + count;
            foreach (var outcome in recorded.Split(',', StringSplitOptions.RemoveEmptyEntries))
            {
                outcomes[outcome] = outcomes.GetValueOrDefault(outcome) + count;
            }
        }

        return new ImpactReport(plan.Filter, plan.Audience, cube.Totals, times,
            [.. plan.Months.Select(m => new Breakdown(m, m, ReportCube.Sum(cube.Rows.Where(c => c.Month == m))))],
            cube.By(plan, c => c.Agency), cube.By(plan, c => c.Region), cube.By(plan, c => c.County), cube.By(plan, c => c.Office),
            [.. cube.Rows.GroupBy(c => c.Need).Select(g => new Breakdown(g.Key, g.Key, ReportCube.Sum(g))).OrderByDescending(b => b.Figures.Opened).ThenBy(b => b.Key, StringComparer.Ordinal)],
            [.. byChurch.Select(c => new Breakdown(c.Id.ToString(CultureInfo.InvariantCulture), churchNames.GetValueOrDefault(c.Id, "?"), c.Figures))
                .OrderByDescending(b => b.Figures.EconomicImpact).ThenBy(b => b.Label, StringComparer.Ordinal)],
            [.. ratings.OrderByDescending(r => r.Key, StringComparer.Ordinal).Select(r => new Tally(r.Key, r.Value))],
            [.. outcomes.Select(o => new Tally(o.Key, o.Value))],
            [.. connections.OrderBy(c => c.Kind, StringComparer.Ordinal)],
            unclosed);
    }

    private static ConnectionFigures Connection(object[] r) => new((string)r[0], ReportCube.Number(r[1]), ReportCube.Number(r[2]),
        [.. ConnectionFigures.Days.Select((d, i) => new ConnectionStage(d, ReportCube.Number(r[3 + (6 * i)]), ReportCube.Number(r[4 + (6 * i)]), ReportCube.Number(r[5 + (6 * i)]),
            ReportCube.Number(r[6 + (6 * i)]), ReportCube.Number(r[7 + (6 * i)]), ReportCube.Number(r[8 + (6 * i)])))]);

    private UnclosedRequest Unclosed(ReportPlan plan, object[] r)
    {
        var last = statements.Dialect.ReadTime(r[6]);
        return new UnclosedRequest(Convert.ToInt32(r[0], CultureInfo.InvariantCulture), (string)r[1], plan.Name(Convert.ToInt32(r[4], CultureInfo.InvariantCulture), "No office"),
            plan.Name(Convert.ToInt32(r[3], CultureInfo.InvariantCulture), "?"), r[5] is DBNull ? null : statements.Dialect.ReadTime(r[5]), last,
            (int)(clock.GetUtcNow() - last).TotalDays);
    }

    private DateOnly Today() => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

    private DateTimeOffset UnclosedBefore() => clock.GetUtcNow() - TimeSpan.FromDays(options.Value.UnclosedAfterDays);

    private static double? Double(object value) => value is DBNull ? null : Convert.ToDouble(value, CultureInfo.InvariantCulture);
}
