using System.Globalization;
using System.Security.Claims;
using System.Security.Cryptography;
using CarePortal.Web.Data;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;

namespace CarePortal.Web.Features.Accounts;

/// <summary>
/// Each cookie sign-in is a session kept on the server (a row of Identity's user tokens, provider <see cref="Provider"/>),
/// named by a claim in the cookie. Signing out deletes the row, so a copied cookie stops working: at once on the node that
/// signed out, within <see cref="RecheckAfter"/> on the others (each remembers a live session that long).
/// </summary>
public sealed class Sessions(IServiceScopeFactory scopes, TimeProvider clock) : IDisposable
{
    public const string ClaimType = "careportal:session";

    public const string Provider = "CarePortal.Session";

    public static readonly TimeSpan RecheckAfter = TimeSpan.FromSeconds(30);

    /// <summary>Sessions older than this are forgotten when their person signs in again (the cookie's own lifetime is 14 days).</summary>
    private static readonly TimeSpan KeptFor = TimeSpan.FromDays(30);

    private readonly MemoryCache live = new(new MemoryCacheOptions { SizeLimit = 100_000 });

    public async Task StartAsync(CookieSigningInContext context)
    {
        if (context.Principal?.Identity is not ClaimsIdentity identity || identity.FindFirst(ClaimTypes.NameIdentifier)?.Value is not { } userId)
        {
            return;
        }

        var id = Convert.ToHexString(RandomNumberGenerator.GetBytes(16));
        var now = clock.GetUtcNow();
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var old = (now - KeptFor).ToString("O", CultureInfo.InvariantCulture);
        await db.UserTokens.Where(t => t.UserId == userId && t.LoginProvider == Provider && string.Compare(t.Value, old) < 0).ExecuteDeleteAsync();
        db.UserTokens.Add(new IdentityUserToken<string> { UserId = userId, LoginProvider = Provider, Name = id, Value = now.ToString("O", CultureInfo.InvariantCulture) });
        await db.SaveChangesAsync();
        identity.AddClaim(new Claim(ClaimType, id));
    }

    /// <summary>Whether the cookie's session was not ended; a cookie from before sessions were kept has none and is not.</summary>
    public async Task<bool> IsLiveAsync(ClaimsPrincipal principal, CancellationToken ct)
    {
        if (principal.FindFirstValue(ClaimType) is not { } id || principal.FindFirstValue(ClaimTypes.NameIdentifier) is not { } userId)
        {
            return false;
        }

        if (live.TryGetValue(id, out _))
        {
            return true;
        }

        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var found = await db.UserTokens.AsNoTracking().AnyAsync(t => t.UserId == userId && t.LoginProvider == Provider && t.Name == id, ct);
        if (found)
        {
            live.Set(id, true, new MemoryCacheEntryOptions { Size = 1, AbsoluteExpirationRelativeToNow = RecheckAfter });
        }

        return found;
    }

    public async Task EndAsync(ClaimsPrincipal principal, CancellationToken ct)
    {
        if (principal.FindFirstValue(ClaimType) is not { } id || principal.FindFirstValue(ClaimTypes.NameIdentifier) is not { } userId)
        {
            return;
        }

        live.Remove(id);
        await using var scope = scopes.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<AppDbContext>().UserTokens
            .Where(t => t.UserId == userId && t.LoginProvider == Provider && t.Name == id).ExecuteDeleteAsync(ct);
    }

    /// <summary>Every session of the person ends (their account was switched off, or they asked to be signed out everywhere).</summary>
    public async Task EndAllAsync(string userId, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<AppDbContext>().UserTokens
            .Where(t => t.UserId == userId && t.LoginProvider == Provider).ExecuteDeleteAsync(ct);
        live.Clear();
    }

    /// <summary>Identity's periodic refresh builds a new principal: the session it belongs to goes with it.</summary>
    public static Task KeepOnRefresh(SecurityStampRefreshingPrincipalContext context)
    {
        if (context.CurrentPrincipal?.FindFirst(ClaimType) is { } session && context.NewPrincipal?.Identity is ClaimsIdentity identity)
        {
            identity.AddClaim(new Claim(ClaimType, session.Value));
        }

        return Task.CompletedTask;
    }

    public void Dispose() => live.Dispose();
}
