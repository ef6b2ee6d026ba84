using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Authorization;
using Scalar.AspNetCore;

namespace CarePortal.Web.Features.Site;

/// <summary>What every feature relies on: pages rooted at /Features, JSON, ProblemDetails, OpenAPI, the clock.</summary>
public static class SiteExtensions
{
    public static WebApplicationBuilder AddSite(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddProblemDetails();
        builder.Services.AddOpenApi();
        builder.Services.ConfigureHttpJsonOptions(options =>
            options.SerializerOptions.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower, allowIntegerValues: false)));
        builder.Services.AddRazorPages(options =>
        {
            options.RootDirectory = "/Features";
            options.Conventions.AuthorizeFolder("/");
            options.Conventions.AllowAnonymousToPage("/Index");
        });
        builder.Services.AddAntiforgery();
        return builder;
    }

    public static WebApplication UseSite(this WebApplication app)
    {
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler();
            app.UseHsts();
        }

        app.UseStatusCodePages();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseAntiforgery();
        return app;
    }

    public static WebApplication MapSite(this WebApplication app)
    {
        app.MapOpenApi().AllowAnonymous();
        app.MapScalarApiReference("/api/reference").AllowAnonymous();
        app.MapRazorPages();
        return app;
    }
}
