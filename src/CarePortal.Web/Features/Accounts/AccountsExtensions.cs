using System.Security.Claims;
using CarePortal.Web.Data;
using CarePortal.Web.Features.Organisations;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace CarePortal.Web.Features.Accounts;

public static class AccountsExtensions
{
    private const string SmartScheme = "CookieOrToken";

    public static WebApplicationBuilder AddAccounts(this WebApplicationBuilder builder)
    {
        builder.Services
            .AddIdentityCore<AppUser>(options =>
            {
                options.User.RequireUniqueEmail = true;
                // Failed passwords slow the caller down (SignInThrottle) and never lock an account or its tokens.
                options.Lockout.AllowedForNewUsers = false;
                // Length over composition (NIST SP 800-63B): 12 characters, no forced digits or symbols.
                options.Password.RequiredLength = 12;
                options.Password.RequiredUniqueChars = 5;
                options.Password.RequireDigit = false;
                options.Password.RequireLowercase = false;
                options.Password.RequireUppercase = false;
                options.Password.RequireNonAlphanumeric = false;
            })
            .AddEntityFrameworkStores<AppDbContext>()
            .AddSignInManager()
            .AddClaimsPrincipalFactory<MembershipClaimsFactory>()
            .AddDefaultTokenProviders()
            .AddTokenProvider<AccountLinks>(AccountLinks.ProviderName)
            .AddPasswordValidator<CommonPasswords>();

        builder.Services.Configure<IdentityOptions>(builder.Configuration.GetSection("Identity"));

        builder.Services
            .AddAuthentication(options =>
            {
                options.DefaultScheme = SmartScheme;
                options.DefaultChallengeScheme = SmartScheme;
            })
            .AddPolicyScheme(SmartScheme, "Cookie or API token", options =>
                options.ForwardDefaultSelector = context =>
                    context.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.Ordinal)
                        ? ApiTokenAuthenticationHandler.SchemeName
                        : IdentityConstants.ApplicationScheme)
            .AddScheme<AuthenticationSchemeOptions, ApiTokenAuthenticationHandler>(ApiTokenAuthenticationHandler.SchemeName, null)
            .AddIdentityCookies();

        builder.Services.ConfigureApplicationCookie(options =>
        {
            options.LoginPath = "/Accounts/Login";
            options.AccessDeniedPath = "/Accounts/Denied";
            options.Cookie.Name = "careportal";
            options.Cookie.HttpOnly = true;
            options.Cookie.SameSite = SameSiteMode.Lax;
            options.SlidingExpiration = true;
            // The API answers with a status, never with a redirect to the sign-in page.
            options.Events.OnRedirectToLogin = context => Answer(context, StatusCodes.Status401Unauthorized);
            options.Events.OnRedirectToAccessDenied = context => Answer(context, StatusCodes.Status403Forbidden);
            // A session kept on the server (Sessions): signing out ends it, and a copy of the cookie with it.
            options.Events.OnSigningIn = context => context.HttpContext.RequestServices.GetRequiredService<Sessions>().StartAsync(context);
            options.Events.OnValidatePrincipal = async context =>
            {
                if (!await context.HttpContext.RequestServices.GetRequiredService<Sessions>().IsLiveAsync(context.Principal!, context.HttpContext.RequestAborted))
                {
                    context.RejectPrincipal();
                    await context.HttpContext.SignOutAsync(IdentityConstants.ApplicationScheme);
                    return;
                }

                await SecurityStampCheck.WhenDueAsync(context);
            };
        });
        builder.Services.Configure<SecurityStampValidatorOptions>(options => options.OnRefreshingPrincipal = Sessions.KeepOnRefresh);
        builder.Services.AddSingleton<Sessions>();

