using System.Security.Claims;
using CarePortal.Web.Features.Churches;
using CarePortal.Web.Features.Refusals;
using CarePortal.Web.Features.Requests;
using Microsoft.AspNetCore.Authorization;

namespace CarePortal.Web.Features.Offers;

/// <summary>Standing offers matched to needs (issue #19, item 5): churches post what they can give; new requests near them match.</summary>
public static class OffersExtensions
{
    public static WebApplicationBuilder AddOffers(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddScoped<OfferSide>().AddScoped<ListOffers>().AddScoped<PostOffer>().AddScoped<ChangeOffer>().AddScoped<WithdrawOffer>()
            .AddScoped<OfferMatcher>().AddScoped<NearbyOffers>().AddScoped<MatchOffers>().AddScoped<OfferCommitments>();
        services.AddScoped<IAuthorizationHandler, OfferAuthorizationHandler>();
        // Registered after Churches' Openings: requests are matched once routing has sent them.
        services.AddScoped<IRequestOpenedListener>(provider => provider.GetRequiredService<MatchOffers>());
        services.AddScoped<IChurchCommitListener>(provider => provider.GetRequiredService<OfferCommitments>());
        return builder;
    }

    public static WebApplication MapOffers(this WebApplication app)
    {
        // 403 someone who runs no church (or, for /nearby, writes no requests), 404 an offer of another church.
        var offers = app.MapGroup("/api/offers").WithTags("Offers").RequireAuthorization();
        offers.MapGet("/", async (int? churchId, ClaimsPrincipal user, ListOffers list, CancellationToken ct) =>
            TypedResults.Ok(await list.RunAsync(user, churchId, ct))).Refuses(403);
        offers.MapPost("/", async (OfferInput input, ClaimsPrincipal user, PostOffer post, CancellationToken ct) =>
        {
            var offer = await post.RunAsync(user, input, ct);
            return TypedResults.Created($"/api/offers/{offer.Id}", offer);
        }).Refuses(400, 403);
        offers.MapPut("/{id:int}", async (int id, OfferInput input, ClaimsPrincipal user, ChangeOffer change, CancellationToken ct) =>
            TypedResults.Ok(await change.RunAsync(user, id, input, ct))).Refuses(400, 403, 404, 409);
        offers.MapPost("/{id:int}/withdraw", async (int id, ClaimsPrincipal user, WithdrawOffer withdraw, CancellationToken ct) =>
            TypedResults.Ok(await withdraw.RunAsync(user, id, ct))).Refuses(403, 404);
        offers.MapGet("/nearby", async (string? need, string? zip, int? countyId, int? tier, ClaimsPrincipal user, NearbyOffers nearby, CancellationToken ct) =>
            TypedResults.Ok(await nearby.RunAsync(user, need, zip, countyId, tier, ct))).Refuses(400, 403);
        return app;
    }
}
