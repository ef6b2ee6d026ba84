using System.Data.Common;
using System.Globalization;
using System.Security.Claims;
using CarePortal.Web.Data;
using CarePortal.Web.Features.Churches;
using CarePortal.Web.Features.Organisations;
using CarePortal.Web.Features.Refusals;
using CarePortal.Web.Features.Requests;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CarePortal.Web.Features.Reports;

/// <summary>Builds a report for the person asking, from GROUP BY queries (<see cref="ReportSql"/>); refuses what they may not see.</summary>
public sealed class ImpactReports(AppDbContext db, Responses responses, TimeProvider clock, IOptions<ReportsOptions> options)
{
    private static readonly OrganisationKind[] TreeKinds = [OrganisationKind.Agency, OrganisationKind.Region, OrganisationKind.County, OrganisationKind.Office];

    /// <summary>Who the user is for reports; empty when they see none (then every report answers 403).</summary>
    public async Task<ReportScope> ScopeOfAsync(ClaimsPrincipal user, CancellationToken ct) =>
        ReportScope.Of(user, user.Identity?.IsAuthenticated == true ? await responses.ChurchesOfAsync(user, ct) : []);

    public async Task<ImpactReport> BuildAsync(ClaimsPrincipal user, ReportFilter filter, CancellationToken ct)
    {
        var scope = await ScopeOfAsync(user, ct);
        var plan = await PlanAsync(scope, filter, ct);
        return await RunAsync(plan, ct);
    }

    /// <summary>Totals only, for the public page: the platform's, an agency's or a church's, with no request in sight.</summary>
    public async Task<(string Name, Figures Totals)?> PublicAsync(int? organisationId, DateOnly from, DateOnly to, CancellationToken ct)
    {
        var filter = new ReportFilter(from, to, null, null, null, null, null, null);
        ReportScope scope;
        string name;
        if (organisationId is not { } id)
        {
            (scope, name) = (new ReportScope(true, [], []), "CarePortal");
        }
        else
        {
            var organisation = await db.Organisations.AsNoTracking().SingleOrDefaultAsync(o => o.Id == id, ct);
            if (organisation is null || organisation.Kind is not (OrganisationKind.Agency or OrganisationKind.Church)
                || (organisation.Kind == OrganisationKind.Church && !await db.Churches.AnyAsync(c => c.Id == id && c.Active, ct)))
            {
                return null;
            }

            scope = organisation.Kind == OrganisationKind.Church ? new ReportScope(false, [], [id]) : new ReportScope(false, [id], []);
            name = organisation.Name;
        }

        var plan = await PlanAsync(scope, filter, ct);
        var (cube, _) = await SummaryAsync(plan, false, ct);
        return (name, cube.Aggregate(Figures.None, (sum, row) => sum.Plus(row.Figures)));
    }

    /// <summary>The statements a report runs, for the benchmark's EXPLAIN ANALYZE.</summary>
    public async Task<IReadOnlyList<(string Name, string Sql)>> StatementsAsync(ClaimsPrincipal user, ReportFilter filter, CancellationToken ct)
    {
        var plan = await PlanAsync(await ScopeOfAsync(user, ct), filter, ct);
        return
        [
            ("summary (cube, ratings and outcomes)", plan.Sql.Summary()), ("response times", plan.Sql.ResponseTimes()),
            ("churches", plan.Sql.Churches()), ("connections", plan.Sql.Connections(Today())), ("unclosed", plan.Sql.Unclosed(UnclosedBefore(), options.Value.UnclosedLimit)),
        ];
    }

    private DateOnly Today() => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

    private DateTimeOffset UnclosedBefore() => clock.GetUtcNow() - TimeSpan.FromDays(options.Value.UnclosedAfterDays);

    private sealed record Plan(ReportScope Scope, ReportFilter Filter, ReportSql Sql, string? Need, IReadOnlyDictionary<int, Node> Tree, IReadOnlyList<string> Months);

    private sealed record Node(int Id, string Name, OrganisationKind Kind, int? ParentId, string? TimeZone);

    private async Task<Plan> PlanAsync(ReportScope scope, ReportFilter filter, CancellationToken ct)
    {
        if (scope.IsEmpty)
        {
            throw new RefusedException(StatusCodes.Status403Forbidden, "Forbidden",
                "Reports are for agency admins, regional managers, county representatives, supervisors, churches and the platform.");
        }

        var tree = await db.Organisations.AsNoTracking().Where(o => TreeKinds.Contains(o.Kind))
            .Select(o => new Node(o.Id, o.Name, o.Kind, o.ParentId, o.TimeZone)).ToDictionaryAsync(o => o.Id, ct);
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
        return new Plan(scope, filter, new ReportSql(SqlDialect.For(db), conditions, zones, churches, rollup), filter.Need, tree, months);
    }

