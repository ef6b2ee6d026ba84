using System.Security.Claims;
using CarePortal.Web.Data;
using CarePortal.Web.Features.Churches;
using CarePortal.Web.Features.Offers;
using CarePortal.Web.Features.Refusals;
using CarePortal.Web.Features.Requests;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace CarePortal.Web.Features.Champions;

/// <summary>Champions and connecting churches (issue #19 item 2): people and organisations offer help through the nearest connecting church.</summary>
public static class ChampionsExtensions
{
    public static WebApplicationBuilder AddChampions(this WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<ChampionSide>().AddScoped<Register>().AddScoped<DecideChampion>().AddScoped<ListChampions>()
            .AddScoped<ListNear>().AddScoped<OfferHelp>().AddScoped<ClaimOffer>().AddScoped<RecordFunding>()
            .AddScoped<ListStandingOffers>().AddScoped<PostStandingOffer>().AddScoped<ChangeStandingOffer>().AddScoped<WithdrawStandingOffer>()
            .AddScoped<AttachReceipt>().AddScoped<ReceiptAccess>().AddScoped<OpenReceipt>();
        builder.Services.AddScoped<IOfferingChampions, OfferingChampions>().AddScoped<NearestConnecting>();
        builder.Services.AddScoped<IRequestPageSection, FundingSection>();
        return builder;
    }

    public static WebApplication MapChampions(this WebApplication app)
    {
        // 403 someone who is not an approved champion (or, to decide, not a platform admin), 404 what the caller may not read.
        var champions = app.MapGroup("/api/champions").WithTags("Champions").RequireAuthorization();
        champions.MapPost("/registrations", async (ChampionInput input, Register register, CancellationToken ct) =>
        {
            await register.RunAsync(input, ct);
            return TypedResults.Accepted((string?)null, new Registered("Thank you: we sent an email to the address given. A platform admin reviews the registration."));
        }).AllowAnonymous().Refuses(429);
        champions.MapGet("/", async (ClaimsPrincipal user, ListChampions list, CancellationToken ct) => TypedResults.Ok(await list.RunAsync(user, ct))).Refuses(403);
        champions.MapGet("/me", async (ClaimsPrincipal user, ChampionSide side, AppDbContext db, CancellationToken ct) =>
            await side.MineAsync(user, ct) is { } mine ? TypedResults.Ok(await ChampionView.ReadAsync(db, mine.Id, ct)) : throw RefusedException.NotFound("You have not registered as a champion.")).Refuses(404);
        champions.MapPost("/{id:int}/approve", async (int id, ClaimsPrincipal user, DecideChampion decide, CancellationToken ct) =>
            TypedResults.Ok(await decide.RunAsync(user, id, approve: true, null, ct))).Refuses(403, 404, 409);
        champions.MapPost("/{id:int}/decline", async (int id, [FromBody(EmptyBodyBehavior = EmptyBodyBehavior.Allow)] DeclineInput? input, ClaimsPrincipal user, DecideChampion decide, CancellationToken ct) =>
            TypedResults.Ok(await decide.RunAsync(user, id, approve: false, input?.Reason, ct))).Refuses(403, 404, 409);
        champions.MapGet("/requests", async (ClaimsPrincipal user, ListNear near, CancellationToken ct) => TypedResults.Ok(await near.RunAsync(user, ct))).Refuses(403);
        champions.MapGet("/offers", async (ClaimsPrincipal user, ChampionSide side, AppDbContext db, CancellationToken ct) =>
            TypedResults.Ok(await ChampionOfferView.MineAsync(db, (await side.ApprovedAsync(user, ct)).Id, ct))).Refuses(403);
        champions.MapPost("/offers", async (OfferHelpInput input, ClaimsPrincipal user, OfferHelp offer, CancellationToken ct) =>
        {
            var made = await offer.RunAsync(user, input, ct);
            return TypedResults.Created($"/api/champions/offers/{made.Id}", made);
        }).Refuses(403, 404, 409);
        // The connecting church's side of an offer: its point person alone (anyone else: 404).
        champions.MapGet("/offers/{id:int}/church", async (int id, ClaimsPrincipal user, AppDbContext db, PrivateReadLog reads, CancellationToken ct) =>
            TypedResults.Ok(await ChurchOfferView.ReadAsync(db, reads, user, id, ct))).Refuses(404);
        champions.MapPost("/offers/{id:int}/claim", async (int id, [FromBody(EmptyBodyBehavior = EmptyBodyBehavior.Allow)] ClaimInput? input, ClaimsPrincipal user, ClaimOffer claim, CancellationToken ct) =>
            TypedResults.Ok(await claim.RunAsync(user, id, input?.Message, ct))).Refuses(404, 409);
        // An approved champion's standing offers (Offers' terms and matching): 403 anyone else, with why; 404 another's offer.
        var standing = champions.MapGroup("/standing-offers");
        standing.MapGet("/", async (ClaimsPrincipal user, ListStandingOffers list, CancellationToken ct) => TypedResults.Ok(await list.RunAsync(user, ct))).Refuses(403);
        standing.MapPost("/", async (OfferInput input, ClaimsPrincipal user, PostStandingOffer post, CancellationToken ct) =>
        {
            var offer = await post.RunAsync(user, input, ct);
            return TypedResults.Created($"/api/champions/standing-offers/{offer.Id}", offer);
        }).Refuses(400, 403);
        standing.MapPut("/{id:int}", async (int id, OfferInput input, ClaimsPrincipal user, ChangeStandingOffer change, CancellationToken ct) =>
            TypedResults.Ok(await change.RunAsync(user, id, input, ct))).Refuses(400, 403, 404, 409);
        standing.MapPost("/{id:int}/withdraw", async (int id, ClaimsPrincipal user, WithdrawStandingOffer withdraw, CancellationToken ct) =>
            TypedResults.Ok(await withdraw.RunAsync(user, id, ct))).Refuses(403, 404);
        champions.MapPost("/offers/{id:int}/funding", async (int id, FundingInput input, ClaimsPrincipal user, RecordFunding record, CancellationToken ct) =>
            TypedResults.Ok(await record.RunAsync(user, id, input, ct))).Refuses(404, 409);
        // The receipt's file: uploaded by that point person; opened by ReceiptAccess's readers, audited, not stored (404 anyone else).
        champions.MapPost("/offers/{id:int}/receipt", async (int id, IFormFile file, ClaimsPrincipal user, AttachReceipt attach, CancellationToken ct) =>
            TypedResults.Ok(await attach.RunAsync(user, id, file, ct))).DisableAntiforgery().Refuses(404, 409);
        champions.MapGet("/offers/{id:int}/receipt", async (int id, ClaimsPrincipal user, OpenReceipt open, CancellationToken ct) =>
        {
            var (name, contentType, content) = await open.RunAsync(user, id, ct);
            return TypedResults.File(content, contentType, name);
        }).Refuses(403, 404).Produces(StatusCodes.Status200OK, contentType: "application/pdf", additionalContentTypes: ["image/jpeg", "image/png"]);
        return app;
    }
}

/// <summary>What the church says to the caseworker with its answer, as with any "Yes, I can help".</summary>
public sealed record ClaimInput([property: System.ComponentModel.DataAnnotations.MaxLength(2000, ErrorMessage = "Keep the message under 2000 characters."), PlainText("the message")] string? Message);

/// <summary>The same answer to every registration, whoever the address belongs to.</summary>
public sealed record Registered(string Message);
