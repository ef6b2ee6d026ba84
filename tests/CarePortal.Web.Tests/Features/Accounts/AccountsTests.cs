using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using CarePortal.Web.Features.Accounts;
using Microsoft.AspNetCore.Mvc.Testing;
using Xunit;

namespace CarePortal.Web.Tests.Features.Accounts;

public abstract class AccountsTests<TApp>(TApp app) where TApp : CarePortalApp
{
    [Fact]
    public async Task Demo_person_signs_in_with_the_demo_password_and_gets_a_cookie()
    {
        var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        var response = await Forms.PostAsync(client, "/Accounts/Login", new Dictionary<string, string>
        {
            ["Email"] = DemoPeople.Caseworker2,
            ["Password"] = DemoPeople.Password,
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith("careportal=", StringComparison.Ordinal));
        var me = await client.GetFromJsonAsync<MeView>("/api/accounts/me", Json.Options);
        Assert.Equal(DemoPeople.Caseworker2, me!.Email);
        Assert.Contains(me.Memberships, m => m.StartsWith(Roles.Caseworker + "@", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Wrong_passwords_make_the_caller_wait_even_for_the_right_password()
    {
        var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        client.DefaultRequestHeaders.Add(CallerAddress.Header, "198.51.100.77");
        for (var i = 0; i < 5; i++)
        {
            var wrong = await Forms.PostAsync(client, "/Accounts/Login", new Dictionary<string, string> { ["Email"] = DemoPeople.PlatformAdmin, ["Password"] = "not-the-password" });
            Assert.True(wrong.StatusCode is HttpStatusCode.OK or HttpStatusCode.TooManyRequests);
        }

        var right = await Forms.PostAsync(client, "/Accounts/Login", new Dictionary<string, string> { ["Email"] = DemoPeople.PlatformAdmin, ["Password"] = DemoPeople.Password });

        Assert.Equal(HttpStatusCode.TooManyRequests, right.StatusCode);
        Assert.Contains("Too many failed attempts. Try again in", await right.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Api_without_credentials_answers_401_instead_of_redirecting()
    {
        var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        var response = await client.GetAsync("/api/requests");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Pages_without_a_cookie_redirect_to_sign_in()
    {
        var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        var response = await client.GetAsync("/Requests");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/Accounts/Login", response.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Signed_in_person_issues_a_token_that_authenticates_as_them_and_only_its_hash_is_stored()
    {
        var person = await Forms.SignedInAsync(app, DemoPeople.Supervisor, sendToken: true);

        var issued = await person.PostAsJsonAsync("/api/accounts/tokens", new IssueTokenInput("county system"), Json.Options);
        var token = (await issued.Content.ReadFromJsonAsync<IssuedToken>(Json.Options))!.Token;
        var system = app.CreateClient();
        system.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        var me = await system.GetFromJsonAsync<MeView>("/api/accounts/me", Json.Options);
        var minted = await system.PostAsJsonAsync("/api/accounts/tokens", new IssueTokenInput("another"), Json.Options);

        Assert.Equal(Roles.Supervisor, Assert.Single(me!.Memberships).Split('@')[0]);
        Assert.Equal(DemoPeople.Supervisor, me.Email);
        Assert.Equal(HttpStatusCode.Forbidden, minted.StatusCode);
        var stored = await app.QueryAsync(db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.ToListAsync(
            System.Linq.Queryable.Select(db.ApiTokens, t => t.Hash)));
        Assert.DoesNotContain(token, stored);
        Assert.Contains(ApiToken.HashOf(token), stored);
    }

    [Fact]
    public async Task Revoked_token_is_refused()
    {
        var person = await Forms.SignedInAsync(app, DemoPeople.Caseworker, sendToken: true);
        var token = (await (await person.PostAsJsonAsync("/api/accounts/tokens", new IssueTokenInput("old system"), Json.Options))
            .Content.ReadFromJsonAsync<IssuedToken>(Json.Options))!.Token;
        var system = app.CreateClient();
        system.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        var before = await system.GetAsync("/api/accounts/me");
        var mine = await person.GetFromJsonAsync<List<TokenView>>("/api/accounts/tokens", Json.Options);

        var revoked = await person.DeleteAsync($"/api/accounts/tokens/{mine!.Single(t => t.Name == "old system").Id}");
        var after = await system.GetAsync("/api/accounts/me");

        Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, revoked.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, after.StatusCode);
    }

    [Fact]
    public async Task Cookie_signed_in_on_one_node_is_accepted_by_another_node()
    {
        var first = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        var loginPage = await first.GetAsync("/Accounts/Login");
        var antiforgeryCookie = CookieOf(loginPage, ".AspNetCore.Antiforgery");
        using var login = new HttpRequestMessage(HttpMethod.Post, "/Accounts/Login")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["Email"] = DemoPeople.Caseworker2,
                ["Password"] = DemoPeople.Password,
                ["__RequestVerificationToken"] = Forms.TokenIn(await loginPage.Content.ReadAsStringAsync()),
            }),
        };
        login.Headers.Add("Cookie", antiforgeryCookie);
        var signedIn = await first.SendAsync(login);
        await using var second = new OtherNode(app);
        var other = second.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        using var me = new HttpRequestMessage(HttpMethod.Get, "/api/accounts/me");
        me.Headers.Add("Cookie", CookieOf(signedIn, "careportal"));

        var answer = await other.SendAsync(me);

        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        Assert.Equal(DemoPeople.Caseworker2, (await answer.Content.ReadFromJsonAsync<MeView>(Json.Options))!.Email);
        Assert.True(await app.QueryAsync(db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.AnyAsync(db.DataProtectionKeys)),
            "the keys live in the shared database, not on one node's disk");
    }

    private static string CookieOf(HttpResponseMessage response, string name) =>
        response.Headers.GetValues("Set-Cookie").Select(c => c.Split(';')[0]).First(c => c.StartsWith(name, StringComparison.Ordinal));

    [Fact]
    public async Task Unknown_bearer_token_is_refused()
    {
        var client = app.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "cp_not-a-real-token");

        var response = await client.GetAsync("/api/accounts/me");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }
}

public sealed class AccountsTests_Sqlite(SqliteApp app) : AccountsTests<SqliteApp>(app), IClassFixture<SqliteApp>;

[Trait("Tier", "Postgres")]
public sealed class AccountsTests_Postgres(PostgresApp app) : AccountsTests<PostgresApp>(app), IClassFixture<PostgresApp>;
