using System.Security.Claims;
using CarePortal.Web.Data;
using CarePortal.Web.Features.Accounts;
using CarePortal.Web.Features.Refusals;
using CarePortal.Web.Features.Requests;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace CarePortal.Web.Features.Churches;

public static class ChurchesEndpoints
{
    public static WebApplicationBuilder AddChurches(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<RoutingOptions>().BindConfiguration(RoutingOptions.Section).ValidateOnStart();
        builder.Services.AddSingleton<Microsoft.Extensions.Options.IValidateOptions<RoutingOptions>, RoutingOptionsValidator>();
        builder.Services.AddSingleton<ChurchDirectory>();
        builder.Services.AddScoped<ChurchRouter>();
        builder.Services.AddScoped<Openings>();
        builder.Services.AddScoped<IRequestOpenedListener>(services => services.GetRequiredService<Openings>());
        builder.Services.AddScoped<PendingOpenings>();
        builder.Services.AddSingleton<OpeningBatcher>();
        builder.Services.AddScoped<ChurchAdmin>();
        builder.Services.AddScoped<Responses>();
        builder.Services.AddScoped<ChurchAccess>();
        builder.Services.AddScoped<RoutingJobs>();
        builder.Services.AddScoped<ConnectionFollowUps>();
        builder.Services.AddScoped<FollowUpAnswers>();
        builder.Services.AddScoped<NearbyShare>();
        builder.Services.AddSingleton<InvitationLinks>();
        builder.Services.AddHostedService<RoutingService>();
        builder.Services.AddHostedService<ChurchDemoData>();
        return builder;
    }

