using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using CarePortal.Web.Features.Accounts;
using Xunit;

namespace CarePortal.Web.Tests.Features.Accounts;

/// <summary>
/// Token authentication keeps a validated person for at most 30 s (ApiTokenPrincipalCache): revocation takes effect at
/// once on the node that revoked and within that bound on every other node behind the load balancer.
/// </summary>
public abstract class ApiTokenCacheTests<TApp>(TApp app) where TApp : CarePortalApp
{
    private async Task<(HttpClient Person, string Token, int Id)> IssueAsync(string email, string name)
    {
        var person = await Forms.SignedInAsync(app, email, sendToken: true);
        var token = (await (await person.PostAsJsonAsync("/api/accounts/tokens", new IssueTokenInput(name), Json.Options))
            .Content.ReadFromJsonAsync<IssuedToken>(Json.Options))!.Token;
        var id = (await person.GetFromJsonAsync<List<TokenView>>("/api/accounts/tokens", Json.Options))!.Single(t => t.Name == name).Id;
        return (person, token, id);
    }

    private static HttpClient Bearer(CarePortalApp node, string token)
    {
        var client = node.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    [Fact]
    public async Task Token_revoked_on_one_node_is_refused_there_at_once_and_on_another_node_within_the_cache_lifetime()
    {
        var (person, token, id) = await IssueAsync(DemoPeople.Caseworker2, "nightly sync");
        await using var other = new OtherNode(app);
        var here = Bearer(app, token);
        var there = Bearer(other, token);
        Assert.Equal(HttpStatusCode.OK, (await here.GetAsync("/api/accounts/me")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await there.GetAsync("/api/accounts/me")).StatusCode);

        Assert.Equal(HttpStatusCode.NoContent, (await person.DeleteAsync($"/api/accounts/tokens/{id}")).StatusCode);
        var hereAfter = await here.GetAsync("/api/accounts/me");
        var thereWithinBound = await there.GetAsync("/api/accounts/me");
        other.Clock.Advance(ApiTokenPrincipalCache.Lifetime);
        var thereAfterBound = await there.GetAsync("/api/accounts/me");

        Assert.Equal(HttpStatusCode.Unauthorized, hereAfter.StatusCode);
        Assert.Equal(HttpStatusCode.OK, thereWithinBound.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, thereAfterBound.StatusCode);
    }

    [Fact]
    public async Task Cached_token_still_acts_as_its_person_and_a_wrong_token_is_never_taken_for_it()
    {
        var (_, token, _) = await IssueAsync(DemoPeople.Supervisor, "county system");
        var client = Bearer(app, token);

        var first = await client.GetFromJsonAsync<MeView>("/api/accounts/me", Json.Options);
        var second = await client.GetFromJsonAsync<MeView>("/api/accounts/me", Json.Options);
        var wrong = await Bearer(app, token[..^1] + (token[^1] == 'A' ? 'B' : 'A')).GetAsync("/api/accounts/me");

        Assert.Equal(DemoPeople.Supervisor, first!.Email);
        Assert.Equal((first.Id, first.Email, first.Name), (second!.Id, second.Email, second.Name));
        Assert.Equal(first.Memberships, second.Memberships);
        Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
    }
}

public sealed class ApiTokenCacheTests_Sqlite(SqliteApp app) : ApiTokenCacheTests<SqliteApp>(app), IClassFixture<SqliteApp>;

[Trait("Tier", "Postgres")]
public sealed class ApiTokenCacheTests_Postgres(PostgresApp app) : ApiTokenCacheTests<PostgresApp>(app), IClassFixture<PostgresApp>;
