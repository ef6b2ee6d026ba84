using System.Security.Claims;
using CarePortal.Web.Data;
using CarePortal.Web.Features.Accounts;
using CarePortal.Web.Features.Refusals;
using CarePortal.Web.Features.Requests;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;

namespace CarePortal.Web.Features.Churches;

public static class ChurchesEndpoints
{
    public static WebApplicationBuilder AddChurches(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<RoutingOptions>().BindConfiguration(RoutingOptions.Section).ValidateOnStart();
        services.AddSingleton<Microsoft.Extensions.Options.IValidateOptions<RoutingOptions>, RoutingOptionsValidator>();
        services.AddSingleton<ChurchDirectory>();
        services.AddScoped<ChurchRouter>();
        services.AddScoped<Openings>();
        services.AddScoped<IRequestOpenedListener>(provider => provider.GetRequiredService<Openings>());
        services.AddScoped<PendingOpenings>();
        services.AddScoped<ClosingNotices>();
        services.AddScoped<IRequestClosingListener>(provider => provider.GetRequiredService<ClosingNotices>());
        services.AddSingleton<OpeningBatcher>();
        services.AddScoped<ChurchSide>();
        services.AddScoped<ChurchEnrolment>();
        // One action, one class: a church's life on the platform ...
        services.AddScoped<Onboard>().AddScoped<Apply>().AddScoped<Decide>().AddScoped<ChangeSettings>().AddScoped<Pause>()
            .AddScoped<InviteResponder>().AddScoped<RemoveResponder>().AddScoped<ListResponders>().AddScoped<SetTeam>().AddScoped<SetCountyReach>().AddScoped<ReadCountyReach>()
            .AddScoped<ListMembers>().AddScoped<CreateTeam>().AddScoped<NameTeamLeader>().AddScoped<ChangeProfile>();
        // ... and its side of a request.
        services.AddScoped<Respond>().AddScoped<ListClaims>().AddScoped<Assign>().AddScoped<ListMessages>().AddScoped<WriteMessage>()
            .AddScoped<Connect>().AddScoped<ListConnections>().AddScoped<ViewAsChurch>().AddScoped<Deliver>().AddScoped<Forward>().AddScoped<ListThreads>();
        services.AddScoped<RoutingJobs>();
        services.AddScoped<ConnectionFollowUps>();
        services.AddScoped<FollowUpAnswers>();
        services.AddScoped<NearbyShare>();
        services.AddScoped<IRequestPageSection, RequestChurchesSection>();
        services.AddSingleton<RespondLinks>();
        services.AddHostedService<RoutingService>();
        services.AddHostedService<ChurchDemoData>();
        return builder;
    }

