using System.Security.Claims;
using System.Text.Encodings.Web;
using CarePortal.Web.Data;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace CarePortal.Web.Features.Accounts;

/// <summary>
/// Authenticates <c>Authorization: Bearer cp_…</c> against the hashed tokens, with the same claims as a cookie sign-in.
/// A validated token's person is kept for at most <see cref="ApiTokenPrincipalCache.Lifetime"/>, so most calls read nothing.
/// </summary>
public sealed class ApiTokenAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    ApiTokenPrincipalCache cache)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "ApiToken";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var header = Request.Headers.Authorization.ToString();
        if (!header.StartsWith("Bearer ", StringComparison.Ordinal))
        {
            return AuthenticateResult.NoResult();
        }

        var hash = ApiToken.HashOf(header["Bearer ".Length..].Trim());
        if (cache.Find(hash) is not { } principal)
        {
            // Resolved only when the token is not remembered: building the user manager and its store on every call cost
            // more than the rest of the authentication.
            var services = Context.RequestServices;
            var db = services.GetRequiredService<AppDbContext>();
            var user = await db.ApiTokens.AsNoTracking().Where(t => t.Hash == hash && t.RevokedAt == null)
                .Join(db.Users, t => t.UserId, u => u.Id, (t, u) => u).SingleOrDefaultAsync(Context.RequestAborted);
            // Failed sign-ins never lock a token: an agency's integration must not stop because someone typed its address.
            if (user is null)
            {
                return AuthenticateResult.Fail("Unknown or revoked token.");
            }

            principal = await services.GetRequiredService<IUserClaimsPrincipalFactory<AppUser>>().CreateAsync(user);
            cache.Keep(hash, principal);
        }

        return AuthenticateResult.Success(new AuthenticationTicket(principal.Clone(), SchemeName));
    }
}

/// <summary>
/// The people of recently validated tokens, by token hash, for <see cref="Lifetime"/> on the app's clock and at most
/// <see cref="MaxEntries"/> at once. A token revoked (or a person locked out or given other roles) on another node is
/// honoured within <see cref="Lifetime"/>; revoking on this node forgets it at once.
/// </summary>
public sealed class ApiTokenPrincipalCache(TimeProvider clock) : IDisposable
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(30);

    public const int MaxEntries = 10_000;

    private readonly MemoryCache entries = new(new MemoryCacheOptions { SizeLimit = MaxEntries });

    public ClaimsPrincipal? Find(string hash) =>
        entries.TryGetValue(hash, out Entry? entry) && entry is not null && clock.GetUtcNow() < entry.ValidUntil ? entry.Principal : null;

    public void Keep(string hash, ClaimsPrincipal principal) =>
        // The real-time expiry frees memory; the app's clock (ValidUntil) decides validity, so tests can move it.
        entries.Set(hash, new Entry(principal, clock.GetUtcNow() + Lifetime),
            new MemoryCacheEntryOptions { Size = 1, AbsoluteExpirationRelativeToNow = Lifetime });

    public void Forget(string hash) => entries.Remove(hash);

    public void Dispose() => entries.Dispose();

    private sealed record Entry(ClaimsPrincipal Principal, DateTimeOffset ValidUntil);
}
