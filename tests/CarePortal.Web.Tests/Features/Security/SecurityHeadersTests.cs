using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Xunit;

namespace CarePortal.Web.Tests.Features.Security;

/// <summary>Headers, not data: one database provider is enough.</summary>
public sealed class SecurityHeadersTests(SqliteApp app) : IClassFixture<SqliteApp>
{
    public const string Csp = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'self'; frame-ancestors 'none'; form-action 'self'";

    [Theory]
    [InlineData("/Accounts/Login", HttpStatusCode.OK)]
    [InlineData("/css/site.css", HttpStatusCode.OK)]
    [InlineData("/js/composer.js", HttpStatusCode.OK)]
    [InlineData("/api/requests", HttpStatusCode.Unauthorized)]
    [InlineData("/no-such-page", HttpStatusCode.NotFound)]
    public async Task Every_answer_forbids_inline_script_framing_and_sniffing(string path, HttpStatusCode status)
    {
        var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        var response = await client.GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal(status, response.StatusCode);
        Assert.Equal(Csp, string.Join(";", response.Headers.GetValues("Content-Security-Policy")));
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal("DENY", Assert.Single(response.Headers.GetValues("X-Frame-Options")));
        Assert.Equal("same-origin", Assert.Single(response.Headers.GetValues("Referrer-Policy")));
    }

    [Fact]
    public async Task Pages_and_the_layout_carry_no_inline_script_or_style()
    {
        var client = await Forms.SignedInAsync(app, DemoPeople.Caseworker);

        foreach (var path in new[] { "/", "/Requests", "/Requests/Create", "/Approvals", "/Training", "/Accounts/Login" })
        {
            var page = await client.GetStringAsync(new Uri(path, UriKind.Relative));
            foreach (System.Text.RegularExpressions.Match script in System.Text.RegularExpressions.Regex.Matches(page, "<script\\b([^>]*)>", System.Text.RegularExpressions.RegexOptions.None, TimeSpan.FromSeconds(1)))
            {
                Assert.True(script.Groups[1].Value.Contains("src=", StringComparison.Ordinal) || script.Groups[1].Value.Contains("type=\"application/json\"", StringComparison.Ordinal),
                    $"{path} has an inline script: {script.Value}");
            }

            Assert.DoesNotContain("<style", page, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotMatch("\\s(on[a-z]+|style)=\"", page);
        }
    }

    [Fact]
    public async Task Development_sends_no_hsts()
    {
        var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, BaseAddress = new Uri("https://careportal.test/") });

        var response = await client.GetAsync(new Uri("/Accounts/Login", UriKind.Relative));

        Assert.False(response.Headers.Contains("Strict-Transport-Security"));
    }
}

/// <summary>Production over HTTPS (TLS ended at nginx, the scheme forwarded): browsers are told to stay on HTTPS for a year.</summary>
public sealed class ProductionHstsTests(ProductionHstsTests.ProductionApp app) : IClassFixture<ProductionHstsTests.ProductionApp>
{
    public sealed class ProductionApp : CarePortalApp
    {
        protected override string Provider => CarePortal.Web.Data.DatabaseProviders.Sqlite;

        protected override string ConnectionString => $"Data Source={Path.Combine(DataDirectory, "careportal.db")}";

        public override ValueTask InitializeAsync()
        {
            Directory.CreateDirectory(DataDirectory);
            return ValueTask.CompletedTask;
        }

        /// <summary>nginx, as the node sees it.</summary>
        public const string Proxy = "10.0.0.1";

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseEnvironment("Production");
            builder.UseSetting("Proxy:KnownProxies:0", Proxy);
            builder.UseSetting("AllowedHosts", "careportal.test");
        }

        public override async ValueTask DisposeAsync()
        {
            await base.DisposeAsync();
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        }
    }

    [Fact]
    public async Task Https_answers_carry_hsts_and_plain_http_answers_do_not()
    {
        var secure = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, BaseAddress = new Uri("https://careportal.test/") });
        var plain = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, BaseAddress = new Uri("http://careportal.test/") });

        var overHttps = await secure.GetAsync(new Uri("/Accounts/Login", UriKind.Relative));
        var overHttp = await plain.GetAsync(new Uri("/Accounts/Login", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, overHttps.StatusCode);
        Assert.Equal("max-age=31536000; includeSubDomains", Assert.Single(overHttps.Headers.GetValues("Strict-Transport-Security")));
        Assert.False(overHttp.Headers.Contains("Strict-Transport-Security"));
    }

    [Fact]
    public async Task Behind_nginx_the_forwarded_https_scheme_counts_as_https()
    {
        var plain = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, BaseAddress = new Uri("http://careportal.test/") });
        using var request = new HttpRequestMessage(HttpMethod.Get, "/Accounts/Login");
        request.Headers.Add("X-Forwarded-Proto", "https");
        request.Headers.Add("X-Forwarded-For", "203.0.113.7");
        request.Headers.Add(CallerAddress.Header, ProductionApp.Proxy);

        var response = await plain.SendAsync(request);

        Assert.Equal("max-age=31536000; includeSubDomains", Assert.Single(response.Headers.GetValues("Strict-Transport-Security")));
    }

    [Fact]
    public async Task Forwarded_headers_from_anyone_but_the_proxy_are_ignored_and_a_foreign_host_is_refused()
    {
        var plain = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, BaseAddress = new Uri("http://careportal.test/") });
        using var spoofed = new HttpRequestMessage(HttpMethod.Get, "/Accounts/Login");
        spoofed.Headers.Add("X-Forwarded-Proto", "https");
        spoofed.Headers.Add(CallerAddress.Header, "203.0.113.8");
        using var foreign = new HttpRequestMessage(HttpMethod.Get, "/Requests");
        foreign.Headers.Host = "evil.example";

        var fromClient = await plain.SendAsync(spoofed);
        var toForeignHost = await plain.SendAsync(foreign);
        var redirect = await plain.GetAsync(new Uri("/Requests", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, fromClient.StatusCode);
        Assert.False(fromClient.Headers.Contains("Strict-Transport-Security"));
        Assert.Equal(HttpStatusCode.BadRequest, toForeignHost.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, redirect.StatusCode);
        Assert.StartsWith("/Accounts/Login", redirect.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }
}