    public static WebApplication MapChurches(this WebApplication app)
    {
        var churches = app.MapGroup("/api/churches").WithTags("Churches").RequireAuthorization()
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        churches.MapGet("/", List);
        churches.MapPost("/", async (ChurchInput input, ClaimsPrincipal user, ChurchAdmin admin, CancellationToken ct) =>
            Created(await admin.OnboardAsync(user, input, ct)));
        churches.MapPost("/applications", async (ChurchInput input, ChurchAdmin admin, CancellationToken ct) =>
            Created(await admin.ApplyAsync(input, ct))).AllowAnonymous();
        churches.MapGet("/{id:int}", async (int id, ClaimsPrincipal user, ChurchAdmin admin, CancellationToken ct) => TypedResults.Ok(ChurchView.From(await admin.ReadAsync(user, id, ct))));
        churches.MapPost("/{id:int}/approve", async (int id, ClaimsPrincipal user, ChurchAdmin admin, CancellationToken ct) =>
            TypedResults.Ok(ChurchView.From(await admin.DecideAsync(user, id, approve: true, ct))));
        churches.MapPost("/{id:int}/decline", async (int id, ClaimsPrincipal user, ChurchAdmin admin, CancellationToken ct) =>
            TypedResults.Ok(ChurchView.From(await admin.DecideAsync(user, id, approve: false, ct))));
        churches.MapPut("/{id:int}", async (int id, ChurchSettingsInput input, ClaimsPrincipal user, ChurchAdmin admin, CancellationToken ct) =>
            TypedResults.Ok(ChurchView.From(await admin.SetAsync(user, id, input, ct))));
        churches.MapPost("/{id:int}/pause", async (int id, ClaimsPrincipal user, ChurchAdmin admin, CancellationToken ct) =>
            TypedResults.Ok(ChurchView.From(await admin.PauseAsync(user, id, paused: true, ct))));
        churches.MapPost("/{id:int}/resume", async (int id, ClaimsPrincipal user, ChurchAdmin admin, CancellationToken ct) =>
            TypedResults.Ok(ChurchView.From(await admin.PauseAsync(user, id, paused: false, ct))));
        churches.MapGet("/{id:int}/responders", async (int id, ClaimsPrincipal user, ChurchAdmin admin, CancellationToken ct) =>
            TypedResults.Ok(await admin.RespondersAsync(user, id, ct)));
        churches.MapPost("/{id:int}/responders", async (int id, ResponderInput input, ClaimsPrincipal user, ChurchAdmin admin, CancellationToken ct) =>
        {
            var person = await admin.InviteAsync(user, id, input, ct);
            return TypedResults.Ok(new ResponderView(person.Id, person.DisplayName, person.Email ?? "", null));
        });
        churches.MapDelete("/{id:int}/responders/{userId}", async (int id, string userId, ClaimsPrincipal user, ChurchAdmin admin, CancellationToken ct) =>
        {
            await admin.RemoveResponderAsync(user, id, userId, ct);
            return TypedResults.NoContent();
        });
        churches.MapPut("/{id:int}/teams/{teamId:int}", async (int id, int teamId, TeamSettingInput input, ClaimsPrincipal user, ChurchAdmin admin, CancellationToken ct) =>
        {
            await admin.SetTeamAsync(user, id, teamId, input, ct);
            return TypedResults.NoContent();
        });
        churches.MapGet("/{id:int}/connections", async (int id, ClaimsPrincipal user, Responses responses, CancellationToken ct) =>
            TypedResults.Ok(await responses.ConnectionsAsync(user, id, ct)));
        churches.MapGet("/{id:int}/requests", Received);

        var counties = app.MapGroup("/api/counties").WithTags("Churches").RequireAuthorization();
        counties.MapGet("/{id:int}/reach", async (int id, ChurchRouter router, CancellationToken ct) => TypedResults.Ok(await router.ReachAsync(id, ct)));
        counties.MapPut("/{id:int}/reach", async (int id, CountyReachInput input, ClaimsPrincipal user, ChurchAdmin admin, CancellationToken ct) =>
        {
            await admin.SetReachAsync(user, id, input, ct);
            return TypedResults.NoContent();
        });

        var requests = app.MapGroup("/api/requests").WithTags("Responses").RequireAuthorization()
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        requests.MapPost("/{id:int}/responses", async (int id, ResponseInput input, ClaimsPrincipal user, Responses responses, CancellationToken ct) =>
            TypedResults.Ok(await responses.RespondAsync(user, id, input, ct)));
        requests.MapGet("/{id:int}/claims", async (int id, ClaimsPrincipal user, Responses responses, CancellationToken ct) =>
            TypedResults.Ok(await responses.ClaimsAsync(user, id, ct)));
        requests.MapPost("/{id:int}/assignments", async (int id, AssignmentInput input, ClaimsPrincipal user, Responses responses, CancellationToken ct) =>
        {
            await responses.AssignAsync(user, id, input, ct);
            return TypedResults.NoContent();
        });
        requests.MapGet("/{id:int}/messages", async (int id, ClaimsPrincipal user, Responses responses, CancellationToken ct) =>
            TypedResults.Ok(await responses.MessagesAsync(user, id, ct)));
        requests.MapPost("/{id:int}/messages", async (int id, MessageInput input, ClaimsPrincipal user, Responses responses, CancellationToken ct) =>
            TypedResults.Ok(await responses.WriteAsync(user, id, input, ct)));
        requests.MapPost("/{id:int}/connections", async (int id, ConnectionInput input, ClaimsPrincipal user, Responses responses, CancellationToken ct) =>
            TypedResults.Ok(await responses.ConnectAsync(user, id, input, ct)));
        requests.MapGet("/{id:int}/recipients", Recipients);
        requests.MapGet("/{id:int}/church-view", async (int id, int? churchId, ClaimsPrincipal user, Responses responses, CancellationToken ct) =>
            TypedResults.Ok(await responses.ChurchViewAsync(user, id, churchId, ct)));
        requests.MapPost("/{id:int}/deliveries", async (int id, DeliveryInput input, ClaimsPrincipal user, Responses responses, CancellationToken ct) =>
            TypedResults.Ok(await responses.DeliveredAsync(user, id, input, ct)));
        requests.MapPost("/{id:int}/forwards", async (int id, ForwardInput input, ClaimsPrincipal user, Responses responses, CancellationToken ct) =>
            TypedResults.Ok(new ForwardedView(await responses.ForwardAsync(user, id, input, ct))));
        requests.MapPost("/{id:int}/share", async (int id, ShareInput input, ClaimsPrincipal user, NearbyShare share, CancellationToken ct) =>
            TypedResults.Ok(await share.ShareAsync(user, id, input, ct)));
        requests.MapGet("/{id:int}/threads", async (int id, bool? contacts, ClaimsPrincipal user, Responses responses, CancellationToken ct) =>
            TypedResults.Ok(await responses.ThreadsAsync(user, id, contacts == true, ct)));
        var connections = app.MapGroup("/api/connections").WithTags("Responses").RequireAuthorization()
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        connections.MapGet("/{id:int}/follow-ups", async (int id, ClaimsPrincipal user, FollowUpAnswers answers, CancellationToken ct) =>
            TypedResults.Ok(await answers.ReadAsync(user, id, ct)));
        connections.MapPost("/{id:int}/follow-ups", async (int id, FollowUpAnswerInput input, ClaimsPrincipal user, FollowUpAnswers answers, CancellationToken ct) =>
            TypedResults.Ok(await answers.AnswerAsync(user, id, input, ct)));
        app.MapGet("/api/connections", async (ClaimsPrincipal user, Responses responses, CancellationToken ct) =>
            TypedResults.Ok(await responses.ConnectionsAsync(user, null, ct))).WithTags("Responses").RequireAuthorization();
        return app;
    }

