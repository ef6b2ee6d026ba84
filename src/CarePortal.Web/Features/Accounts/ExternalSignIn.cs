using System.Security.Claims;
using CarePortal.Web.Data;
using CarePortal.Web.Features.Refusals;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;

namespace CarePortal.Web.Features.Accounts;

/// <summary>
/// Sign-in through an agency's OpenID Connect provider (authorization code with PKCE): the provider vouches for an email
/// address; the person with that address signs in, or, where the provider is set to, a new person joins the agency's
/// organisation with the configured role. Password sign-in and API tokens are unchanged.
/// </summary>
public static partial class ExternalSignIn
{
    public static WebApplicationBuilder AddExternalSignIn(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<ExternalSignInOptions>().BindConfiguration(ExternalSignInOptions.Section)
            .Validate(o => o.IsValid, "Each ExternalSignIn provider needs a name of letters and digits, DisplayName, Authority, ClientId, and NewUserOrganisationId with a known NewUserRole (both or neither).")
            .ValidateOnStart();
        var providers = builder.Configuration.GetSection(ExternalSignInOptions.Section).Get<ExternalSignInOptions>()?.Providers ?? [];
        var authentication = builder.Services.AddAuthentication();
        foreach (var (name, provider) in providers)
        {
            authentication.AddOpenIdConnect(OidcProvider.SchemeOf(name), provider.DisplayName, options =>
            {
                options.Authority = provider.Authority;
                options.ClientId = provider.ClientId;
                options.ClientSecret = provider.ClientSecret;
                options.RequireHttpsMetadata = provider.RequireHttpsMetadata;
                options.ResponseType = OpenIdConnectResponseType.Code;
                options.ResponseMode = OpenIdConnectResponseMode.Query;
                options.UsePkce = true;
                options.SignInScheme = IdentityConstants.ExternalScheme;
                options.CallbackPath = "/signin-oidc-" + name;
                options.MapInboundClaims = false;
                options.Scope.Clear();
                options.Scope.Add("openid");
                options.Scope.Add("email");
                options.Scope.Add("profile");
                // Secure when the request is HTTPS (behind nginx, with forwarded headers); Lax suits the query response mode.
                options.CorrelationCookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
                options.CorrelationCookie.SameSite = SameSiteMode.Lax;
                options.NonceCookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
                options.NonceCookie.SameSite = SameSiteMode.Lax;
            });
        }

        return builder;
    }

    public static WebApplication MapExternalSignIn(this WebApplication app)
    {
        var group = app.MapGroup("/Accounts/External").AllowAnonymous().ExcludeFromDescription().ForPeople();
        group.MapGet("/{name}", Start);
        group.MapGet("/{name}/done", FinishAsync);
        return app;
    }

    private static IResult Start(string name, IOptions<ExternalSignInOptions> options) =>
        options.Value.Providers.ContainsKey(name)
            ? Results.Challenge(new AuthenticationProperties { RedirectUri = $"/Accounts/External/{name}/done" }, [OidcProvider.SchemeOf(name)])
            : Results.NotFound();

    private static async Task<IResult> FinishAsync(
        string name, HttpContext context, IOptions<ExternalSignInOptions> options, UserManager<AppUser> users, SignInManager<AppUser> signIn,
        AppDbContext db, ILoggerFactory loggers)
    {
        if (!options.Value.Providers.TryGetValue(name, out var provider))
        {
            return Results.NotFound();
        }

        var external = await context.AuthenticateAsync(IdentityConstants.ExternalScheme);
        await context.SignOutAsync(IdentityConstants.ExternalScheme);
        var email = external.Principal?.FindFirstValue("email");
        if (!external.Succeeded || string.IsNullOrWhiteSpace(email) || external.Principal!.FindFirstValue("email_verified") == "false" || !provider.Vouches(email))
        {
            return Refused(context, $"{provider.DisplayName} did not give a verified email address that it may vouch for. Sign in with your CarePortal password instead.");
        }

        var user = await users.FindByEmailAsync(email);
        if (user is null)
        {
            if (provider.NewUserOrganisationId is not { } organisationId || provider.NewUserRole is not { } role)
            {
                return Refused(context, "No CarePortal account has the address your agency gave. Ask your agency admin to add you.");
            }

            user = new AppUser { UserName = email, Email = email, EmailConfirmed = true, LockoutEnabled = true,
                DisplayName = external.Principal!.FindFirstValue("name") ?? email };
            var created = await users.CreateAsync(user);
            if (!created.Succeeded)
            {
                return Refused(context, "Your account could not be made: " + string.Join(" ", created.Errors.Select(e => e.Description)));
            }

            db.Memberships.Add(new Membership { UserId = user.Id, OrganisationId = organisationId, Role = role });
            await db.SaveChangesAsync(context.RequestAborted);
            var logger = loggers.CreateLogger(typeof(ExternalSignIn));
            Joined(logger, name, user.Id);
        }

        if (await users.IsLockedOutAsync(user))
        {
            return Refused(context, "This account is locked: ask your agency admin.");
        }

        await signIn.SignInAsync(user, isPersistent: false, authenticationMethod: OidcProvider.SchemeOf(name));
        return Results.LocalRedirect("/");
    }

    /// <summary>The HTML error page with the sentence and a way back (a browser is here, never a program).</summary>
    private static IResult Refused(HttpContext context, string why) => Audience.Refuse(context, new Refusal(StatusCodes.Status403Forbidden, "Not signed in", why));

    [LoggerMessage(Level = LogLevel.Information, Message = "A new person joined through the {Provider} provider: user {UserId}.")]
    private static partial void Joined(ILogger logger, string provider, string userId);
}
