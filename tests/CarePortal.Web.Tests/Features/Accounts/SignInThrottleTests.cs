using System.Net;
using System.Net.Http.Headers;
using CarePortal.Web.Features.Accounts;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace CarePortal.Web.Tests.Features.Accounts;

/// <summary>
/// Failed sign-ins slow the caller down and never shut an account's owner out or stop its API tokens (issue #17 item 2).
/// Each test signs in as its own person (made here), from addresses of its own.
/// </summary>
public sealed class SignInThrottleTests(SqliteApp app) : IClassFixture<SqliteApp>
{
    private const string Password = "Own-password-2026";

    [Fact]
    public async Task Wrong_passwords_do_not_switch_off_the_accounts_api_token()
    {
        var email = await PersonAsync();
        var integration = app.CreateClient();
        integration.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await TokenAsync(email));

        for (var i = 0; i < 12; i++)
        {
            await SignInAsync(email, "not-the-password", $"198.51.100.{i + 1}");
            app.Clock.Advance(TimeSpan.FromMinutes(2));
        }

        Assert.Equal(HttpStatusCode.OK, (await integration.GetAsync(new Uri("/api/accounts/me", UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task Strangers_failing_from_many_addresses_keep_the_owner_out_for_a_minute_at_most()
    {
        var email = await PersonAsync();
        for (var i = 0; i < 40; i++)
        {
            await SignInAsync(email, "guess-" + i, $"203.0.113.{i + 1}");
        }

        app.Clock.Advance(TimeSpan.FromSeconds(61));
        var owner = await SignInAsync(email, Password, "192.0.2.10");

        Assert.Equal(HttpStatusCode.Redirect, owner.StatusCode);
    }

    [Fact]
    public async Task One_callers_failures_make_it_wait_longer_each_time_without_checking_its_guesses()
    {
        var email = await PersonAsync();
        const string caller = "198.51.100.200";
        var first = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++)
        {
            first.Add((await SignInAsync(email, "wrong-" + i, caller)).StatusCode);
        }

        var throttled = await SignInAsync(email, Password, caller);
        var elsewhere = await SignInAsync(email, Password, "192.0.2.20");
        app.Clock.Advance(TimeSpan.FromSeconds(1));
        var fifth = await SignInAsync(email, "wrong-5", caller);
        app.Clock.Advance(TimeSpan.FromSeconds(1));
        var stillWaiting = await SignInAsync(email, Password, caller);

        Assert.All(first, s => Assert.Equal(HttpStatusCode.OK, s));
        Assert.Equal(HttpStatusCode.TooManyRequests, throttled.StatusCode);
        Assert.Contains("Too many failed attempts. Try again in 1 seconds.", await throttled.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, elsewhere.StatusCode);
        Assert.Equal(HttpStatusCode.OK, fifth.StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, stillWaiting.StatusCode);
        Assert.Equal("1", stillWaiting.Headers.RetryAfter?.ToString());
    }

    private async Task<HttpResponseMessage> SignInAsync(string email, string password, string from)
    {
        var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        client.DefaultRequestHeaders.Add(CallerAddress.Header, from);
        return await Forms.PostAsync(client, "/Accounts/Login", new Dictionary<string, string> { ["Email"] = email, ["Password"] = password });
    }

    private async Task<string> PersonAsync()
    {
        var email = $"person.{Guid.NewGuid():N}@dcs.example";
        await using var scope = app.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<AppUser>>();
        var created = await users.CreateAsync(new AppUser { UserName = email, Email = email, EmailConfirmed = true, LockoutEnabled = true, DisplayName = "Pat" }, Password);
        Assert.True(created.Succeeded, string.Join(" ", created.Errors.Select(e => e.Description)));
        return email;
    }

    private async Task<string> TokenAsync(string email)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ApiTokens>().IssueAsync(await app.UserIdAsync(email), "integration");
    }
}
