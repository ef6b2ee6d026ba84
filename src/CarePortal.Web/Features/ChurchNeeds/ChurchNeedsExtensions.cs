using System.Security.Claims;
using CarePortal.Web.Features.Refusals;

namespace CarePortal.Web.Features.ChurchNeeds;

/// <summary>Needs a church knows of itself, posted by its needs leader to its own people (issue #19, item 3).</summary>
public static class ChurchNeedsExtensions
{
    public static WebApplicationBuilder AddChurchNeeds(this WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<ChurchNeedAccess>().AddScoped<PostNeed>().AddScoped<ReadNeeds>().AddScoped<ReadNote>()
            .AddScoped<RespondToNeed>().AddScoped<MarkNeedMet>().AddScoped<NameNeedsLeader>();
        builder.Services.AddScoped<Reports.IReportTables, ChurchNeedsReport>();
        return builder;
    }

    public static WebApplication MapChurchNeeds(this WebApplication app)
    {
        // 404: not one of the church's people (another church, an agency); 403: one of them without the right; 409: met already.
        var church = app.MapGroup("/api/churches/{churchId:int}").WithTags("Church needs").RequireAuthorization();
        church.MapGet("/needs", async (int churchId, ClaimsPrincipal user, ReadNeeds read, CancellationToken ct) =>
            TypedResults.Ok(await read.ListAsync(user, churchId, ct))).Refuses(404);
        church.MapPost("/needs", async (int churchId, ChurchNeedInput input, ClaimsPrincipal user, PostNeed post, CancellationToken ct) =>
        {
            var posted = await post.RunAsync(user, churchId, input, ct);
            return TypedResults.Created($"/api/church-needs/{posted.Id}", posted);
        }).Refuses(403, 404, 422);
        church.MapPut("/needs-leaders", async (int churchId, NeedsLeaderInput input, ClaimsPrincipal user, NameNeedsLeader name, CancellationToken ct) =>
        {
            await name.RunAsync(user, churchId, input, leads: true, ct);
            return TypedResults.NoContent();
        }).Refuses(403, 404);
        church.MapDelete("/needs-leaders/{userId}", async (int churchId, string userId, ClaimsPrincipal user, NameNeedsLeader name, CancellationToken ct) =>
        {
            await name.RunAsync(user, churchId, new NeedsLeaderInput(userId), leads: false, ct);
            return TypedResults.NoContent();
        }).Refuses(403, 404);

        var needs = app.MapGroup("/api/church-needs/{id:int}").WithTags("Church needs").RequireAuthorization();
        needs.MapGet("", async (int id, ClaimsPrincipal user, ReadNeeds read, CancellationToken ct) =>
            TypedResults.Ok(await read.ReadAsync(user, id, ct))).Refuses(404);
        needs.MapGet("/note", async (int id, ClaimsPrincipal user, ReadNote note, CancellationToken ct) =>
            TypedResults.Ok(await note.RunAsync(user, id, ct))).Refuses(403, 404);
        needs.MapPost("/responses", async (int id, ClaimsPrincipal user, RespondToNeed respond, CancellationToken ct) =>
            TypedResults.Ok(await respond.RunAsync(user, id, ct))).Refuses(404, 409);
        needs.MapPost("/met", async (int id, ClaimsPrincipal user, MarkNeedMet met, CancellationToken ct) =>
            TypedResults.Ok(await met.RunAsync(user, id, ct))).Refuses(403, 404, 409);
        return app;
    }
}