        builder.Services.AddAuthorization();
        builder.Services.AddScoped<ApiTokens>();
        builder.Services.AddSingleton<SignInThrottle>();
        builder.Services.AddScoped<PersonTimeZone>();
        builder.Services.AddScoped<Organisations.IPlaceUses, RolesAtPlace>();
        builder.Services.AddSingleton<ApiTokenPrincipalCache>();
        builder.Services.AddSingleton<IAgencyAdmins, AgencyAdmins>();
        builder.AddExternalSignIn();
        return builder;
    }

    public static WebApplication MapAccounts(this WebApplication app)
    {
        var api = app.MapGroup("/api/accounts").WithTags("Accounts").RequireAuthorization();
        api.MapGet("/me", Me);
        api.MapGet("/tokens", ListTokens);
        api.MapPost("/tokens", IssueToken).ProducesProblem(StatusCodes.Status403Forbidden);
        api.MapDelete("/tokens/{id:int}", RevokeToken).ProducesProblem(StatusCodes.Status404NotFound);
        app.MapExternalSignIn();
        return app;
    }

    private static Ok<MeView> Me(ClaimsPrincipal user) => TypedResults.Ok(new MeView(
        user.UserId(),
        user.FindFirstValue(ClaimTypes.Email) ?? "",
        user.FindFirstValue(MembershipClaimTypes.DisplayName) ?? "",
        [.. user.FindAll(MembershipClaimTypes.Membership).Select(c => c.Value)]));

    /// <summary>Only a person signed in with their password mints a token: a token cannot mint more.</summary>
    private static async Task<Results<Ok<IssuedToken>, ProblemHttpResult>> IssueToken(
        IssueTokenInput input, ClaimsPrincipal user, HttpContext context, ApiTokens tokens, CancellationToken cancellationToken)
    {
        if (context.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.Ordinal))
        {
            return TypedResults.Problem("Sign in with your password to issue a token.", statusCode: StatusCodes.Status403Forbidden, title: "Forbidden");
        }

        var name = input.Name?.Trim() is { Length: > 0 } given ? given[..Math.Min(given.Length, 100)] : "agency system";
        return TypedResults.Ok(new IssuedToken(name, await tokens.IssueAsync(user.UserId(), name, cancellationToken)));
    }

    private static async Task<Ok<List<TokenView>>> ListTokens(ClaimsPrincipal user, AppDbContext db, CancellationToken cancellationToken)
    {
        var me = user.UserId();
        return TypedResults.Ok(await db.ApiTokens.AsNoTracking().Where(t => t.UserId == me).OrderBy(t => t.Id)
            .Select(t => new TokenView(t.Id, t.Name, t.CreatedAt, t.RevokedAt)).ToListAsync(cancellationToken));
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> RevokeToken(
        int id, ClaimsPrincipal user, AppDbContext db, TimeProvider clock, ApiTokenPrincipalCache cache, CancellationToken cancellationToken)
    {
        var me = user.UserId();
        var token = await db.ApiTokens.SingleOrDefaultAsync(t => t.Id == id && t.UserId == me, cancellationToken);
        if (token is null)
        {
            return TypedResults.Problem("No such token of yours.", statusCode: StatusCodes.Status404NotFound, title: "Not found");
        }

        token.RevokedAt ??= clock.GetUtcNow();
        await db.SaveChangesAsync(cancellationToken);
        cache.Forget(token.Hash);
        return TypedResults.NoContent();
    }

    private static Task Answer(RedirectContext<Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationOptions> context, int status)
    {
        if (context.Request.Path.StartsWithSegments("/api"))
        {
            context.Response.StatusCode = status;
        }
        else
        {
            // Relative: the Host header a caller sent never comes back in a redirect.
            context.Response.Redirect(Uri.TryCreate(context.RedirectUri, UriKind.Absolute, out var absolute) ? absolute.PathAndQuery : context.RedirectUri);
        }

        return Task.CompletedTask;
    }
}

public sealed record MeView(string Id, string Email, string Name, IReadOnlyList<string> Memberships);

public sealed record IssueTokenInput(string? Name);

public sealed record IssuedToken(string Name, string Token);

public sealed record TokenView(int Id, string Name, DateTimeOffset CreatedAt, DateTimeOffset? RevokedAt);
