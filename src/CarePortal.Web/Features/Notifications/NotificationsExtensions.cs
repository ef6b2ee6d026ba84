using System.Security.Claims;
using CarePortal.Web.Data;
using CarePortal.Web.Features.Accounts;
using CarePortal.Web.Features.Notifications.Emails;
using CarePortal.Web.Features.Refusals;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CarePortal.Web.Features.Notifications;

public static class NotificationsExtensions
{
    public static WebApplicationBuilder AddNotifications(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<MailOptions>().BindConfiguration(MailOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddSingleton<EmailRenderer>();
        builder.Services.AddSingleton<MailTransportFactory>();
        builder.Services.AddScoped<Outbox>();
        builder.Services.TryAddScoped<INoticeTexts, NoNoticeTexts>();
        builder.Services.AddScoped<OutboxSender>();
        builder.Services.AddScoped<DailyDigest>();
        builder.Services.AddScoped<NoticeList>();
        builder.Services.AddScoped<MarkRead>();
        if (builder.Configuration.GetValue($"{MailOptions.Section}:{nameof(MailOptions.SendInBackground)}", true))
        {
            builder.Services.AddHostedService<OutboxService>();
            builder.Services.AddHostedService<DailyDigestService>();
        }

        return builder;
    }

    public static WebApplication MapNotifications(this WebApplication app)
    {
        var api = app.MapGroup("/api/notifications").WithTags("Notifications").RequireAuthorization();
        api.MapGet("/", Mine);
        api.MapGet("/unread", async (ClaimsPrincipal user, NoticeList notices, CancellationToken ct) =>
            TypedResults.Ok(new UnreadView(await notices.UnreadAsync(user.UserId(), ct))));
        api.MapPost("/{id:long}/read", async (long id, ClaimsPrincipal user, MarkRead mark, CancellationToken ct) =>
            (await mark.OneAsync(user.UserId(), id, ct)).Found ? TypedResults.NoContent() : throw RefusedException.NotFound()).Refuses(404);
        api.MapPost("/read", async (ClaimsPrincipal user, MarkRead mark, CancellationToken ct) =>
        {
            await mark.AllAsync(user.UserId(), ct);
            return TypedResults.NoContent();
        });
        api.MapGet("/preferences", GetPreferences);
        api.MapPut("/preferences", SetPreferences);
        return app;
    }

    /// <summary>The person's latest notices (subject and link only), newest first.</summary>
    private static async Task<Ok<List<NotificationView>>> Mine(ClaimsPrincipal user, NoticeList notices, CancellationToken ct) =>
        TypedResults.Ok(await notices.LatestAsync(user.UserId(), NoticeList.PageSize, ct));

    private static async Task<Ok<PreferencesView>> GetPreferences(ClaimsPrincipal user, AppDbContext db, CancellationToken ct)
    {
        var me = user.UserId();
        var preference = await db.NotificationPreferences.AsNoTracking().SingleOrDefaultAsync(p => p.UserId == me, ct);
        return TypedResults.Ok(new PreferencesView(preference?.EmailOff ?? false, preference?.DailyDigest ?? false));
    }

    private static async Task<Ok<PreferencesView>> SetPreferences(PreferencesView input, ClaimsPrincipal user, AppDbContext db, CancellationToken ct)
    {
        await NotificationPreferences.SetAsync(db, user.UserId(), input, ct);
        return TypedResults.Ok(input);
    }
}

public static class NotificationPreferences
{
    public static async Task SetAsync(AppDbContext db, string userId, PreferencesView input, CancellationToken ct)
    {
        var preference = await db.NotificationPreferences.SingleOrDefaultAsync(p => p.UserId == userId, ct);
        if (preference is null)
        {
            preference = new NotificationPreference { UserId = userId };
            db.NotificationPreferences.Add(preference);
        }

        preference.EmailOff = input.EmailOff;
        preference.DailyDigest = input.DailyDigest;
        await db.SaveChangesAsync(ct);
    }
}

public sealed record PreferencesView(bool EmailOff, bool DailyDigest);

public sealed record NotificationView(long Id, string Kind, string? Subject, int? RequestId, string Status, DateTimeOffset CreatedAt, string? Link = null, DateTimeOffset? ReadAt = null);

/// <summary>How many of the person's notices are unread.</summary>
public sealed record UnreadView(int Unread);
