namespace CarePortal.Web.Features.Home;

/// <summary>Each person's home: the sections that answer "what needs me now", in the order shown.</summary>
public static class HomeExtensions
{
    public static WebApplicationBuilder AddHome(this WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<HeaderLinks>();
        builder.Services.AddScoped<IHomeSection, AgencyPaused>();
        builder.Services.AddScoped<IHomeSection, ApprovalsWaiting>();
        builder.Services.AddScoped<IHomeSection, Exceptions>();
        builder.Services.AddScoped<IHomeSection, Returned>();
        builder.Services.AddScoped<IHomeSection, ChurchNews>();
        builder.Services.AddScoped<IHomeSection, ToClose>();
        builder.Services.AddScoped<IHomeSection, Drafts>();
        builder.Services.AddScoped<IHomeSection, Waiting>();
        builder.Services.AddScoped<IHomeSection, TrainingStanding>();
        builder.Services.AddScoped<IHomeSection, ChurchFeedTop>();
        builder.Services.AddScoped<IHomeSection, YourChurch>();
        builder.Services.AddScoped<IHomeSection, Commitments>();
        builder.Services.AddScoped<IHomeSection, ChurchMessages>();
        builder.Services.AddScoped<IHomeSection, AgencyOverview>();
        builder.Services.AddScoped<IHomeSection, Platform>();
        return builder;
    }
}
