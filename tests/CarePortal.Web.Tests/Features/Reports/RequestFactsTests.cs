using System.Net;
using System.Net.Http.Json;
using CarePortal.Web.Data;
using CarePortal.Web.Features.Churches;
using CarePortal.Web.Features.Reports;
using CarePortal.Web.Features.Requests;
using CarePortal.Web.Tests.Features.Churches;
using CarePortal.Web.Tests.Features.Requests;
using Microsoft.EntityFrameworkCore;
using Xunit;

namespace CarePortal.Web.Tests.Features.Reports;

/// <summary>
/// The facts the reports read are kept in the same save as the change that moves them (responses, partial close, cancel,
/// expiry), and the migration's backfill makes the same facts from the rows alone.
/// </summary>
public abstract class RequestFactsTests<TApp>(TApp app) where TApp : CarePortalApp
{
    private readonly ChurchesClient churches = new(app);

    protected TApp App => app;

    [Fact]
    public async Task The_backfill_computes_the_facts_the_saves_kept()
    {
        var world = await ReportWorld.SeedAsync(app);
        var kept = await FactsAsync(world);

        await app.QueryAsync(db => db.Database.ExecuteSqlRawAsync(RequestFactsSql.Backfill(SqlDialect.For(db))));
        var backfilled = await FactsAsync(world);

        // R1 to R10 less the cancelled one; R2 partly met by two churches: 3 children, 1 coat × 45 + shoes 30, first response 1 h (church B).
        Assert.Equal(9, kept.Requests.Count);
        var r2 = kept.Requests.Single(f => f.State == RequestState.ClosedPartiallyMet);
        Assert.Equal((3, 7500L, 3600.0), (r2.Children, r2.Cents, r2.FirstResponseSeconds));
        Assert.Equal([(world.ChurchA, 4500L, 4 * 3600.0), (world.ChurchB, 3000L, 3600.0)],
            kept.Churches.Where(c => c.RequestId == r2.RequestId).OrderBy(c => c.ChurchId).Select(c => (c.ChurchId, c.Cents, c.FirstResponseSeconds!.Value)));
        // The rent request has no child recorded: one served. The expired one counts by when it was submitted and has no response time.
        Assert.Equal(1, kept.Requests.Single(f => f.Need == "rent").Children);
        var expired = kept.Requests.Single(f => f.State == RequestState.ExpiredNotApproved);
        Assert.Equal((ReportWorld.Utc(2026, 3, 10, 12), 0L, (double?)null), (expired.CountedAt, expired.Cents, expired.FirstResponseSeconds));
        Assert.Equal(Describe(kept), Describe(backfilled));
    }

    [Fact]
    public async Task Facts_follow_a_request_through_two_churches_responses_and_a_partial_close()
    {
        await churches.RetireAllAsync();
        var first = await churches.OnboardAsync("37402");
        var second = await churches.OnboardAsync("37403");
        var (request, agency) = await churches.OpenAsync("37402", radius: 5, churches: 2,
            items: [new ItemInput("Winter coat", 2, 45m), new ItemInput("Shoes", 1, 30m)]);
        var coat = request.Items.Single(i => i.Name == "Winter coat").Id;
        var shoes = request.Items.Single(i => i.Name == "Shoes").Id;
        var opened = await FactAsync(request.Id);
        Assert.Equal((RequestState.Open, 0, 0L, (double?)null), (opened!.State, opened.Children, opened.Cents, opened.FirstResponseSeconds));

        app.Clock.Advance(TimeSpan.FromHours(2));
        await RespondAsync(first.PointPerson, request.Id, coat);
        app.Clock.Advance(TimeSpan.FromHours(1));
        await RespondAsync(second.PointPerson, request.Id, shoes);
        var responded = await FactAsync(request.Id);
        Assert.Equal(2 * 3600.0, responded!.FirstResponseSeconds);
        Assert.Equal(0L, responded.Cents);

        // One coat of two and the shoes were given.
        var caseworker = await app.ClientForAsync(agency.Caseworker);
        var close = await caseworker.PostAsJsonAsync($"/api/requests/{request.Id}/close",
            new CloseInput(CloseOutcome.PartiallyMet, [new ItemGiven(coat, 1), new ItemGiven(shoes, 1)], ChildOutcomes: ["returned-home"], Rating: 4), Json.Options);
        Assert.Equal(HttpStatusCode.OK, close.StatusCode);

        var closed = await FactAsync(request.Id);
        Assert.Equal((RequestState.ClosedPartiallyMet, 1, 7500L, 4, "returned-home"), (closed!.State, closed.Children, closed.Cents, closed.Rating, closed.ChildOutcomes));
        var byChurch = await app.QueryAsync(db => db.Set<ChurchFact>().Where(f => f.RequestId == request.Id).OrderBy(f => f.ChurchId).ToListAsync());
        Assert.Equal([(first.Id, 4500L, 2 * 3600.0), (second.Id, 3000L, 3 * 3600.0)], byChurch.Select(f => (f.ChurchId, f.Cents, f.FirstResponseSeconds!.Value)));
        // What each church sees on its own dashboard: the value it gave.
        var firstReport = await ReportAsync(first.PointPerson);
        Assert.Equal((1L, 1L, 1L, 45m), (firstReport.Totals.Opened, firstReport.Totals.PartlyMet, firstReport.Totals.ChildrenServed, firstReport.Totals.EconomicImpact));
        Assert.Equal(30m, (await ReportAsync(second.PointPerson)).Totals.EconomicImpact);
    }

