using CarePortal.Web.Features.Churches;
using CarePortal.Web.Features.Requests;
using CarePortal.Web.Tests.Features.Requests;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace CarePortal.Web.Tests.Features.Churches;

/// <summary>
/// Many requests opening at once, on two nodes: each goes to its churches once, each of their people is told once, and the
/// caseworker is told at once (also when no church can reach), whether the submission's own node routed it or a node swept
/// it up after another left it queued.
/// </summary>
public abstract class OpeningsTests<TApp>(TApp app) where TApp : CarePortalApp
{
    private readonly ChurchesClient churches = new(app);

    [Fact]
    public async Task Submissions_arriving_together_on_two_nodes_each_reach_their_churches_exactly_once()
    {
        var (near, nearer, agency) = await ChattanoogaAsync();
        await using var other = new OtherNode(app);
        var here = new RequestsClient(await app.ClientForAsync(agency.Caseworker));
        var there = new RequestsClient(await other.ClientForAsync(agency.Caseworker));
        var reached = await DraftsAsync(here, agency, "37402", 24);
        var unreached = await DraftsAsync(here, agency, "38103", 4);

        // Each answer comes once its request is routed, so everything is in place as the last one returns.
        var opened = await Task.WhenAll(reached.Concat(unreached).Select((id, i) => (i % 2 == 0 ? here : there).SubmitAsync(id)));

        Assert.All(opened, r => Assert.Equal(RequestState.Open, r.State));
        await AssertRoutedOnceAsync(reached, unreached, agency, [nearer, near]);
    }

    [Fact]
    public async Task Openings_a_node_left_queued_are_routed_once_though_two_nodes_sweep_at_the_same_time()
    {
        var (near, nearer, agency) = await ChattanoogaAsync();
        await using var other = new OtherNode(app);
        // Started before anything is queued: a node's routing service sweeps as it starts, and here only the two sweeps
        // below may take the queue (its next round is minutes away on the test's clock). Writing 153 drafts takes seconds.
        _ = other.Services;
        var caseworker = new RequestsClient(await app.ClientForAsync(agency.Caseworker));
        var reached = await DraftsAsync(caseworker, agency, "37402", 150);
        var unreached = await DraftsAsync(caseworker, agency, "38103", 3);
        // As a node leaves them when it stops right after the submissions' saves: open, queued, not yet routed.
        await LeaveQueuedAsync([.. reached, .. unreached]);

        var swept = await Task.WhenAll(SweepAsync(app), SweepAsync(other));

        Assert.Equal(reached.Count + unreached.Count, swept.Sum());
        await AssertRoutedOnceAsync(reached, unreached, agency, [nearer, near]);
    }

    [Fact]
    public async Task The_routing_service_sends_on_what_a_node_left_queued()
    {
        var (near, nearer, agency) = await ChattanoogaAsync();
        var caseworker = new RequestsClient(await app.ClientForAsync(agency.Caseworker));
        var reached = await DraftsAsync(caseworker, agency, "37402", 2);
        await LeaveQueuedAsync(reached);

        app.Clock.Advance(RoutingService.Interval);
        Assert.True(await app.Clock.SettledAsync(), "the routing round is still running");

        await AssertRoutedOnceAsync(reached, [], agency, [nearer, near]);
    }

    /// <summary>Two churches near downtown Chattanooga (0 and 1.2 miles from 37402) and an agency whose county reaches both.</summary>
    private async Task<((int Id, string PointPerson) Near, (int Id, string PointPerson) Nearer, TestAgency Agency)> ChattanoogaAsync()
    {
        await churches.RetireAllAsync();
        var nearer = await churches.OnboardAsync("37402");
        var near = await churches.OnboardAsync("37403");
        var agency = await TestAgency.CreateAsync(app, Web.Features.Organisations.ApprovalOption.None);
        await churches.SetReachAsync(agency.CountyId, radius: 10, churches: 5);
        return (near, nearer, agency);
    }

    private static async Task<List<int>> DraftsAsync(RequestsClient caseworker, TestAgency agency, string zip, int count)
    {
        var ids = new List<int>();
        for (var i = 0; i < count; i++)
        {
            ids.Add((await caseworker.CreateAsync(RequestsClient.Draft(agency.CountyId) with { Zip = zip })).Id);
        }

        return ids;
    }

    private Task<int> LeaveQueuedAsync(IReadOnlyList<int> ids) => app.QueryAsync(async db =>
    {
        var now = app.Clock.GetUtcNow();
        await db.Requests.Where(r => ids.Contains(r.Id)).ExecuteUpdateAsync(s => s
            .SetProperty(r => r.State, RequestState.Open).SetProperty(r => r.OpenedAt, now).SetProperty(r => r.FamilyConsent, true));
        db.Set<PendingOpening>().AddRange(ids.Select(id => new PendingOpening { CareRequestId = id, QueuedAt = now }));
        return await db.SaveChangesAsync();
    });

    private static async Task<int> SweepAsync(CarePortalApp node)
    {
        await using var scope = node.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<PendingOpenings>().RouteAllAsync(TestContext.Current.CancellationToken);
    }

    private async Task AssertRoutedOnceAsync(
        IReadOnlyList<int> reached, IReadOnlyList<int> unreached, TestAgency agency, (int Id, string PointPerson)[] nearestFirst)
    {
        var all = reached.Concat(unreached).ToList();
        var recipients = await app.QueryAsync(db => db.RequestRecipients.Where(r => all.Contains(r.CareRequestId))
            .OrderBy(r => r.Miles).Select(r => new { r.CareRequestId, r.ChurchId }).ToListAsync());
        var notices = await app.QueryAsync(db => db.Notifications.Where(n => all.Contains(n.CareRequestId!.Value))
            .Select(n => new { RequestId = n.CareRequestId!.Value, n.Kind, n.RecipientEmail }).ToListAsync());
        var routings = await app.QueryAsync(db => db.RequestRoutings.CountAsync(r => all.Contains(r.CareRequestId)));

        Assert.Equal(all.Count, routings);
        Assert.False(await app.QueryAsync(db => db.Set<PendingOpening>().AnyAsync(p => all.Contains(p.CareRequestId))));
        foreach (var id in reached)
        {
            Assert.Equal(nearestFirst.Select(c => c.Id), recipients.Where(r => r.CareRequestId == id).Select(r => r.ChurchId));
            Assert.Equal(nearestFirst.Select(c => c.PointPerson).Order(),
                notices.Where(n => n.RequestId == id && n.Kind == "request-routed").Select(n => n.RecipientEmail).Order());
            Assert.Equal([agency.Caseworker], notices.Where(n => n.RequestId == id && n.Kind == "request-sent-to-churches").Select(n => n.RecipientEmail));
        }

        foreach (var id in unreached)
        {
            Assert.DoesNotContain(recipients, r => r.CareRequestId == id);
            Assert.Equal([("no-church-reached", (string?)agency.Caseworker)], notices.Where(n => n.RequestId == id).Select(n => (n.Kind, n.RecipientEmail)));
        }
    }
}

public sealed class OpeningsTests_Sqlite(SqliteApp app) : OpeningsTests<SqliteApp>(app), IClassFixture<SqliteApp>;

[Trait("Tier", "Postgres")]
public sealed class OpeningsTests_Postgres(PostgresApp app) : OpeningsTests<PostgresApp>(app), IClassFixture<PostgresApp>;
