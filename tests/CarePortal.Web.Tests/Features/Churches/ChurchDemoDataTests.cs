using CarePortal.Web.Features.Requests;
using Microsoft.EntityFrameworkCore;
using Xunit;

namespace CarePortal.Web.Tests.Features.Churches;

/// <summary>The demo shows churches at work: the open demo requests reached the demo churches, one has a response and messages.</summary>
public abstract class ChurchDemoDataTests<TApp>(TApp app) where TApp : CarePortalApp
{
    [Fact]
    public async Task Open_demo_requests_are_routed_to_demo_churches_and_one_church_answered_with_messages()
    {
        var open = await app.QueryAsync(db => db.Requests.Where(r => r.State == RequestState.Open).Select(r => new { r.Id, r.Need, r.Description }).ToListAsync());
        var routed = await app.QueryAsync(db => db.RequestRecipients.Select(r => r.CareRequestId).Distinct().ToListAsync());
        var pastor = await Forms.SignedInAsync(app, DemoPeople.PointPerson);
        var feed = await pastor.GetStringAsync("/Churches/Feed");
        var supplies = open.Single(r => r.Need == "school-supplies");
        var answered = await app.QueryAsync(db => db.ChurchResponses.Where(r => r.CareRequestId == supplies.Id).Select(r => r.ChurchId).SingleAsync());
        var messages = await app.QueryAsync(db => db.RequestMessages.CountAsync(m => m.CareRequestId == supplies.Id && m.ChurchId == answered));

        Assert.All(open, r => Assert.Contains(r.Id, routed));
        Assert.Contains("Grace Church Knoxville", feed, StringComparison.Ordinal);
        Assert.Contains(open.Single(r => r.Need == "bed").Description, feed, StringComparison.Ordinal);
        Assert.Equal(2, messages);
        Assert.True(await app.QueryAsync(db => db.ItemClaims.AnyAsync(c => c.CareRequestId == supplies.Id && c.ChurchId == answered)));
    }
}

public sealed class ChurchDemoDataTests_Sqlite(SqliteApp app) : ChurchDemoDataTests<SqliteApp>(app), IClassFixture<SqliteApp>;

public sealed class ChurchDemoDataTests_Postgres(PostgresApp app) : ChurchDemoDataTests<PostgresApp>(app), IClassFixture<PostgresApp>;
