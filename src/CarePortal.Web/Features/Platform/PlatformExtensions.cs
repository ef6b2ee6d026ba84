using System.Security.Claims;

namespace CarePortal.Web.Features.Platform;

/// <summary>The platform admin's work: onboarding agencies, deciding applications, pausing and resuming organisations.</summary>
public static class PlatformExtensions
{
    public static WebApplicationBuilder AddPlatform(this WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<OnboardAgency>();
        builder.Services.AddScoped<PauseAgency>();
        builder.Services.AddSingleton<Organisations.IZipLocator, ZipLocator>();
        return builder;
    }

    public static WebApplication MapPlatform(this WebApplication app)
    {
        var api = app.MapGroup("/api/platform").WithTags("Platform").RequireAuthorization();
        api.MapPost("/agencies", async (AgencyInput input, ClaimsPrincipal user, OnboardAgency onboard, CancellationToken ct) =>
            {
                var made = await onboard.OnboardAsync(user, input, ct);
                return TypedResults.Created($"/Organisations/Settings/{made.Id}", made);
            })
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status403Forbidden);
        api.MapPut("/agencies/{id:int}/paused", async (int id, AgencyPausedInput input, ClaimsPrincipal user, PauseAgency pause, CancellationToken ct) =>
                TypedResults.Ok(new AgencyPausedView(id, input.Paused, await pause.RunAsync(user, id, input.Paused, ct))))
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);
        return app;
    }
}

/// <summary>Whether the agency is to be paused (true) or reactivated (false).</summary>
public sealed record AgencyPausedInput(bool Paused);

public sealed record AgencyPausedView(int Id, bool Paused, string Said);
