using CarePortal.Web.Features.Notifications;

namespace CarePortal.Web.Features.Texts;

public static class TextsExtensions
{
    public static WebApplicationBuilder AddTexts(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<TextOptions>().BindConfiguration(TextOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddSingleton<TextTransportFactory>();
        builder.Services.AddScoped<TextOutbox>();
        builder.Services.AddScoped<TextSender>();
        builder.Services.AddSingleton<TextLinks>();
        builder.Services.AddScoped<INoticeTexts, NoticeTexts>();
        builder.Services.AddScoped<SendTextCode>();
        builder.Services.AddScoped<VerifyTextNumber>();
        builder.Services.AddScoped<SaveTextSettings>();
        builder.Services.AddLocalization();
        if (builder.Configuration.GetValue($"{MailOptions.Section}:{nameof(MailOptions.SendInBackground)}", true))
        {
            builder.Services.AddHostedService<TextOutboxService>();
        }

        return builder;
    }

    public static WebApplication MapTexts(this WebApplication app)
    {
        app.MapTwilioCallbacks();
        app.MapTwilioInbound();
        app.MapTextLinks();
        return app;
    }
}
