using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CarePortal.Web.Data;
using CarePortal.Web.Features.Churches;
using CarePortal.Web.Features.Reports;
using CarePortal.Web.Features.Requests;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace CarePortal.Web.Tests.Features.Reports;

/// <summary>
/// The monthly rollup changes no figure: the hand-worked ones of <see cref="ReportWorld"/> hold with it not built, built and
/// partly stale; a change in a rolled-up month shows at once and after the rebuild; two nodes build each month once; a new
/// time zone is read from the facts until the months are rebuilt in it.
/// </summary>
public abstract class ReportRollupTests<TApp>(TApp app) where TApp : CarePortalApp
{
    protected TApp App => app;

    /// <summary>The world's agency's months from its first fact (R9, 31 December 2025 in Chicago) to October, the last complete one on 2 November 2026.</summary>
    protected static readonly string[] WorldMonths = ["2025-12", "2026-01", "2026-02", "2026-03", "2026-04", "2026-05", "2026-06", "2026-07", "2026-08", "2026-09", "2026-10"];

    [Fact]
    public async Task The_hand_worked_figures_hold_with_the_rollup_not_built_built_and_partly_stale()
    {
        var world = await ReportWorld.SeedAsync(app);
        Assert.Empty(await RolledAsync(world));
        ReportWorld.AssertAgencySummary(await ReportAsync(world), world);

        Assert.Equal(WorldMonths, await BuildAsync(world));
        Assert.Equal(WorldMonths.Select(m => (m, "America/Chicago")), await RolledAsync(world));
        ReportWorld.AssertAgencySummary(await ReportAsync(world), world);
        // An office's supervisor and a county filter read the rollup's rows of their own; a need filter reads the facts alone.
        Assert.Equal(new Figures(4, 2, 0, 1, 1, 3, 300m), (await ReportAsync(world, world.Supervisor1)).Totals);
        Assert.Equal(new Figures(2, 1, 1, 0, 0, 4, 575m), (await ReportAsync(world, filter: $"&county={world.County2}")).Totals);
        Assert.Equal(new Figures(2, 2, 0, 0, 1, 3, 300m), (await ReportAsync(world, filter: "&need=bed")).Totals);
        // 15 January to 10 March: January and March partial (facts), February whole (rollup). R1 (31 January in Chicago), R2, R3,
        // R4 and the expired R6 (10 March); not R7, R8 or R9. Children 2 + 3, value 200 + 75.
        Assert.Equal(new Figures(4, 1, 1, 1, 1, 5, 275m), (await ReportAsync(world, range: "from=2026-01-15&to=2026-03-10")).Totals);
        var platform = await ReportAsync(world, DemoPeople.PlatformAdmin);
        Assert.Equal(new Figures(6, 3, 1, 1, 1, 7, 875m), platform.ByAgency.Single(a => a.Key == $"{world.Agency}").Figures);
        Assert.Equal(new Figures(1, 1, 0, 0, 0, 1, 777m), platform.ByAgency.Single(a => a.Key == $"{world.OtherAgency}").Figures);

        // Whole months are read from the rollup now: a dollar more in January's row shows in January and in the totals.
        await App.QueryAsync(db => db.Set<RollupRow>().Where(r => r.AgencyId == world.Agency && r.Month == "2026-01" && !r.Rated)
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.Cents, r => r.Cents + 100)));
        var tampered = await ReportAsync(world);
        Assert.Equal(201m, tampered.ByMonth.Single(m => m.Key == "2026-01").Figures.EconomicImpact);
        Assert.Equal(876m, tampered.Totals.EconomicImpact);

        // R1 (January) is rated 4, then 5 again: its facts end as they were, but January is stale, so it is read from the facts.
        var r1 = await RequestIdAsync(world, ReportWorld.Utc(2026, 2, 1, 5, 30));
        await SetRatingAsync(r1, 4);
        await SetRatingAsync(r1, 5);
        ReportWorld.AssertAgencySummary(await ReportAsync(world), world);

        // The rebuild makes January again from the facts (the extra dollar goes), and only January.
        Assert.Equal(["2026-01"], await BuildAsync(world));
        Assert.Equal(0, await StaleAsync(world));
        ReportWorld.AssertAgencySummary(await ReportAsync(world), world);
    }

    [Fact]
    public async Task A_change_in_a_rolled_up_month_shows_at_once_and_after_the_rebuild()
    {
        var world = await ReportWorld.SeedAsync(app);
        // R11: another open request on 20 February (Chicago), groceries 2 × 10.
        var r11 = await App.QueryAsync(async db =>
        {
            var caseworker = await db.Users.SingleAsync(u => u.Email == world.Caseworker);
            var request = new CareRequest
            {
                AgencyId = world.Agency, RegionId = world.Region, CountyId = world.County1, OfficeId = world.Office1, CaseworkerId = caseworker.Id, Need = "food",
                Description = world.Secret, Zip = "37902", State = RequestState.Open, CreatedAt = ReportWorld.Utc(2026, 2, 20, 18), SubmittedAt = ReportWorld.Utc(2026, 2, 20, 18),
                OpenedAt = ReportWorld.Utc(2026, 2, 20, 18), Items = [new RequestItem { Name = "Groceries", Quantity = 2, UnitValue = 10m }],
            };
            db.Requests.Add(request);
            await db.SaveChangesAsync();
            return request.Id;
        });
        Assert.Equal(WorldMonths, await BuildAsync(world));
        var built = await ReportAsync(world);
        Assert.Equal(new Figures(7, 3, 1, 1, 1, 7, 875m), built.Totals);
        Assert.Equal(new Figures(3, 0, 1, 1, 0, 3, 75m), built.ByMonth.Single(m => m.Key == "2026-02").Figures);

        // Church A answers R3 (February, not met) 6 hours after it opened: church A's row and the response times change at once.
        var r3 = await RequestIdAsync(world, ReportWorld.Utc(2026, 2, 20, 12));
        var pastorA = await App.UserIdAsync(world.PastorA);
        await App.QueryAsync(async db =>
        {
            db.ChurchResponses.Add(new ChurchResponse { CareRequestId = r3, ChurchId = world.ChurchA, UserId = pastorA, At = ReportWorld.Utc(2026, 2, 20, 18) });
            return await db.SaveChangesAsync();
        });
        var answered = await ReportAsync(world);
        Assert.Equal(new Figures(5, 3, 1, 1, 0, 7, 845m), answered.ByChurch.Single(c => c.Key == $"{world.ChurchA}").Figures);
        // 1 h, 2 h, 6 h, 10 h, 20 h, 30 h: median at rank 3 → 6 h, 90th percentile at rank ceil(5.4) = 6 → 30 h.
        Assert.Equal(new ResponseTimes(6, 6 * 3600, 30 * 3600), answered.ResponseTimes);
        Assert.Equal(built.Totals, answered.Totals);

        // R4 (March, open) is closed as partly met, none of its groceries given: one child served (none recorded), no value.
        var r4 = await RequestIdAsync(world, ReportWorld.Utc(2026, 3, 5, 12));
        var caseworker = await App.ClientForAsync(world.Caseworker);
        var groceries = await App.QueryAsync(db => db.RequestItems.Where(i => i.CareRequestId == r4).Select(i => i.Id).SingleAsync());
        var close = await caseworker.PostAsJsonAsync($"/api/requests/{r4}/close",
            new CloseInput(CloseOutcome.PartiallyMet, [new ItemGiven(groceries, 0)], ChildOutcomes: ["returned-home"], Rating: 4), Json.Options);
        Assert.True(close.StatusCode == HttpStatusCode.OK, await close.Content.ReadAsStringAsync());
        var closed = await ReportAsync(world);
        Assert.Equal(new Figures(7, 3, 2, 1, 1, 8, 875m), closed.Totals);
        Assert.Equal(new Figures(3, 2, 1, 0, 1, 3, 600m), closed.ByMonth.Single(m => m.Key == "2026-03").Figures);
        Assert.Equal([("5", 2L), ("4", 2L), ("3", 1L)], closed.Ratings.Select(r => (r.Key, r.Requests)));

        // R11 is cancelled: February loses it at once.
        var cancel = await caseworker.PostAsJsonAsync($"/api/requests/{r11}/cancel", new NoteInput("The family found groceries elsewhere."), Json.Options);
        Assert.True(cancel.StatusCode == HttpStatusCode.OK, await cancel.Content.ReadAsStringAsync());
        var cancelled = await ReportAsync(world);
        Assert.Equal(new Figures(6, 3, 2, 1, 1, 8, 875m), cancelled.Totals);
        Assert.Equal(new Figures(2, 0, 1, 1, 0, 3, 75m), cancelled.ByMonth.Single(m => m.Key == "2026-02").Figures);
        Assert.Equal(new Figures(2, 0, 2, 0, 0, 4, 30m), cancelled.ByChurch.Single(c => c.Key == $"{world.ChurchB}").Figures);

        // The rebuild makes February and March again; the report is the same, figure for figure.
        Assert.Equal(["2026-02", "2026-03"], await BuildAsync(world));
        Assert.Equal(0, await StaleAsync(world));
        Assert.Equal(JsonSerializer.Serialize(cancelled, Json.Options), JsonSerializer.Serialize(await ReportAsync(world), Json.Options));
    }

    [Fact]
    public async Task Two_nodes_rebuilding_at_once_build_each_month_once()
    {
        var world = await ReportWorld.SeedAsync(app);
        await using var other = new OtherNode(app);

        // Both nodes are asked for every month at the same moment, as two rounds that found the same months due would.
        using var start = new SemaphoreSlim(0);
        var builds = new[] { (CarePortalApp)app, other }.SelectMany(node => WorldMonths.Select(month => Task.Run(async () =>
        {
            await start.WaitAsync();
            await using var scope = node.Services.CreateAsyncScope();
            return await scope.ServiceProvider.GetRequiredService<ReportRollup>().BuildMonthAsync(world.Agency, "America/Chicago", month, CancellationToken.None) ? month : null;
        }))).ToList();
        start.Release(builds.Count);

        Assert.Equal(WorldMonths, (await Task.WhenAll(builds)).OfType<string>().Order(StringComparer.Ordinal));
        Assert.Empty(await BuildAsync(world));
        var duplicates = await App.QueryAsync(db => db.Set<RollupRow>().Where(r => r.AgencyId == world.Agency)
            .GroupBy(r => new { r.Month, r.Rated, r.OfficeId, r.Need, r.State, r.Rating, r.ChildOutcomes }).CountAsync(g => g.Count() > 1));
        Assert.Equal(0, duplicates);
        ReportWorld.AssertAgencySummary(await ReportAsync(world), world);
    }

    [Fact]
    public async Task A_new_time_zone_is_read_from_the_facts_until_its_months_are_rebuilt()
    {
        var world = await ReportWorld.SeedAsync(app);
        Assert.Equal(WorldMonths, await BuildAsync(world));

        var admin = await App.ClientForAsync(world.AgencyAdmin);
        var zone = await admin.PutAsJsonAsync($"/api/organisations/{world.Agency}/time-zone", new { timeZone = "" }, Json.Options);
        Assert.True(zone.StatusCode == HttpStatusCode.OK, await zone.Content.ReadAsStringAsync());

        // In UTC: January R9 (05:30 on 1 January, the bed 999, no child recorded so 1); February R1 R2 R3; March R4 R7 and the
        // expired R6; R8 (04:30 on 1 April) is April's. Value 999 + 200 + 75 + 500 = 1,774; children 1 + 2 + 3 + 1 = 7.
        void AssertUtc(ImpactReport report)
        {
            Assert.Equal(new Figures(6, 3, 1, 1, 1, 7, 1774m), report.Totals);
            Assert.Equal(
                [("2026-01", new Figures(1, 1, 0, 0, 0, 1, 999m)), ("2026-02", new Figures(3, 1, 1, 1, 0, 5, 275m)), ("2026-03", new Figures(2, 1, 0, 0, 1, 1, 500m))],
                report.ByMonth.Select(m => (m.Key, m.Figures)));
        }

        AssertUtc(await ReportAsync(world));
        // R9 (31 December in Chicago) is January's in UTC: the months now start in January.
        Assert.Equal(WorldMonths[1..], await BuildAsync(world));
        Assert.Equal(WorldMonths[1..].Select(m => (m, "UTC")), (await RolledAsync(world)).Where(m => m.TimeZone == "UTC"));
        // December stays built in Chicago's time, which no report matches any more.
        Assert.Equal([("2025-12", "America/Chicago")], (await RolledAsync(world)).Where(m => m.TimeZone != "UTC"));
        AssertUtc(await ReportAsync(world));
    }

    [Fact]
    public async Task A_node_with_the_background_job_builds_the_months_on_its_own()
    {
        var world = await ReportWorld.SeedAsync(app);
        Assert.Empty(await RolledAsync(world));

        // Another node on the same database, with the job on (the tests' nodes have it off): its first round runs at start.
        await using var node = new RollupNode(app);
        _ = node.Services;
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while ((await RolledAsync(world)).Count < WorldMonths.Length && DateTime.UtcNow < deadline)
        {
            await Task.Delay(200);
        }

        Assert.Equal(WorldMonths.Select(m => (m, "America/Chicago")), await RolledAsync(world));
        ReportWorld.AssertAgencySummary(await ReportAsync(world), world);
    }

    /// <summary>A node like <see cref="OtherNode"/>, with the rollup job running in the background as in production.</summary>
    private sealed class RollupNode(CarePortalApp first) : CarePortalApp
    {
        protected override string Provider => first.ProviderName;

        protected override string ConnectionString => first.DatabaseConnectionString;

        /// <summary>Nodes of one deployment share the certificate that encrypts the key ring (else each makes keys the other cannot read).</summary>
        public override string KeyFile => first.KeyFile;

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Reports:RollupInBackground", "true");
        }
    }

    protected Task<List<string>> BuildAsync(ReportWorld world) => BuildAsync(world, app);

    private static async Task<List<string>> BuildAsync(ReportWorld world, CarePortalApp node)
    {
        await using var scope = node.Services.CreateAsyncScope();
        var built = await scope.ServiceProvider.GetRequiredService<ReportRollup>().RunAsync(CancellationToken.None);
        return [.. built.Where(b => b.Agency == world.Agency).Select(b => b.Month)];
    }

    protected async Task<ImpactReport> ReportAsync(ReportWorld world, string? email = null, string filter = "", string? range = null)
    {
        var client = await app.ClientForAsync(email ?? world.AgencyAdmin);
        var response = await client.GetAsync(new Uri($"/api/reports?{range ?? ReportWorld.Range}{filter}", UriKind.Relative));
        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<ImpactReport>(Json.Options))!;
    }

    protected Task<int> RequestIdAsync(ReportWorld world, DateTimeOffset opened) =>
        app.QueryAsync(db => db.Requests.Where(r => r.AgencyId == world.Agency && r.OpenedAt == opened).Select(r => r.Id).SingleAsync());

    protected Task<int> StaleAsync(ReportWorld world) => app.QueryAsync(db => db.Set<StaleFact>().CountAsync(s => s.AgencyId == world.Agency));

    private Task<List<(string Month, string TimeZone)>> RolledAsync(ReportWorld world) => app.QueryAsync(async db =>
        (await db.Set<RollupMonth>().Where(m => m.AgencyId == world.Agency).OrderBy(m => m.Month).ToListAsync()).Select(m => (m.Month, m.TimeZone)).ToList());

    private Task<int> SetRatingAsync(int requestId, int rating) => app.QueryAsync(async db =>
    {
        var request = await db.Requests.SingleAsync(r => r.Id == requestId);
        request.Rating = rating;
        return await db.SaveChangesAsync();
    });
}