    [Fact]
    public async Task Churches_sharing_an_items_quantity_are_each_credited_with_their_share_of_what_was_given()
    {
        await churches.RetireAllAsync();
        var first = await churches.OnboardAsync("37402");
        var second = await churches.OnboardAsync("37403");
        var (request, agency) = await churches.OpenAsync("37402", radius: 5, churches: 2, items: [new ItemInput("Winter coat", 4, 45m)]);
        var coat = request.Items.Single().Id;
        foreach (var pastor in new[] { first.PointPerson, second.PointPerson })
        {
            var answer = await (await app.ClientForAsync(pastor)).PostAsJsonAsync($"/api/requests/{request.Id}/responses",
                new ResponseInput(null, null, null, [new ItemQuantity(coat, 2)]), Json.Options);
            Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        }

        // Each church gave 2 of the 4 coats; 3 were given in the end: 3 × 45 = 135 in all, 67.50 each, never 135 or 180 each.
        var caseworker = await app.ClientForAsync(agency.Caseworker);
        Assert.Equal(HttpStatusCode.OK, (await caseworker.PostAsJsonAsync($"/api/requests/{request.Id}/close",
            new CloseInput(CloseOutcome.PartiallyMet, [new ItemGiven(coat, 3)], ChildOutcomes: ["returned-home"], Rating: 4), Json.Options)).StatusCode);

        Assert.Equal(13500L, (await FactAsync(request.Id))!.Cents);
        Assert.Equal(67.50m, (await ReportAsync(first.PointPerson)).Totals.EconomicImpact);
        Assert.Equal(67.50m, (await ReportAsync(second.PointPerson)).Totals.EconomicImpact);
    }

    [Fact]
    public async Task Two_churches_answering_one_request_at_the_same_moment_both_count()
    {
        await churches.RetireAllAsync();
        var first = await churches.OnboardAsync("37402");
        var second = await churches.OnboardAsync("37403");
        var (request, _) = await churches.OpenAsync("37402", radius: 5, churches: 2, items: [new ItemInput("Crib", 1, 180m), new ItemInput("Stroller", 1, 90m)]);
        var clients = new[] { await app.ClientForAsync(first.PointPerson), await app.ClientForAsync(second.PointPerson) };
        var items = request.Items.Select(i => i.Id).ToArray();

        var answers = await ChurchesClient.AnswerTogetherAsync(request.Id, [.. clients.Select((c, i) => (c, new ResponseInput(null, [items[i]], null)))]);

        Assert.All(answers, a => Assert.Equal(HttpStatusCode.OK, a.StatusCode));
        Assert.Equal([first.Id, second.Id], await app.QueryAsync(db => db.Set<ChurchFact>().Where(f => f.RequestId == request.Id).OrderBy(f => f.ChurchId).Select(f => f.ChurchId).ToListAsync()));
        Assert.NotNull((await FactAsync(request.Id))!.FirstResponseSeconds);
    }

