using CarePortal.Web.Features.Accounts;
using CarePortal.Web.Features.Requests;
using Microsoft.EntityFrameworkCore;
using Xunit;

namespace CarePortal.Web.Tests.Features.Demo;

public abstract class DemoDataTests<TApp>(TApp app) where TApp : CarePortalApp
{
    [Fact]
    public async Task First_run_seeds_every_role_a_dozen_churches_and_a_request_in_every_state()
    {
        var roles = await app.QueryAsync(db => db.Memberships.Select(m => m.Role).Distinct().ToListAsync());
        var churches = await app.QueryAsync(db => db.Organisations.CountAsync(o => o.Kind == CarePortal.Web.Features.Organisations.OrganisationKind.Church));
        var states = await app.QueryAsync(db => db.Requests.Select(r => r.State).Distinct().ToListAsync());

        Assert.Equal(Roles.All.Order(), roles.Order());
        Assert.Equal(12, churches);
        Assert.Equal(Enum.GetValues<RequestState>().Order(), states.Order());
    }

    [Fact]
    public async Task Every_demo_request_history_follows_the_state_machine()
    {
        var history = await app.QueryAsync(db => db.RequestTransitions.ToListAsync());

        Assert.NotEmpty(history);
        Assert.All(history, t => Assert.True(RequestStateMachine.Allows(t.From, t.Action, t.To), $"{t.From} -{t.Action}-> {t.To}"));
    }
}

public sealed class DemoDataTests_Sqlite(SqliteApp app) : DemoDataTests<SqliteApp>(app), IClassFixture<SqliteApp>;

[Trait("Tier", "Postgres")]
public sealed class DemoDataTests_Postgres(PostgresApp app) : DemoDataTests<PostgresApp>(app), IClassFixture<PostgresApp>;
