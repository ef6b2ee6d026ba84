using System.Net;
using System.Security.Claims;
using Microsoft.AspNetCore;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using OpenIddict.Abstractions;
using OpenIddict.Server.AspNetCore;
using Xunit;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace CarePortal.Web.Tests.Features.Accounts;

/// <summary>
/// A real OpenID Connect provider (OpenIddict's server) on a loopback port, standing in for an agency's: its authorize
/// endpoint signs in whoever <see cref="NextPerson"/> names without a login form, and issues codes and ID tokens as any
/// provider does (discovery, JWKS, PKCE, client secret).
/// </summary>
public sealed class TestIdentityProvider : IAsyncLifetime
{
    public const string ClientId = "careportal";
    public const string ClientSecret = "test-client-secret-of-some-length";

    private readonly string database = Path.Combine(Path.GetTempPath(), "careportal-tests", $"idp-{Guid.NewGuid():N}.db");
    private WebApplication? app;

    public Uri Authority { get; private set; } = null!;

    /// <summary>Who the provider says signs in next: email, name and whether it verified the address.</summary>
    public (string Email, string Name, bool Verified) NextPerson { get; set; } = ("nobody@agency.example", "Nobody", true);

    public async ValueTask InitializeAsync()
    {
        Directory.CreateDirectory(Path.GetDirectoryName(database)!);
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Services.AddDbContext<ProviderDb>(options => options.UseSqlite($"Data Source={database}").UseOpenIddict());
        builder.Services.AddOpenIddict()
            .AddCore(core => core.UseEntityFrameworkCore().UseDbContext<ProviderDb>())
            .AddServer(server =>
            {
                server.SetAuthorizationEndpointUris("connect/authorize").SetTokenEndpointUris("connect/token");
                server.AllowAuthorizationCodeFlow().RequireProofKeyForCodeExchange();
                server.RegisterScopes(Scopes.Email, Scopes.Profile);
                server.AddEphemeralEncryptionKey().AddEphemeralSigningKey();
                server.DisableAccessTokenEncryption();
                server.UseAspNetCore().EnableAuthorizationEndpointPassthrough().EnableTokenEndpointPassthrough().DisableTransportSecurityRequirement();
            });
        builder.Services.AddAuthentication();
        app = builder.Build();
        app.MapGet("/connect/authorize", (HttpContext context) =>
        {
            var request = context.GetOpenIddictServerRequest()!;
            var identity = new ClaimsIdentity("TestProvider", Claims.Name, Claims.Role);
            identity.SetClaim(Claims.Subject, "agency-" + NextPerson.Email)
                .SetClaim(Claims.Email, NextPerson.Email)
                .SetClaim(Claims.EmailVerified, NextPerson.Verified)
                .SetClaim(Claims.Name, NextPerson.Name);
            identity.SetScopes(request.GetScopes());
            identity.SetDestinations(_ => [Destinations.IdentityToken, Destinations.AccessToken]);
            return Results.SignIn(new ClaimsPrincipal(identity), authenticationScheme: OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
        });
        app.MapPost("/connect/token", async (HttpContext context) =>
        {
            var code = await context.AuthenticateAsync(OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
            return Results.SignIn(code.Principal!, authenticationScheme: OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
        });
        await using (var scope = app.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<ProviderDb>().Database.EnsureCreatedAsync();
        }

        await app.StartAsync();
        Authority = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First() + "/");
    }

    /// <summary>Registers CarePortal as a client, with a callback on <paramref name="site"/> for each of its providers.</summary>
    public async Task RegisterClientAsync(Uri site, params string[] providerNames)
    {
        await using var scope = app!.Services.CreateAsyncScope();
        var applications = scope.ServiceProvider.GetRequiredService<IOpenIddictApplicationManager>();
        if (await applications.FindByClientIdAsync(ClientId) is not null)
        {
            return;
        }

        var client = new OpenIddictApplicationDescriptor
        {
            ClientId = ClientId,
            ClientSecret = ClientSecret,
            ClientType = ClientTypes.Confidential,
            ConsentType = ConsentTypes.Implicit,
            Permissions =
            {
                Permissions.Endpoints.Authorization, Permissions.Endpoints.Token, Permissions.GrantTypes.AuthorizationCode,
                Permissions.ResponseTypes.Code, Permissions.Prefixes.Scope + Scopes.Email, Permissions.Prefixes.Scope + Scopes.Profile,
            },
            Requirements = { Requirements.Features.ProofKeyForCodeExchange },
        };
        foreach (var name in providerNames)
        {
            client.RedirectUris.Add(new Uri(site, "/signin-oidc-" + name));
        }

        await applications.CreateAsync(client);
    }

    public async ValueTask DisposeAsync()
    {
        if (app is not null)
        {
            await app.DisposeAsync();
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        File.Delete(database);
    }

    private sealed class ProviderDb(DbContextOptions<ProviderDb> options) : DbContext(options);
}