    [Fact]
    public async Task A_cancelled_request_leaves_the_figures_and_an_expired_one_counts_as_expired()
    {
        await churches.RetireAllAsync();
        var church = await churches.OnboardAsync("37402");
        var (request, agency) = await churches.OpenAsync("37402", radius: 5, churches: 1);
        await RespondAsync(church.PointPerson, request.Id, request.Items.Single().Id);
        Assert.NotNull(await FactAsync(request.Id));
        Assert.Equal(1L, (await ReportAsync(church.PointPerson)).Totals.Opened);

        var caseworker = await app.ClientForAsync(agency.Caseworker);
        var cancel = await caseworker.PostAsJsonAsync($"/api/requests/{request.Id}/cancel", new NoteInput("The family moved away."), Json.Options);
        Assert.Equal(HttpStatusCode.OK, cancel.StatusCode);

        Assert.Null(await FactAsync(request.Id));
        Assert.Empty(await app.QueryAsync(db => db.Set<ChurchFact>().Where(f => f.RequestId == request.Id).ToListAsync()));
        Assert.Equal(Figures.None, (await ReportAsync(church.PointPerson)).Totals);

        // A request waiting for approval has no facts; when it expires it counts, by when it was submitted.
        var waiting = await app.QueryAsync(async db =>
        {
            var r = await db.Requests.SingleAsync(x => x.Id == request.Id);
            var copy = new CareRequest
            {
                AgencyId = r.AgencyId, RegionId = r.RegionId, CountyId = r.CountyId, OfficeId = r.OfficeId, CaseworkerId = r.CaseworkerId, Need = "bed",
                Description = r.Description, Zip = r.Zip, State = RequestState.AwaitingApproval, CreatedAt = app.Clock.GetUtcNow(), SubmittedAt = app.Clock.GetUtcNow(),
                Items = [new RequestItem { Name = "Bed", Quantity = 1, UnitValue = 120m }],
            };
            db.Requests.Add(copy);
            await db.SaveChangesAsync();
            return copy;
        });
        Assert.Null(await FactAsync(waiting.Id));
        await app.QueryAsync(async db =>
        {
            var r = await db.Requests.SingleAsync(x => x.Id == waiting.Id);
            RequestStateMachine.Apply(r, RequestAction.Expire, RequestState.ExpiredNotApproved, null, app.Clock.GetUtcNow(), null);
            return await db.SaveChangesAsync();
        });
        var expired = await FactAsync(waiting.Id);
        Assert.Equal((RequestState.ExpiredNotApproved, waiting.SubmittedAt!.Value, 0L), (expired!.State, expired.CountedAt, expired.Cents));
    }

    private async Task RespondAsync(string pastor, int requestId, int itemId)
    {
        var client = await app.ClientForAsync(pastor);
        var response = await client.PostAsJsonAsync($"/api/requests/{requestId}/responses", new ResponseInput(null, [itemId], null), Json.Options);
        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
    }

    private async Task<ImpactReport> ReportAsync(string email)
    {
        var client = await app.ClientForAsync(email);
        var today = app.Clock.GetUtcNow().ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var response = await client.GetAsync(new Uri($"/api/reports?from=2026-01-01&to={today}", UriKind.Relative));
        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<ImpactReport>(Json.Options))!;
    }

    private Task<RequestFact?> FactAsync(int requestId) =>
        app.QueryAsync(db => db.Set<RequestFact>().AsNoTracking().SingleOrDefaultAsync(f => f.RequestId == requestId));

    private sealed record Facts(List<RequestFact> Requests, List<ChurchFact> Churches);

    private Task<Facts> FactsAsync(ReportWorld world) => app.QueryAsync(async db =>
    {
        int[] agencies = [world.Agency, world.OtherAgency];
        var requests = await db.Set<RequestFact>().AsNoTracking().Where(f => agencies.Contains(f.AgencyId)).OrderBy(f => f.RequestId).ToListAsync();
        var churchFacts = await db.Set<ChurchFact>().AsNoTracking().Where(f => agencies.Contains(f.AgencyId)).OrderBy(f => f.RequestId).ThenBy(f => f.ChurchId).ToListAsync();
        return new Facts(requests, churchFacts);
    });

    private static List<string> Describe(Facts facts) =>
        [.. facts.Requests.Select(f => $"{f.RequestId} {f.AgencyId} {f.RegionId} {f.CountyId} {f.OfficeId} {f.Need} {f.State} {f.CountedAt:O} {f.Children} {f.Cents} {f.FirstResponseSeconds} {f.Rating} {f.ChildOutcomes}"),
         .. facts.Churches.Select(f => $"{f.RequestId} {f.ChurchId} {f.AgencyId} {f.RegionId} {f.CountyId} {f.OfficeId} {f.Need} {f.State} {f.CountedAt:O} {f.Children} {f.Cents} {f.FirstResponseSeconds}")];
}

