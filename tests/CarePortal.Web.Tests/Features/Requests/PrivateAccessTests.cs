using System.Net;
using System.Net.Http.Json;
using CarePortal.Web.Data;
using CarePortal.Web.Features.Accounts;
using CarePortal.Web.Features.Churches;
using CarePortal.Web.Features.Requests;
using CarePortal.Web.Tests.Features.Churches;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace CarePortal.Web.Tests.Features.Requests;

/// <summary>The private-details rule as a query (<see cref="PrivateAccess.Readable"/>) names exactly the people its check lets read them.</summary>
public abstract class PrivateAccessTests<TApp>(TApp app) where TApp : CarePortalApp
{
    [Fact]
    public async Task The_rule_as_a_query_lists_a_request_for_exactly_those_who_read_its_private_details()
    {
        var churches = new ChurchesClient(app);
        await churches.RetireAllAsync();
        var committed = await churches.OnboardAsync("37402");
        var reached = await churches.OnboardAsync("37403");
        var (request, agency) = await churches.OpenAsync("37402", radius: 5, churches: 2);
        var pastor = await app.ClientForAsync(committed.PointPerson);
        var assigned = $"assigned.{Guid.NewGuid():N}@church.example";
        var unassigned = $"unassigned.{Guid.NewGuid():N}@church.example";
        foreach (var email in new[] { assigned, unassigned })
        {
            await churches.InviteAsync(pastor, committed.Id, email, "Una");
        }

        Assert.Equal(HttpStatusCode.OK, (await pastor.PostAsJsonAsync($"/api/requests/{request.Id}/responses", new ResponseInput(null, null, null), Json.Options)).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await pastor.PostAsJsonAsync($"/api/requests/{request.Id}/assignments",
            new AssignmentInput(await app.UserIdAsync(assigned)), Json.Options)).StatusCode);
        string[] people =
        [
            agency.Caseworker, agency.Supervisor, agency.CountyRepresentative, agency.RegionalManager, committed.PointPerson, reached.PointPerson,
            assigned, unassigned, DemoPeople.PlatformAdmin, DemoPeople.OtherCaseworker,
        ];

        var answers = new List<(string Person, bool Reads, bool Listed)>();
        foreach (var person in people)
        {
            var client = await app.ClientForAsync(person);
            var reads = (await client.GetAsync(new Uri($"/api/requests/{request.Id}/private", UriKind.Relative))).StatusCode == HttpStatusCode.OK;
            answers.Add((person, reads, await ListedAsync(person, request.Id)));
        }

        Assert.All(answers, a => Assert.True(a.Reads == a.Listed, $"{a.Person}: reads {a.Reads}, listed {a.Listed}"));
        Assert.Equal([agency.Caseworker, agency.Supervisor, agency.RegionalManager, committed.PointPerson, assigned], answers.Where(a => a.Reads).Select(a => a.Person));
    }

    private async Task<bool> ListedAsync(string email, int requestId)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var user = await scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>().FindByEmailAsync(email);
        var principal = await scope.ServiceProvider.GetRequiredService<IUserClaimsPrincipalFactory<AppUser>>().CreateAsync(user!);
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        return await PrivateAccess.Readable(db, principal, app.Clock.GetUtcNow()).AnyAsync(r => r.Id == requestId);
    }
}

public sealed class PrivateAccessTests_Sqlite(SqliteApp app) : PrivateAccessTests<SqliteApp>(app), IClassFixture<SqliteApp>;

[Trait("Tier", "Postgres")]
public sealed class PrivateAccessTests_Postgres(PostgresApp app) : PrivateAccessTests<PostgresApp>(app), IClassFixture<PostgresApp>;