public sealed class ReportRollupTests_Sqlite(SqliteApp app) : ReportRollupTests<SqliteApp>(app), IClassFixture<SqliteApp>;

[Trait("Tier", "Postgres")]
public sealed class ReportRollupTests_Postgres(PostgresApp app) : ReportRollupTests<PostgresApp>(app), IClassFixture<PostgresApp>
{
    /// <summary>
    /// A save still open while a rebuild of its month runs: the rebuild neither waits for it nor deletes its marker (not yet
    /// committed, so not seen), and once the save commits its month is read from the facts again: the change is not lost.
    /// </summary>
    [Fact]
    public async Task A_change_committed_after_a_rebuild_read_the_facts_is_not_lost()
    {
        var world = await ReportWorld.SeedAsync(App);
        await BuildAsync(world);
        // March is made stale by a committed change (R7 rated 4, then 5 again), so the next round rebuilds it.
        var r7 = await RequestIdAsync(world, ReportWorld.Utc(2026, 3, 15, 12));
        foreach (var rating in new[] { 4, 5 })
        {
            await App.QueryAsync(async db =>
            {
                var request = await db.Requests.SingleAsync(r => r.Id == r7);
                request.Rating = rating;
                return await db.SaveChangesAsync();
            });
        }

        // Meanwhile a save closes R4 (March, open) as fully met, and has not committed yet.
        var r4 = await RequestIdAsync(world, ReportWorld.Utc(2026, 3, 5, 12));
        await using var connection = new Npgsql.NpgsqlConnection(App.DatabaseConnectionString);
        await connection.OpenAsync();
        await using var save = await connection.BeginTransactionAsync();
        await using (var close = new Npgsql.NpgsqlCommand(
            $"""UPDATE "Requests" SET "State" = 'ClosedFullyMet', "Rating" = 5, "ChildOutcomes" = 'returned-home' WHERE "Id" = {r4}; """
            + RequestFactsSql.Refresh(SqlDialect.Postgres, [r4]), connection, save))
        {
            await close.ExecuteNonQueryAsync();
        }

        var rebuild = BuildAsync(world);
        Assert.Same(rebuild, await Task.WhenAny(rebuild, Task.Delay(TimeSpan.FromSeconds(30))));
        Assert.Equal(["2026-03"], await rebuild);
        ReportWorld.AssertAgencySummary(await ReportAsync(world), world);

        await save.CommitAsync();
        // R4 fully met: groceries 80, no child recorded so 1.
        var report = await ReportAsync(world);
        Assert.Equal(new Figures(6, 4, 1, 1, 1, 8, 955m), report.Totals);
        Assert.Equal(new Figures(3, 3, 0, 0, 1, 3, 680m), report.ByMonth.Single(m => m.Key == "2026-03").Figures);
        Assert.Equal(["2026-03"], await BuildAsync(world));
        Assert.Equal(new Figures(6, 4, 1, 1, 1, 8, 955m), (await ReportAsync(world)).Totals);
    }
}
