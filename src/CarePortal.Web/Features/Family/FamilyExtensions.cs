using System.Globalization;
using CarePortal.Web.Features.Requests;
using Microsoft.AspNetCore.Localization;

namespace CarePortal.Web.Features.Family;

public static class FamilyExtensions
{
    public static WebApplicationBuilder AddFamily(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<FamilyOptions>().BindConfiguration(FamilyOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddLocalization();
        builder.Services.AddScoped<FamilyMessages>();
        builder.Services.AddScoped<AskFamily>();
        builder.Services.AddScoped<FamilyAnswers>();
        builder.Services.AddScoped<FamilyOnRequest>();
        builder.Services.AddScoped<EraseFamilyContacts>();
        builder.Services.AddScoped<IRequestPageSection, FamilySection>();
        builder.Services.AddScoped<Churches.IFamilyThanks, FamilyThanks>();
        builder.Services.AddScoped<Reports.IReportTables, FamilyReport>();
        if (builder.Configuration.GetValue("Family:EraseInBackground", true))
        {
            builder.Services.AddHostedService<FamilyErasureService>();
        }

        return builder;
    }

    /// <summary>The family's page speaks the link's language (<c>?culture=en|es</c>); every other page stays as it is.</summary>
    public static WebApplication UseFamily(this WebApplication app)
    {
        CultureInfo[] cultures = [CultureInfo.GetCultureInfo("en"), CultureInfo.GetCultureInfo("es")];
        var localization = new RequestLocalizationOptions
        {
            DefaultRequestCulture = new RequestCulture("en"),
            SupportedCultures = cultures,
            SupportedUICultures = cultures,
            RequestCultureProviders = [new QueryStringRequestCultureProvider()],
        };
        app.UseWhen(context => context.Request.Path.StartsWithSegments(FamilyLinks.PagePath), family => family.UseRequestLocalization(localization));
        return app;
    }
}