    public static WebApplication MapChurches(this WebApplication app)
    {
        // Each endpoint declares the refusals its action gives (403 a reader without the right, 404 a church the caller may not
        // read, 409 a decision made already, 429 an address named too often); RefusalsInOpenApi adds 400, 401, 404 and 500.
        var churches = app.MapGroup("/api/churches").WithTags("Churches").RequireAuthorization();
        churches.MapGet("/", List);
        churches.MapPost("/", async (ChurchInput input, ClaimsPrincipal user, Onboard onboard, CancellationToken ct) =>
            Created(await onboard.OnboardAsync(user, input, ct))).Refuses(403);
        churches.MapPost("/applications", async (ChurchInput input, Apply apply, CancellationToken ct) =>
            Created(await apply.ApplyAsync(input, ct))).AllowAnonymous().Refuses(429);
        churches.MapGet("/{id:int}", async (int id, ClaimsPrincipal user, AppDbContext db, CancellationToken ct) =>
            TypedResults.Ok(ChurchView.From(await ChurchReaders.ReadAsync(db, user, id, ct)))).Refuses(404);
        churches.MapPost("/{id:int}/approve", async (int id, ClaimsPrincipal user, Decide decide, CancellationToken ct) =>
            TypedResults.Ok(ChurchView.From(await decide.DecideAsync(user, id, approve: true, ct)))).Refuses(403, 404, 409);
        churches.MapPost("/{id:int}/decline", async (int id, [FromBody(EmptyBodyBehavior = EmptyBodyBehavior.Allow)] DeclineInput? input, ClaimsPrincipal user, Decide decide, CancellationToken ct) =>
            TypedResults.Ok(ChurchView.From(await decide.DecideAsync(user, id, approve: false, ct, input?.Reason)))).Refuses(403, 404, 409);
        churches.MapPut("/{id:int}", async (int id, ChurchSettingsInput input, ClaimsPrincipal user, ChangeSettings settings, CancellationToken ct) =>
            TypedResults.Ok(ChurchView.From(await settings.SetAsync(user, id, input, ct)))).Refuses(403, 404);
        churches.MapPost("/{id:int}/pause", async (int id, ClaimsPrincipal user, Pause pause, CancellationToken ct) =>
            TypedResults.Ok(ChurchView.From(await pause.PauseAsync(user, id, paused: true, ct)))).Refuses(403, 404);
        churches.MapPost("/{id:int}/resume", async (int id, ClaimsPrincipal user, Pause pause, CancellationToken ct) =>
            TypedResults.Ok(ChurchView.From(await pause.PauseAsync(user, id, paused: false, ct)))).Refuses(403, 404);
        churches.MapGet("/{id:int}/responders", async (int id, ClaimsPrincipal user, ListResponders responders, CancellationToken ct) =>
            TypedResults.Ok(await responders.WithContactsAsync(user, id, ct))).Refuses(403, 404);
        churches.MapPost("/{id:int}/responders", async (int id, ResponderInput input, ClaimsPrincipal user, InviteResponder invite, CancellationToken ct) =>
        {
            await invite.InviteAsync(user, id, input, ct);
            return TypedResults.Accepted((string?)null, new InvitationView(input.Email!.Trim()));
        }).Refuses(403, 404);
        churches.MapDelete("/{id:int}/responders/{userId}", async (int id, string userId, ClaimsPrincipal user, RemoveResponder remove, CancellationToken ct) =>
        {
            await remove.RemoveResponderAsync(user, id, userId, ct);
            return TypedResults.NoContent();
        }).Refuses(403, 404);
        churches.MapPut("/{id:int}/teams/{teamId:int}", async (int id, int teamId, TeamSettingInput input, ClaimsPrincipal user, SetTeam team, CancellationToken ct) =>
        {
            await team.SetTeamAsync(user, id, teamId, input, ct);
            return TypedResults.NoContent();
        }).Refuses(403, 404);
        churches.MapGet("/{id:int}/connections", async (int id, ClaimsPrincipal user, ListConnections connections, CancellationToken ct) =>
            TypedResults.Ok(await connections.ConnectionsAsync(user, id, ct))).Refuses(404);
        churches.MapGet("/{id:int}/requests", Received).Refuses(403);

        var counties = app.MapGroup("/api/counties").WithTags("Churches").RequireAuthorization();
        counties.MapGet("/{id:int}/reach", async (int id, ReadCountyReach reach, CancellationToken ct) => TypedResults.Ok(await reach.ReadAsync(id, ct))).Refuses(404);
        counties.MapPut("/{id:int}/reach", async (int id, CountyReachInput input, ClaimsPrincipal user, SetCountyReach reach, CancellationToken ct) =>
        {
            await reach.SetReachAsync(user, id, input, ct);
            return TypedResults.NoContent();
        }).Refuses(403, 404);

        return app.MapResponses();
    }

    /// <summary>The churches the user reads (<see cref="ChurchReaders"/>): approved ones for everyone signed in, applications for a platform admin and their applicant.</summary>
    private static async Task<Ok<List<ChurchView>>> List(ClaimsPrincipal user, AppDbContext db, CancellationToken ct)
    {
        var rows = await db.Churches.AsNoTracking().Include(c => c.Organisation).Where(ChurchReaders.Of(user))
            .OrderBy(c => c.Organisation!.Name).Take(1000).ToListAsync(ct);
        return TypedResults.Ok(rows.Select(ChurchView.From).ToList());
    }

    /// <summary>The open requests that went to the church, newest first (public part: the request's own page has the rest).</summary>
    private static async Task<Ok<List<ReceivedView>>> Received(int id, ClaimsPrincipal user, AppDbContext db, TimeProvider clock, CancellationToken ct) =>
        TypedResults.Ok(await ReceivedFeed.ReadAsync(db, id, user.UserId(), clock.GetUtcNow(), ct)
            ?? throw RefusedException.Forbidden("Only the church's people see the requests it received."));

    private static Created<ChurchView> Created(Church church) => TypedResults.Created($"/api/churches/{church.Id}", ChurchView.From(church));
}

public sealed record ReceivedView(int RequestId, string Need, Urgency Urgency, string Description, double Miles, int Round, DateTimeOffset At);
