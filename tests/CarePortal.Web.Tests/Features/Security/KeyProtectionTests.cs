using System.Net;
using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;
using Xunit;

namespace CarePortal.Web.Tests.Features.Security;

/// <summary>
/// The key ring in the database is encrypted with a certificate kept outside it, so that a copy of the database (a backup)
/// cannot read a sign-in cookie, nor so mint one (issue #17 item 3).
/// </summary>
public abstract class KeyProtectionTests<TApp>(TApp app) where TApp : CarePortalApp
{
    [Fact]
    public async Task A_copy_of_the_database_alone_cannot_read_a_sign_in_cookie()
    {
        var cookies = new CookieContainer();
        var browser = app.CreateDefaultClient(new CookieContainerHandler(cookies));
        var signedIn = await Forms.PostAsync(browser, "/Accounts/Login", new Dictionary<string, string> { ["Email"] = DemoPeople.Supervisor, ["Password"] = DemoPeople.Password });
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        var cookie = cookies.GetCookies(browser.BaseAddress!)["careportal"]!.Value;
        var keyRing = await app.QueryAsync(db => db.DataProtectionKeys.AsNoTracking().Select(k => k.Xml!).ToListAsync());

        var copy = Directory.CreateTempSubdirectory("careportal-key-copy-");
        try
        {
            for (var i = 0; i < keyRing.Count; i++)
            {
                await File.WriteAllTextAsync(Path.Combine(copy.FullName, $"key-{i}.xml"), keyRing[i]);
            }

            var fromBackup = DataProtectionProvider.Create(copy, b => b.SetApplicationName("CarePortal").DisableAutomaticKeyGeneration())
                .CreateProtector("Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationMiddleware", "Identity.Application", "v2");

            Assert.NotEmpty(keyRing);
            Assert.All(keyRing, xml => Assert.DoesNotContain("<value>", xml, StringComparison.Ordinal));
            Assert.ThrowsAny<CryptographicException>(() => fromBackup.Unprotect(WebEncoders.Base64UrlDecode(cookie)));
        }
        finally
        {
            copy.Delete(recursive: true);
        }

        Assert.True(File.Exists(app.KeyFile));
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(app.KeyFile));
        }
    }
}

public sealed class KeyProtectionTests_Sqlite(SqliteApp app) : KeyProtectionTests<SqliteApp>(app), IClassFixture<SqliteApp>;

[Trait("Tier", "Postgres")]
public sealed class KeyProtectionTests_Postgres(PostgresApp app) : KeyProtectionTests<PostgresApp>(app), IClassFixture<PostgresApp>;
