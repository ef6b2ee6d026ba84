using System.Net;
using System.Net.Http.Json;
using CarePortal.Web.Data;
using CarePortal.Web.Features.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace CarePortal.Web.Tests.Features.Accounts;

/// <summary>
/// A sign-in cookie is checked against the person's account every 30 minutes (Identity's security stamp interval), not on
/// every request: within the interval it works as issued, once the check is due a changed stamp signs it out and changed
/// memberships replace those it carried.
/// </summary>
public abstract class CookieRevalidationTests<TApp>(TApp app) where TApp : CarePortalApp
{
    private static readonly TimeSpan PastTheInterval = TimeSpan.FromMinutes(31);

    [Fact]
    public async Task A_changed_security_stamp_signs_the_cookie_out_once_the_check_is_due()
    {
        var client = await Forms.SignedInAsync(app, DemoPeople.Supervisor);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/accounts/me")).StatusCode);

        await using (var scope = app.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
            Assert.True((await users.UpdateSecurityStampAsync((await users.FindByEmailAsync(DemoPeople.Supervisor))!)).Succeeded);
        }

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/accounts/me")).StatusCode);
        app.Clock.Advance(PastTheInterval);
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/accounts/me")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/Requests")).StatusCode);
    }

    [Fact]
    public async Task A_removed_membership_leaves_the_cookie_once_the_check_is_due()
    {
        var client = await Forms.SignedInAsync(app, DemoPeople.Caseworker2);
        Assert.Contains((await MeAsync(client)).Memberships, m => m.StartsWith(Roles.Caseworker + "@", StringComparison.Ordinal));
        var me = await app.UserIdAsync(DemoPeople.Caseworker2);

        await app.QueryAsync(db => db.Memberships.Where(m => m.UserId == me && m.Role == Roles.Caseworker).ExecuteDeleteAsync());

        Assert.Contains((await MeAsync(client)).Memberships, m => m.StartsWith(Roles.Caseworker + "@", StringComparison.Ordinal));
        app.Clock.Advance(PastTheInterval);
        Assert.DoesNotContain((await MeAsync(client)).Memberships, m => m.StartsWith(Roles.Caseworker + "@", StringComparison.Ordinal));
    }

    private static async Task<MeView> MeAsync(HttpClient client) => (await client.GetFromJsonAsync<MeView>("/api/accounts/me", Json.Options))!;
}

public sealed class CookieRevalidationTests_Sqlite(SqliteApp app) : CookieRevalidationTests<SqliteApp>(app), IClassFixture<SqliteApp>;

[Trait("Tier", "Postgres")]
public sealed class CookieRevalidationTests_Postgres(PostgresApp app) : CookieRevalidationTests<PostgresApp>(app), IClassFixture<PostgresApp>;
