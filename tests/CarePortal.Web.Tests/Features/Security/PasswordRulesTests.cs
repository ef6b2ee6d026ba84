using System.Net;
using System.Net.Http.Json;
using CarePortal.Web.Features.Churches;
using CarePortal.Web.Tests.Features.Requests;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Xunit;

namespace CarePortal.Web.Tests.Features.Security;

/// <summary>Passwords chosen when a church applies: 12 characters at least, no forced symbols (NIST SP 800-63B).</summary>
public sealed class PasswordRulesTests(SqliteApp app) : IClassFixture<SqliteApp>
{
    private static ChurchInput Application(string password) =>
        new("Hillside Chapel", "37919", 10, ["clothing"], $"pp.{Guid.NewGuid():N}@church.example", "Pat Point", password);

    [Fact]
    public async Task A_password_under_12_characters_is_refused_with_the_rule()
    {
        var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        var response = await client.PostAsJsonAsync("/api/churches/applications", Application("Short-pw-1!"), Json.Options);

        var problem = await RequestsClient.ProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.Contains("at least 12 characters", problem.GetProperty("errors").GetProperty("password")[0].GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_long_passphrase_without_digits_or_symbols_is_accepted()
    {
        var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        var response = await client.PostAsJsonAsync("/api/churches/applications", Application("correct horse battery staple"), Json.Options);

        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
    }

    [Fact]
    public async Task Five_wrong_passwords_lock_the_account_for_15_minutes()
    {
        var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        for (var i = 0; i < 5; i++)
        {
            await Forms.PostAsync(client, "/Accounts/Login", new Dictionary<string, string> { ["Email"] = DemoPeople.TeamLeader, ["Password"] = "not-the-password" });
        }

        var locked = await Forms.PostAsync(client, "/Accounts/Login", new Dictionary<string, string> { ["Email"] = DemoPeople.TeamLeader, ["Password"] = DemoPeople.Password });
        var normalized = DemoPeople.TeamLeader.ToUpperInvariant();
        var lockoutEnd = await app.QueryAsync(db => db.Users.Where(u => u.NormalizedEmail == normalized).Select(u => u.LockoutEnd).SingleAsync());

        Assert.Equal(HttpStatusCode.OK, locked.StatusCode);
        Assert.Contains("Try again in 15 minutes", await locked.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        // Identity reads the system clock for lockouts (not the app's TimeProvider), so the end is checked against it.
        Assert.InRange(lockoutEnd!.Value - DateTimeOffset.UtcNow, TimeSpan.FromMinutes(14), TimeSpan.FromMinutes(15));
    }
}