    private async Task<ImpactReport> RunAsync(Plan plan, CancellationToken ct)
    {
        // On PostgreSQL the summary, the response times and the churches (the largest statements) run on connections of
        // their own beside the others: they are independent, and the server works on them at once. SQLite: one after the other.
        var aside = db is PostgresAppDbContext;
        var summaryTask = await InTurn(SummaryAsync(plan, aside, ct), aside);
        var timesTask = await InTurn(QueryAsync(plan, plan.Sql.ResponseTimes(), r => new ResponseTimes(Long(r[0]), Double(r[1]), Double(r[2])), ct, aside), aside);
        var churchesTask = await InTurn(QueryAsync(plan, plan.Sql.Churches(), r => (Id: Convert.ToInt32(r[0], CultureInfo.InvariantCulture),
            Figures: new Figures(Long(r[1]), Long(r[2]), Long(r[3]), Long(r[4]), Long(r[5]), Long(r[6]), Long(r[7]) / 100m)), ct, aside), aside);

        var dialect = SqlDialect.For(db);
        ResponseTimes times;
        List<(int Id, Figures Figures)> byChurch;
        Dictionary<int, string> churchNames;
        List<ConnectionFigures> connections;
        List<UnclosedRequest> unclosed;
        try
        {
            // The connections and unclosed requests on this connection while the churches' statement runs on its own.
            connections = await QueryAsync(plan, plan.Sql.Connections(Today()), r => new ConnectionFigures((string)r[0], Long(r[1]), Long(r[2]),
                [.. ConnectionFigures.Days.Select((d, i) => new ConnectionStage(d, Long(r[3 + (6 * i)]), Long(r[4 + (6 * i)]), Long(r[5 + (6 * i)]),
                    Long(r[6 + (6 * i)]), Long(r[7 + (6 * i)]), Long(r[8 + (6 * i)])))]), ct);
            unclosed = plan.Scope.IsChurch ? [] : await QueryAsync(plan, plan.Sql.Unclosed(UnclosedBefore(), options.Value.UnclosedLimit), r =>
            {
                var last = dialect.ReadTime(r[6]);
                return new UnclosedRequest(Convert.ToInt32(r[0], CultureInfo.InvariantCulture), (string)r[1], Name(plan, Convert.ToInt32(r[4], CultureInfo.InvariantCulture), "No office"),
                    Name(plan, Convert.ToInt32(r[3], CultureInfo.InvariantCulture), "?"), r[5] is DBNull ? null : dialect.ReadTime(r[5]), last,
                    (int)(clock.GetUtcNow() - last).TotalDays);
            }, ct);
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

        times = (await timesTask).Single();

        var (cube, rated) = await summaryTask;
        var ratings = new Dictionary<string, long>();
        var outcomes = Needs.ChildOutcomes.ToDictionary(o => o, _ => 0L);
        foreach (var (rating, recorded, count) in rated)
        {
            var key = rating?.ToString(CultureInfo.InvariantCulture) ?? "none";
            ratings[key] = ratings.GetValueOrDefault(key) + count;
            foreach (var outcome in recorded.Split(',', StringSplitOptions.RemoveEmptyEntries))
            {
                outcomes[outcome] = outcomes.GetValueOrDefault(outcome) + count;
            }
        }

        return new ImpactReport(plan.Filter, Audience(plan), cube.Aggregate(Figures.None, (sum, row) => sum.Plus(row.Figures)), times,
            [.. plan.Months.Select(m => new Breakdown(m, m, Sum(cube.Where(c => c.Month == m))))],
            By(plan, cube, c => c.Agency), By(plan, cube, c => c.Region), By(plan, cube, c => c.County), By(plan, cube, c => c.Office),
            [.. cube.GroupBy(c => c.Need).Select(g => new Breakdown(g.Key, g.Key, Sum(g))).OrderByDescending(b => b.Figures.Opened).ThenBy(b => b.Key, StringComparer.Ordinal)],
            [.. byChurch.Select(c => new Breakdown(c.Id.ToString(CultureInfo.InvariantCulture), churchNames.GetValueOrDefault(c.Id, "?"), c.Figures))
                .OrderByDescending(b => b.Figures.EconomicImpact).ThenBy(b => b.Label, StringComparer.Ordinal)],
            [.. ratings.OrderByDescending(r => r.Key, StringComparer.Ordinal).Select(r => new Tally(r.Key, r.Value))],
            [.. outcomes.Select(o => new Tally(o.Key, o.Value))],
            [.. connections.OrderBy(c => c.Kind, StringComparer.Ordinal)],
            unclosed);
    }

    /// <summary>Waits for a statement at once unless it runs on a connection of its own (two on one connection may not overlap).</summary>
    private static async Task<Task<T>> InTurn<T>(Task<T> statement, bool aside)
    {
        if (!aside)
        {
            await statement;
        }

        return statement;
    }

    private sealed record CubeRow(string Month, int Agency, int Region, int County, int Office, string Need, Figures Figures);

    /// <summary>The summary's two sets: the cube (region and agency from the county's place in the tree), and met requests by rating and outcomes.</summary>
    private async Task<(List<CubeRow> Cube, List<(int? Rating, string Outcomes, long Requests)> Rated)> SummaryAsync(Plan plan, bool aside, CancellationToken ct)
    {
        var cube = new List<CubeRow>();
        var rated = new List<(int?, string, long)>();
        foreach (var r in await QueryAsync(plan, plan.Sql.Summary(), r => r, ct, aside))
        {
            var state = Enum.Parse<RequestState>((string)r[5]);
            var requests = Long(r[8]);
            if (Long(r[0]) == 0)
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
                    Count(RequestState.ClosedNotMet), Count(RequestState.ExpiredNotApproved), Long(r[9]), Long(r[10]) / 100m)));
        }

        return (cube, rated);
    }

    private static List<Breakdown> By(Plan plan, List<CubeRow> cube, Func<CubeRow, int> key) =>
        [.. cube.GroupBy(key).Select(g => new Breakdown(g.Key.ToString(CultureInfo.InvariantCulture), Name(plan, g.Key, "No office"), Sum(g)))
            .OrderBy(b => b.Label, StringComparer.Ordinal)];

    private static Figures Sum(IEnumerable<CubeRow> rows) => rows.Aggregate(Figures.None, (sum, row) => sum.Plus(row.Figures));

    private static string Name(Plan plan, int id, string none) => plan.Tree.TryGetValue(id, out var node) ? node.Name : none;

    private static string Audience(Plan plan) => plan.Scope switch
    {
        { Platform: true } => "the platform",
        { IsChurch: true } => "your church's responses",
        _ => string.Join(", ", plan.Scope.Organisations.Select(id => Name(plan, id, "?"))),
    };

    /// <summary>Runs a report statement on the context's connection, or <paramref name="aside"/> on a new one to the same database.</summary>
    private async Task<List<T>> QueryAsync<T>(Plan plan, string sql, Func<object[], T> read, CancellationToken ct, bool aside = false)
    {
        if (aside && db.Database.GetDbConnection() is ICloneable same)
        {
            await using var own = (DbConnection)same.Clone();
            await own.OpenAsync(ct);
            // Percentiles sort a year of response times (~10 MB on 1M requests): in memory, not spilled to disk.
            await using var transaction = await own.BeginTransactionAsync(ct);
            await using (var workMem = own.CreateCommand())
            {
                workMem.Transaction = transaction;
                workMem.CommandText = "SET LOCAL work_mem = '32MB'; SET LOCAL max_parallel_workers_per_gather = 0";
                await workMem.ExecuteNonQueryAsync(ct);
            }

            var rows = await ReadAsync(own, plan, sql, read, ct, transaction);
            await transaction.CommitAsync(ct);
            return rows;
        }

        await db.Database.OpenConnectionAsync(ct);
        try
        {
            return await ReadAsync(db.Database.GetDbConnection(), plan, sql, read, ct);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    private static async Task<List<T>> ReadAsync<T>(DbConnection connection, Plan plan, string sql, Func<object[], T> read, CancellationToken ct, DbTransaction? transaction = null)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        if (plan.Need is not null)
        {
            var need = command.CreateParameter();
            need.ParameterName = "need";
            need.Value = plan.Need;
            command.Parameters.Add(need);
        }

        var rows = new List<T>();
        await using DbDataReader reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            var values = new object[reader.FieldCount];
            reader.GetValues(values);
            rows.Add(read(values));
        }

        return rows;
    }

    private static long Long(object value) => value is DBNull ? 0 : Convert.ToInt64(value, CultureInfo.InvariantCulture);

    private static double? Double(object value) => value is DBNull ? null : Convert.ToDouble(value, CultureInfo.InvariantCulture);

    private static IEnumerable<Node> Ancestry(IReadOnlyDictionary<int, Node> tree, Node node)
    {
        for (Node? at = node; at is not null; at = at.ParentId is { } parent && tree.TryGetValue(parent, out var up) ? up : null)
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

/// <summary>Section <c>Reports</c>: when an open request counts as left unclosed, and how many such a report lists.</summary>
public sealed class ReportsOptions
{
    public int UnclosedAfterDays { get; set; } = 14;

    public int UnclosedLimit { get; set; } = 200;

    /// <summary>Whether this node rebuilds the monthly rollup in the background (every node may: they share the months).</summary>
    public bool RollupInBackground { get; set; } = true;

    /// <summary>How often the rollup looks for months to build; until then a changed month is read from the facts.</summary>
    public TimeSpan RollupInterval { get; set; } = TimeSpan.FromMinutes(5);
}
