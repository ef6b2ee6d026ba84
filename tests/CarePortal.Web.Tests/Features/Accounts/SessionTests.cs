using System.Net;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;
using Xunit;

namespace CarePortal.Web.Tests.Features.Accounts;

/// <summary>Signing out ends the session on the server: a copy of the cookie taken before stops working (issue #17 item 3).</summary>
public abstract class SessionTests<TApp>(TApp app) where TApp : CarePortalApp
{
    [Fact]
    public async Task A_copied_cookie_stops_working_when_its_owner_signs_out()
    {
        var cookies = new System.Net.CookieContainer();
        var browser = app.CreateDefaultClient(new CookieContainerHandler(cookies));
        var signedIn = await Forms.PostAsync(browser, "/Accounts/Login", new Dictionary<string, string> { ["Email"] = DemoPeople.Supervisor, ["Password"] = DemoPeople.Password });
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        var copied = cookies.GetCookies(browser.BaseAddress!)["careportal"]!.Value;
        var thief = app.CreateDefaultClient();
        thief.DefaultRequestHeaders.Add("Cookie", "careportal=" + copied);
        Assert.Equal(HttpStatusCode.OK, (await thief.GetAsync(new Uri("/api/accounts/me", UriKind.Relative))).StatusCode);

        var signedOut = await Forms.PostAsync(browser, "/", "/Accounts/Logout", new Dictionary<string, string>());

        Assert.Equal(HttpStatusCode.Redirect, signedOut.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await thief.GetAsync(new Uri("/api/accounts/me", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await Forms.PostAsync(browser, "/Accounts/Login", new Dictionary<string, string> { ["Email"] = DemoPeople.Supervisor, ["Password"] = DemoPeople.Password })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync(new Uri("/api/accounts/me", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await thief.GetAsync(new Uri("/api/accounts/me", UriKind.Relative))).StatusCode);
    }
}

public sealed class SessionTests_Sqlite(SqliteApp app) : SessionTests<SqliteApp>(app), IClassFixture<SqliteApp>;

[Trait("Tier", "Postgres")]
public sealed class SessionTests_Postgres(PostgresApp app) : SessionTests<PostgresApp>(app), IClassFixture<PostgresApp>;
