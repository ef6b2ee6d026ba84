using System.Security.Claims;
using CarePortal.Web.Features.Refusals;
using CarePortal.Web.Features.Requests;

namespace CarePortal.Web.Features.Community;

/// <summary>Following a request, praying for it and sharing its public page (issue #19, item 1).</summary>
public static class CommunityExtensions
{
    public static WebApplicationBuilder AddCommunity(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddScoped<CommunitySide>().AddScoped<FollowRequest>().AddScoped<PrayForRequest>().AddScoped<SharePublicly>()
            .AddScoped<ReadShared>().AddScoped<ReadStanding>();
        services.AddScoped<FollowNotices>();
        services.AddScoped<IRequestClosingListener>(provider => provider.GetRequiredService<FollowNotices>());
        services.AddScoped<IRequestChangeListener>(provider => provider.GetRequiredService<FollowNotices>());
        services.AddScoped<IRequestPageSection, CommunitySection>();
        return builder;
    }

    public static WebApplication MapCommunity(this WebApplication app)
    {
        // Each declares its action's refusals (403 a reader without the right, 404 someone who may not read the request,
        // 409 a request no longer open); RefusalsInOpenApi adds the pipeline's.
        var requests = app.MapGroup("/api/requests").WithTags("Community").RequireAuthorization();
        requests.MapPut("/{id:int}/follow", async (int id, ClaimsPrincipal user, FollowRequest follow, CancellationToken ct) =>
            TypedResults.Ok(await follow.RunAsync(user, id, follow: true, ct))).Refuses(403, 404, 409);
        requests.MapDelete("/{id:int}/follow", async (int id, ClaimsPrincipal user, FollowRequest follow, CancellationToken ct) =>
            TypedResults.Ok(await follow.RunAsync(user, id, follow: false, ct))).Refuses(403, 404, 409);
        requests.MapPost("/{id:int}/prayers", async (int id, ClaimsPrincipal user, PrayForRequest pray, CancellationToken ct) =>
            TypedResults.Ok(await pray.RunAsync(user, id, ct))).Refuses(403, 404, 409);
        requests.MapPost("/{id:int}/public-link", async (int id, ClaimsPrincipal user, SharePublicly share, CancellationToken ct) =>
            TypedResults.Ok(await share.RunAsync(user, id, ct))).Refuses(403, 404, 409);
        return app;
    }
}
