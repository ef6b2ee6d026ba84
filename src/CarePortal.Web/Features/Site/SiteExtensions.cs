using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.OpenApi;
using Scalar.AspNetCore;

namespace CarePortal.Web.Features.Site;

/// <summary>What every feature relies on: pages rooted at /Features, JSON, OpenAPI, the clock.</summary>
public static class SiteExtensions
{
    public static WebApplicationBuilder AddSite(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddOpenApi(options => options.AddDocumentTransformer((document, _, _) =>
        {
            // Agency systems call the API with a bearer token; people use the site's cookie.
            document.Components ??= new OpenApiComponents();
            document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
            document.Components.SecuritySchemes["ApiToken"] = new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.Http,
                Scheme = "bearer",
                Description = "An API token (cp_…) that a signed-in person issues with POST /api/accounts/tokens.",
            };
            document.Security = [new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference("ApiToken", document)] = [] }];
            return Task.CompletedTask;
        }).AddOperationTransformer(FilesInOpenApi.Declare));
        builder.Services.ConfigureHttpJsonOptions(options =>
            options.SerializerOptions.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower, allowIntegerValues: false)));
        builder.Services.AddRazorPages(options =>
        {
            options.RootDirectory = "/Features";
            options.Conventions.AuthorizeFolder("/");
            options.Conventions.AllowAnonymousToPage("/Home/Index");
        });
        // Our own checks say what to write; the framework's implicit "The X field is required." would say it twice.
        builder.Services.Configure<Microsoft.AspNetCore.Mvc.MvcOptions>(options => options.SuppressImplicitRequiredAttributeForNonNullableReferenceTypes = true);
        builder.Services.AddAntiforgery();
        return builder;
    }

    public static WebApplication UseSite(this WebApplication app)
    {
        if (!app.Environment.IsDevelopment())
        {
            app.UseHsts();
        }

        app.UseAuthentication();
        app.UseAuthorization();
        app.UseAntiforgery();
        return app;
    }

    public static WebApplication MapSite(this WebApplication app)
    {
        app.MapOpenApi().AllowAnonymous();
        // Scalar's default fonts come from its CDN: no external CDN (and the CSP refuses them).
        app.MapScalarApiReference("/api/reference", options => options.DefaultFonts = false).AllowAnonymous();
        app.MapRazorPages().WithStaticAssets();
        return app;
    }
}
