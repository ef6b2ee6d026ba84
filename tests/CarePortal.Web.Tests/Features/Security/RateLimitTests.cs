using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Xunit;

namespace CarePortal.Web.Tests.Features.Security;

/// <summary>Each limit crossed with low test limits: 429, Retry-After and a sentence; other people keep their own allowance.</summary>
public sealed class RateLimitTests(RateLimitTests.LimitedApp app) : IClassFixture<RateLimitTests.LimitedApp>
{
    public sealed class LimitedApp : CarePortalApp
    {
        protected override string Provider => CarePortal.Web.Data.DatabaseProviders.Sqlite;

        protected override string ConnectionString => $"Data Source={Path.Combine(DataDirectory, "careportal.db")}";

        public override ValueTask InitializeAsync()
        {
            Directory.CreateDirectory(DataDirectory);
            return ValueTask.CompletedTask;
        }

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("ForwardedHeaders_Enabled", "true");
            builder.UseSetting("RateLimits:Enabled", "true");
            builder.UseSetting("RateLimits:SignIn:PermitLimit", "3");
            builder.UseSetting("RateLimits:SignIn:Window", "00:10:00");
            builder.UseSetting("RateLimits:Review:PermitLimit", "2");
            builder.UseSetting("RateLimits:Review:Window", "00:10:00");
            builder.UseSetting("RateLimits:Api:PermitLimit", "4");
            builder.UseSetting("RateLimits:Api:Window", "00:10:00");
        }

        public override async ValueTask DisposeAsync()
        {
            await base.DisposeAsync();
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        }
    }

    [Fact]
    public async Task The_fourth_sign_in_attempt_from_one_address_waits_and_says_how_long_and_another_address_gets_in()
    {
        var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        client.DefaultRequestHeaders.Add("X-Forwarded-For", "198.51.100.1");
        var elsewhere = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        elsewhere.DefaultRequestHeaders.Add("X-Forwarded-For", "198.51.100.2");
        var form = new Dictionary<string, string> { ["Email"] = "nobody@nowhere.example", ["Password"] = "not-the-password" };

        var allowed = new List<HttpStatusCode>();
        for (var i = 0; i < 3; i++)
        {
            allowed.Add((await Forms.PostAsync(client, "/Accounts/Login", form)).StatusCode);
        }

        var refused = await Forms.PostAsync(client, "/Accounts/Login", form);
        var page = await client.GetAsync(new Uri("/Accounts/Login", UriKind.Relative));
        var fromElsewhere = await Forms.PostAsync(elsewhere, "/Accounts/Login", new Dictionary<string, string> { ["Email"] = DemoPeople.Responder, ["Password"] = DemoPeople.Password });

        Assert.All(allowed, status => Assert.Equal(HttpStatusCode.OK, status));
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        var seconds = int.Parse(Assert.Single(refused.Headers.GetValues("Retry-After")), System.Globalization.CultureInfo.InvariantCulture);
        Assert.InRange(seconds, 1, 600);
        Assert.Equal($"Too many sign-in attempts from this address. Try again in {seconds} seconds.", await refused.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, fromElsewhere.StatusCode);
    }

    [Fact]
    public async Task Reviews_are_limited_per_person_and_another_person_keeps_their_allowance()
    {
        var caseworker = await app.ClientForAsync(DemoPeople.Caseworker2);
        var other = await app.ClientForAsync(DemoPeople.OtherCaseworker);
        var body = new { text = "A mom needs a crib for her baby.", need = "baby-items" };

        var first = await caseworker.PostAsJsonAsync("/api/review", body);
        var second = await caseworker.PostAsJsonAsync("/api/review", body);
        var third = await caseworker.PostAsJsonAsync("/api/review", body);
        var others = await other.PostAsJsonAsync("/api/review", body);
        var api = await caseworker.GetAsync(new Uri("/api/accounts/me", UriKind.Relative));

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK), (first.StatusCode, second.StatusCode));
        var problem = await Requests.RequestsClient.ProblemAsync(third, HttpStatusCode.TooManyRequests);
        Assert.StartsWith("Too many requests. Try again in ", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.True(third.Headers.Contains("Retry-After"));
        Assert.Equal(HttpStatusCode.OK, others.StatusCode);
        Assert.Equal(HttpStatusCode.OK, api.StatusCode);
    }

    [Fact]
    public async Task Api_calls_are_limited_per_person()
    {
        var supervisor = await app.ClientForAsync(DemoPeople.Supervisor);
        var admin = await app.ClientForAsync(DemoPeople.AgencyAdmin);

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 5; i++)
        {
            statuses.Add((await supervisor.GetAsync(new Uri("/api/accounts/me", UriKind.Relative))).StatusCode);
        }

        var adminAnswer = await admin.GetAsync(new Uri("/api/accounts/me", UriKind.Relative));

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], statuses);
        Assert.Equal(HttpStatusCode.OK, adminAnswer.StatusCode);
    }
}
