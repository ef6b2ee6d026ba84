using CarePortal.Review;

namespace CarePortal.Web.Features.Training;

public static class TrainingExtensions
{
    /// <summary>The module (validated now, so a broken training-module.json stops the start), its grader, progress and status, and the reviewer warmed up on its exercises.</summary>
    public static WebApplicationBuilder AddTraining(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton(TrainingModule.Load(builder.Environment.ContentRootFileProvider, Reviewer.Default.Needs));
        builder.Services.AddSingleton<TrainingGrader>();
        builder.Services.AddHostedService<ReviewerWarmUp>();
        builder.Services.AddScoped<TrainingProgressStore>();
        builder.Services.AddScoped<TrainingStatus>();
        builder.Services.AddScoped<Requests.IWriterReadiness>(services => services.GetRequiredService<TrainingStatus>());
        builder.Services.AddScoped<TrainingRoster>();
        builder.Services.AddScoped<Organisations.IAgencyTrainingRule, AgencyTrainingRule>();
        builder.Services.AddOptions<TrainingOptions>().BindConfiguration(TrainingOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        return builder;
    }
}
