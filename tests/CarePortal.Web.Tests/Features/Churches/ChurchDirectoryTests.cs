using CarePortal.Web.Data;
using CarePortal.Web.Features.Churches;
using CarePortal.Web.Features.Organisations;
using CarePortal.Web.Features.Requests;
using CarePortal.Web.Tests.Features.Requests;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace CarePortal.Web.Tests.Features.Churches;

/// <summary>
/// Each node holds the churches in memory (<see cref="ChurchDirectory"/>); a change made elsewhere (another node, SQL by hand)
/// must be seen by the very next opening, and opening many requests in one save must choose and tell as opening each alone.
/// </summary>
public abstract class ChurchDirectoryTests<TApp>(TApp app) where TApp : CarePortalApp
{
    private readonly ChurchesClient churches = new(app);

    [Fact]
    public async Task A_church_paused_or_moved_straight_in_the_database_is_seen_by_the_next_opening()
    {
        await churches.RetireAllAsync();
        var church = await churches.OnboardAsync("37402");
        Assert.True(ZipCentroids.TryGet("38103", out var memphis));
        Assert.Equal([church.Id], await RecipientsOfNewRequestAsync("37402"));

        // As another node (or an admin with psql) would: not through this node's code.
        await app.QueryAsync(db => db.Churches.Where(c => c.Id == church.Id).ExecuteUpdateAsync(s => s.SetProperty(c => c.Paused, true)));
        Assert.Empty(await RecipientsOfNewRequestAsync("37402"));

        await app.QueryAsync(db => db.Churches.Where(c => c.Id == church.Id).ExecuteUpdateAsync(s => s
            .SetProperty(c => c.Paused, false).SetProperty(c => c.Latitude, memphis.Latitude).SetProperty(c => c.Longitude, memphis.Longitude)));
        Assert.Empty(await RecipientsOfNewRequestAsync("37402"));
        Assert.Equal([church.Id], await RecipientsOfNewRequestAsync("38103"));
    }

    [Fact]
    public async Task Opening_many_requests_in_one_save_chooses_and_tells_as_opening_each_alone()
    {
        await churches.RetireAllAsync();
        await churches.OnboardAsync("37402");
        await churches.OnboardAsync("37403", ["bed"]);
        await churches.OnboardAsync("37404", radius: 2);
        await churches.OnboardAsync("37408", ["clothing", "bed", "food"]);
        var agency = await TestAgency.CreateAsync(app, ApprovalOption.None);
        await churches.SetReachAsync(agency.CountyId, radius: 10, churches: 2);
        var caseworker = new RequestsClient(await app.ClientForAsync(agency.Caseworker));
        var asked = new[] { ("37402", "clothing"), ("37404", "bed"), ("37406", "food"), ("38103", "clothing") };
        var alone = new List<int>();
        var together = new List<int>();
        foreach (var (zip, need) in asked)
        {
            alone.Add((await caseworker.CreateAsync(RequestsClient.Draft(agency.CountyId, need) with { Zip = zip })).Id);
            together.Add((await caseworker.CreateAsync(RequestsClient.Draft(agency.CountyId, need) with { Zip = zip })).Id);
        }

        foreach (var id in alone)
        {
            await caseworker.SubmitAsync(id);
        }

        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var requests = await db.Requests.Where(r => together.Contains(r.Id)).OrderBy(r => r.Id).ToListAsync();
            foreach (var request in requests)
            {
                RequestStateMachine.Apply(request, RequestAction.Submit, RequestState.Open, request.CaseworkerId, DateTimeOffset.UtcNow, null);
                request.OpenedAt = DateTimeOffset.UtcNow;
            }

            await scope.ServiceProvider.GetRequiredService<ChurchRouter>().OpenedAsync(requests, CancellationToken.None);
            await db.SaveChangesAsync();
        }

        for (var i = 0; i < asked.Length; i++)
        {
            Assert.Equal(await WhatHappenedAsync(alone[i]), await WhatHappenedAsync(together[i]));
        }

        // Not vacuous: some went to churches, and one (Memphis) to none.
        Assert.NotEmpty((await WhatHappenedAsync(together[0])).Recipients);
        Assert.Empty((await WhatHappenedAsync(together[3])).Recipients);
    }

    private async Task<List<int>> RecipientsOfNewRequestAsync(string zip)
    {
        var (request, agency) = await churches.OpenAsync(zip, radius: 5, churches: 3);
        return [.. (await churches.RecipientsAsync(request.Id, agency.Caseworker)).Select(r => r.ChurchId)];
    }

    private Task<Happened> WhatHappenedAsync(int requestId) => app.QueryAsync(async db => new Happened(
        string.Join("; ", (await db.RequestRecipients.Where(r => r.CareRequestId == requestId).Select(r => new { r.ChurchId, r.Miles, r.Round }).ToListAsync())
            .OrderBy(r => r.Miles).ThenBy(r => r.ChurchId).Select(r => $"{r.ChurchId} at {r.Miles:F3} round {r.Round}")),
        string.Join("; ", (await db.Notifications.Where(n => n.CareRequestId == requestId).Select(n => new { n.Kind, n.RecipientEmail, n.Status, n.Subject }).ToListAsync())
            .Select(n => $"{n.Kind} to {n.RecipientEmail} ({n.Status}): {n.Subject}").Order(StringComparer.Ordinal))));

    private sealed record Happened(string Recipients, string Notifications);
}

public sealed class ChurchDirectoryTests_Sqlite(SqliteApp app) : ChurchDirectoryTests<SqliteApp>(app), IClassFixture<SqliteApp>;

[Trait("Tier", "Postgres")]
public sealed class ChurchDirectoryTests_Postgres(PostgresApp app) : ChurchDirectoryTests<PostgresApp>(app), IClassFixture<PostgresApp>;