public sealed class RequestFactsTests_Sqlite(SqliteApp app) : RequestFactsTests<SqliteApp>(app), IClassFixture<SqliteApp>;

[Trait("Tier", "Postgres")]
public sealed class RequestFactsTests_Postgres(PostgresApp app) : RequestFactsTests<PostgresApp>(app), IClassFixture<PostgresApp>
{
    /// <summary>
    /// Two saves refreshing one request's facts at once (PostgreSQL lets both write; SQLite has one writer): the second waits for
    /// the first to commit, then counts both churches; without waiting its insert would meet the row the first has just inserted.
    /// </summary>
    [Fact]
    public async Task Two_saves_refreshing_one_request_take_turns()
    {
        var churches = new ChurchesClient(App);
        await churches.RetireAllAsync();
        var first = await churches.OnboardAsync("37402");
        var second = await churches.OnboardAsync("37403");
        var (request, _) = await churches.OpenAsync("37402", radius: 5, churches: 2);
        var refresh = RequestFactsSql.Refresh(SqlDialect.Postgres, [request.Id]);

        await using var one = new Npgsql.NpgsqlConnection(App.DatabaseConnectionString);
        await using var two = new Npgsql.NpgsqlConnection(App.DatabaseConnectionString);
        await one.OpenAsync();
        await two.OpenAsync();
        await using var firstSave = await one.BeginTransactionAsync();
        await RespondAndRefreshAsync(one, first.Id, await App.UserIdAsync(first.PointPerson));
        var secondSave = Task.Run(async () =>
        {
            await using var transaction = await two.BeginTransactionAsync();
            await RespondAndRefreshAsync(two, second.Id, await App.UserIdAsync(second.PointPerson));
            await transaction.CommitAsync();
        });
        Assert.True(await WaitsForAsync(two.ProcessID, one.ProcessID), "PostgreSQL names the first save as what the second waits for");
        Assert.False(secondSave.IsCompleted);
        await firstSave.CommitAsync();
        await secondSave;

        Assert.Equal([first.Id, second.Id], await App.QueryAsync(db => db.Set<ChurchFact>().Where(f => f.RequestId == request.Id).OrderBy(f => f.ChurchId).Select(f => f.ChurchId).ToListAsync()));

        // PostgreSQL's own account of who waits for whom, asked until it names the first save (at most 30 s).
        async Task<bool> WaitsForAsync(int waiting, int holding)
        {
            await using var watch = new Npgsql.NpgsqlConnection(App.DatabaseConnectionString);
            await watch.OpenAsync();
            await using var blockers = new Npgsql.NpgsqlCommand("SELECT @holding = ANY(pg_blocking_pids(@waiting))", watch);
            blockers.Parameters.AddWithValue("waiting", waiting);
            blockers.Parameters.AddWithValue("holding", holding);
            for (var until = DateTime.UtcNow.AddSeconds(30); DateTime.UtcNow < until; await Task.Delay(10))
            {
                if ((bool)(await blockers.ExecuteScalarAsync())!)
                {
                    return true;
                }
            }

            return false;
        }

        async Task RespondAndRefreshAsync(Npgsql.NpgsqlConnection connection, int church, string user)
        {
            await using var respond = new Npgsql.NpgsqlCommand("""INSERT INTO "ChurchResponses" ("CareRequestId", "ChurchId", "UserId", "At") VALUES (@r, @c, @u, now())""", connection);
            respond.Parameters.AddWithValue("r", request.Id);
            respond.Parameters.AddWithValue("c", church);
            respond.Parameters.AddWithValue("u", user);
            await respond.ExecuteNonQueryAsync();
            await using var facts = new Npgsql.NpgsqlCommand(refresh, connection);
            await facts.ExecuteNonQueryAsync();
        }
    }
}
