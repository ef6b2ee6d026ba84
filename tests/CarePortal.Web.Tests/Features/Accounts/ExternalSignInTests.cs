using System.Net;
using System.Net.Http.Json;
using CarePortal.Web.Features.Accounts;
using CarePortal.Web.Tests.Browser;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Xunit;

namespace CarePortal.Web.Tests.Features.Accounts;

/// <summary>
/// Sign-in through an agency's OpenID Connect provider, against a real provider on loopback (OpenIddict), over real HTTP
/// with the redirects a browser follows. Provider "dcs" vouches only for dcs.example addresses of people who have an
/// account; provider "county" lets new people join organisation 1 as caseworkers.
/// </summary>
public sealed class ExternalSignInTests(ExternalSignInTests.OidcApp app, TestIdentityProvider provider)
    : IClassFixture<ExternalSignInTests.OidcApp>, IClassFixture<TestIdentityProvider>
{
    public sealed class OidcApp : CarePortalApp
    {
        public Uri? Authority { get; set; }

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
            foreach (var name in new[] { "dcs", "county" })
            {
                var key = $"ExternalSignIn:Providers:{name}:";
                builder.UseSetting(key + "Authority", Authority!.ToString());
                builder.UseSetting(key + "ClientId", TestIdentityProvider.ClientId);
                builder.UseSetting(key + "ClientSecret", TestIdentityProvider.ClientSecret);
                builder.UseSetting(key + "RequireHttpsMetadata", "false");
            }

            builder.UseSetting("ExternalSignIn:Providers:dcs:DisplayName", "the DCS directory");
            builder.UseSetting("ExternalSignIn:Providers:dcs:EmailDomains:0", "dcs.example");
            builder.UseSetting("ExternalSignIn:Providers:county:DisplayName", "the county directory");
            builder.UseSetting("ExternalSignIn:Providers:county:NewUserOrganisationId", "1");
            builder.UseSetting("ExternalSignIn:Providers:county:NewUserRole", Roles.Caseworker);
        }

        public override async ValueTask DisposeAsync()
        {
            await base.DisposeAsync();
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        }
    }

    private async Task<(HttpResponseMessage Answer, HttpClient Browser)> SignInThroughAsync(string providerName, string email, bool verified = true)
    {
        app.Authority ??= provider.Authority;
        // The correlation and nonce cookies expire by the app's clock, the ID token by the provider's: both must be now.
        if (app.Clock.GetUtcNow() < DateTimeOffset.UtcNow)
        {
            app.Clock.SetUtcNow(DateTimeOffset.UtcNow);
        }

        var site = Kestrel.SiteOf(app);
        await provider.RegisterClientAsync(site, "dcs", "county");
        provider.NextPerson = (email, "Casey Newcomer", verified);
        var browser = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = true }) { BaseAddress = site };
        return (await browser.GetAsync(new Uri($"/Accounts/External/{providerName}", UriKind.Relative)), browser);
    }

    [Fact]
    public async Task A_person_with_an_account_signs_in_through_the_agency_provider_as_themselves()
    {
        var (answer, browser) = await SignInThroughAsync("dcs", DemoPeople.Caseworker2);

        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        Assert.Equal("/", answer.RequestMessage!.RequestUri!.AbsolutePath);
        var me = await browser.GetFromJsonAsync<MeView>("/api/accounts/me", Json.Options);
        Assert.Equal(DemoPeople.Caseworker2, me!.Email);
        Assert.NotEmpty(me.Memberships);
    }

    [Fact]
    public async Task A_provider_for_existing_people_refuses_an_unknown_address_and_makes_no_account()
    {
        var email = $"stranger.{Guid.NewGuid():N}@dcs.example";

        var (answer, browser) = await SignInThroughAsync("dcs", email);

        Assert.Equal(HttpStatusCode.Forbidden, answer.StatusCode);
        // The HTML error page (a browser is here), with the sentence and a way back; never plain text.
        Assert.Equal("text/html", answer.Content.Headers.ContentType?.MediaType);
        var page = await answer.Content.ReadAsStringAsync();
        Assert.Contains("No CarePortal account has the address your agency gave. Ask your agency admin to add you.", page, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/\"", page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Unauthorized, (await browser.GetAsync(new Uri("/api/accounts/me", UriKind.Relative))).StatusCode);
        var normalized = email.ToUpperInvariant();
        Assert.False(await app.QueryAsync(db => db.Users.AnyAsync(u => u.NormalizedEmail == normalized)));
    }

    [Fact]
    public async Task A_provider_cannot_vouch_for_an_address_outside_its_domains_or_one_it_did_not_verify()
    {
        var (church, _) = await SignInThroughAsync("dcs", DemoPeople.PointPerson);
        var (unverified, _) = await SignInThroughAsync("dcs", DemoPeople.Caseworker2, verified: false);

        Assert.Equal(HttpStatusCode.Forbidden, church.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, unverified.StatusCode);
        Assert.Contains("did not give a verified email address that it may vouch for", await unverified.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal("text/html", unverified.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task A_new_person_joins_the_configured_organisation_as_a_caseworker()
    {
        var email = $"newcomer.{Guid.NewGuid():N}@county.example";

        var (answer, browser) = await SignInThroughAsync("county", email);

        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        var me = await browser.GetFromJsonAsync<MeView>("/api/accounts/me", Json.Options);
        Assert.Equal((email, "Casey Newcomer"), (me!.Email, me.Name));
        var normalized = email.ToUpperInvariant();
        var membership = await app.QueryAsync(db => db.Memberships.Where(m => m.User!.NormalizedEmail == normalized).Select(m => new { m.OrganisationId, m.Role }).SingleAsync());
        Assert.Equal((1, Roles.Caseworker), (membership.OrganisationId, membership.Role));
    }

    [Fact]
    public async Task The_sign_in_page_offers_each_provider()
    {
        var (_, browser) = await SignInThroughAsync("dcs", DemoPeople.Caseworker2);
        var anonymous = new HttpClient { BaseAddress = browser.BaseAddress };

        var page = await anonymous.GetStringAsync(new Uri("/Accounts/Login", UriKind.Relative));

        Assert.Contains("<a href=\"/Accounts/External/dcs\">Sign in with the DCS directory</a>", page, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/Accounts/External/county\">Sign in with the county directory</a>", page, StringComparison.Ordinal);
    }
}

/// <summary>Without providers in the configuration nothing changes: no button, no route.</summary>
public sealed class NoExternalSignInTests(SqliteApp app) : IClassFixture<SqliteApp>
{
    [Fact]
    public async Task Without_providers_the_sign_in_page_offers_only_the_password()
    {
        var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        var page = await client.GetStringAsync(new Uri("/Accounts/Login", UriKind.Relative));
        var external = await client.GetAsync(new Uri("/Accounts/External/dcs", UriKind.Relative));

        Assert.DoesNotContain("/Accounts/External", page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, external.StatusCode);
    }
}
