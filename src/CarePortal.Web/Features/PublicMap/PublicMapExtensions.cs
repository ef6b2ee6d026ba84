namespace CarePortal.Web.Features.PublicMap;

/// <summary>The public map of open needs (issue #19, item 6): counts by county, need and urgency for anyone.</summary>
public static class PublicMapExtensions
{
    public static WebApplicationBuilder AddPublicMap(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton(_ => CountyMap.Load());
        builder.Services.AddScoped<ReadOpenNeeds>();
        return builder;
    }
}
