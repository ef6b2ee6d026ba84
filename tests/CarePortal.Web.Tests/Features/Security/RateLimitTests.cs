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
            builder.UseSetting("RateLimits:EmailForms:PermitLimit", "2");
            builder.UseSetting("RateLimits:EmailForms:Window", "00:10:00");
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
        client.DefaultRequestHeaders.Add(CallerAddress.Header, "198.51.100.1");
        var elsewhere = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        elsewhere.DefaultRequestHeaders.Add(CallerAddress.Header, "198.51.100.2");
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

    [Fact]
    public async Task Anonymous_forms_that_send_email_are_limited_per_caller_and_answer_alike_for_known_and_unknown_addresses()
    {
        var caller = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        caller.DefaultRequestHeaders.Add(CallerAddress.Header, "198.51.100.30");
        var elsewhere = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        elsewhere.DefaultRequestHeaders.Add(CallerAddress.Header, "198.51.100.31");
        object Application(string email) => new { name = "Limited Church", zip = "37403", needs = new[] { "food" }, pointPersonEmail = email, pointPersonName = "Lee" };

        var known = await caller.PostAsJsonAsync("/api/churches/applications", Application(DemoPeople.Caseworker));
        var unknown = await caller.PostAsJsonAsync("/api/churches/applications", Application($"new.{Guid.NewGuid():N}@church.example"));
        var third = await caller.PostAsJsonAsync("/api/churches/applications", Application($"new.{Guid.NewGuid():N}@church.example"));
        var fromElsewhere = await elsewhere.PostAsJsonAsync("/api/churches/applications", Application($"new.{Guid.NewGuid():N}@church.example"));

        Assert.Equal((HttpStatusCode.Created, HttpStatusCode.Created), (known.StatusCode, unknown.StatusCode));
        Assert.Equal(Shape(await known.Content.ReadAsStringAsync()), Shape(await unknown.Content.ReadAsStringAsync()));
        await Requests.RequestsClient.ProblemAsync(third, HttpStatusCode.TooManyRequests);
        Assert.Equal(HttpStatusCode.Created, fromElsewhere.StatusCode);
    }

    [Fact]
    public async Task Applications_naming_one_address_are_limited_per_address_whoever_sends_them()
    {
        var email = $"target.{Guid.NewGuid():N}@church.example";
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++)
        {
            var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
            client.DefaultRequestHeaders.Add(CallerAddress.Header, $"198.51.100.{40 + i}");
            statuses.Add((await client.PostAsJsonAsync("/api/churches/applications",
                new { name = "Church " + i, zip = "37403", needs = new[] { "food" }, pointPersonEmail = email, pointPersonName = "Lee" })).StatusCode);
        }

        Assert.Equal([HttpStatusCode.Created, HttpStatusCode.Created, HttpStatusCode.Created, HttpStatusCode.TooManyRequests], statuses);
    }

    [Fact]
    public async Task Champion_registrations_are_limited_per_caller_as_church_applications_are()
    {
        var caller = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        caller.DefaultRequestHeaders.Add(CallerAddress.Header, "198.51.100.60");
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 3; i++)
        {
            statuses.Add((await caller.PostAsJsonAsync("/api/champions/registrations", new
            {
                name = "Champion " + i, kind = "Business", zip = "37403", radiusMiles = 5, contactName = "Lee", email = $"champion.{Guid.NewGuid():N}@example.com",
            })).StatusCode);
        }

        Assert.Equal([HttpStatusCode.Accepted, HttpStatusCode.Accepted, HttpStatusCode.TooManyRequests], statuses);
    }

    /// <summary>The answer with its ids and names taken out: what would differ between two applications anyway.</summary>
    private static string Shape(string json) => System.Text.RegularExpressions.Regex.Replace(json, "\"(id|name)\":(\"[^\"]*\"|\\d+)", "\"$1\":_", System.Text.RegularExpressions.RegexOptions.None, TimeSpan.FromSeconds(1));
}