    /// <summary>The churches the user reads (<see cref="ChurchReaders"/>): approved ones for everyone signed in, applications for a platform admin and their applicant.</summary>
    private static async Task<Ok<List<ChurchView>>> List(ClaimsPrincipal user, AppDbContext db, CancellationToken ct)
    {
        var rows = await db.Churches.AsNoTracking().Include(c => c.Organisation).Where(ChurchReaders.Of(user))
            .OrderBy(c => c.Organisation!.Name).Take(1000).ToListAsync(ct);
        return TypedResults.Ok(rows.Select(ChurchView.From).ToList());
    }

    /// <summary>The open requests that went to the church, newest first (public part: the request's own page has the rest).</summary>
    private static async Task<Ok<List<ReceivedView>>> Received(int id, ClaimsPrincipal user, AppDbContext db, CancellationToken ct) =>
        TypedResults.Ok(await ReceivedFeed.ReadAsync(db, id, user.UserId(), ct)
            ?? throw RefusedException.Forbidden("Only the church's people see the requests it received."));

    /// <summary>The churches a request went to: for the agency people who see its private side.</summary>
    private static async Task<Ok<List<RecipientView>>> Recipients(int id, ClaimsPrincipal user, ReadRequest workflow, AppDbContext db, CancellationToken ct)
    {
        var request = await workflow.ReadAsync(user, id, ct);
        if (!RequestPermissions.IsAgencyStaff(user, request))
        {
            throw RefusedException.Forbidden("Only the agency sees which churches a request went to.");
        }

        return TypedResults.Ok(await db.RequestRecipients.AsNoTracking().Where(r => r.CareRequestId == id)
            .Join(db.Organisations, r => r.ChurchId, o => o.Id, (r, o) => new { r, o.Name })
            .OrderBy(x => x.r.Round).ThenBy(x => x.r.Miles).ThenBy(x => x.r.ChurchId)
            .Select(x => new RecipientView(x.r.ChurchId, x.Name, x.r.Miles, x.r.Round, x.r.At))
            .ToListAsync(ct));
    }

    private static Created<ChurchView> Created(Church church) => TypedResults.Created($"/api/churches/{church.Id}", ChurchView.From(church));
}

public sealed record ReceivedView(int RequestId, string Need, Urgency Urgency, string Description, double Miles, int Round, DateTimeOffset At);

public sealed record ForwardedView(int Responders);

public sealed record RecipientView(int ChurchId, string Name, double Miles, int Round, DateTimeOffset At);
