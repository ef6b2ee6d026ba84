using System.Text.Encodings.Web;
using CarePortal.Web.Data;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CarePortal.Web.Features.Accounts;

/// <summary>Authenticates <c>Authorization: Bearer cp_…</c> against the hashed tokens, with the same claims as a cookie sign-in.</summary>
public sealed class ApiTokenAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    AppDbContext db,
    UserManager<AppUser> users,
    IUserClaimsPrincipalFactory<AppUser> principals)
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
        var token = await db.ApiTokens.AsNoTracking().SingleOrDefaultAsync(t => t.Hash == hash && t.RevokedAt == null, Context.RequestAborted);
        var user = token is null ? null : await users.FindByIdAsync(token.UserId);
        if (user is null || await users.IsLockedOutAsync(user))
        {
            return AuthenticateResult.Fail("Unknown or revoked token.");
        }

        var principal = await principals.CreateAsync(user);
        return AuthenticateResult.Success(new AuthenticationTicket(principal, SchemeName));
    }
}
