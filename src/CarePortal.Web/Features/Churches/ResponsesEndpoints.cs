using System.Security.Claims;
using CarePortal.Web.Data;
using CarePortal.Web.Features.Refusals;
using CarePortal.Web.Features.Requests;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace CarePortal.Web.Features.Churches;

/// <summary>The church side of a request (<c>/api/requests/{id}/…</c>) and the connections that grew from requests.</summary>
public static class ResponsesEndpoints
{
    public static WebApplication MapResponses(this WebApplication app)
    {
        // Each endpoint declares the refusals its action gives (403 a reader without the right, 404 someone who may not read the
        // request, 409 its state or what is taken already); RefusalsInOpenApi adds 400, 401, 404 and 500.
        var requests = app.MapGroup("/api/requests").WithTags("Responses").RequireAuthorization();
        requests.MapPost("/{id:int}/responses", async (int id, ResponseInput input, ClaimsPrincipal user, Respond respond, CancellationToken ct) =>
            TypedResults.Ok(await respond.RespondAsync(user, id, input, ct))).Refuses(403, 404, 409);
        requests.MapGet("/{id:int}/claims", async (int id, ClaimsPrincipal user, ListClaims claims, CancellationToken ct) =>
            TypedResults.Ok(await claims.ClaimsAsync(user, id, ct))).Refuses(404);
        requests.MapPost("/{id:int}/assignments", async (int id, AssignmentInput input, ClaimsPrincipal user, Assign assign, CancellationToken ct) =>
        {
            await assign.AssignAsync(user, id, input, ct);
            return TypedResults.NoContent();
        }).Refuses(403, 404);
        requests.MapGet("/{id:int}/messages", async (int id, ClaimsPrincipal user, ListMessages messages, CancellationToken ct) =>
            TypedResults.Ok(await messages.MessagesAsync(user, id, ct))).Refuses(404);
        requests.MapPost("/{id:int}/messages", async (int id, MessageInput input, ClaimsPrincipal user, WriteMessage write, CancellationToken ct) =>
            TypedResults.Ok(await write.WriteAsync(user, id, input, ct))).Refuses(403, 404);
        requests.MapPost("/{id:int}/connections", async (int id, ConnectionInput input, ClaimsPrincipal user, Connect connect, CancellationToken ct) =>
            TypedResults.Ok(await connect.ConnectAsync(user, id, input, ct))).Refuses(404, 409);
        requests.MapGet("/{id:int}/recipients", Recipients).Refuses(403, 404);
        requests.MapGet("/{id:int}/church-view", async (int id, int? churchId, ClaimsPrincipal user, ViewAsChurch view, CancellationToken ct) =>
            TypedResults.Ok(await view.ChurchViewAsync(user, id, churchId, ct))).Refuses(404);
        requests.MapPost("/{id:int}/deliveries", async (int id, DeliveryInput input, ClaimsPrincipal user, Deliver deliver, CancellationToken ct) =>
            TypedResults.Ok(await deliver.DeliveredAsync(user, id, input, ct))).Refuses(403, 404, 409);
        requests.MapPost("/{id:int}/forwards", async (int id, ForwardInput input, ClaimsPrincipal user, Forward forward, CancellationToken ct) =>
            TypedResults.Ok(new ForwardedView(await forward.ForwardAsync(user, id, input, ct)))).Refuses(403, 404, 409);
        requests.MapPost("/{id:int}/share", async (int id, ShareInput input, ClaimsPrincipal user, NearbyShare share, CancellationToken ct) =>
            TypedResults.Ok(await share.ShareAsync(user, id, input, ct))).Refuses(403, 404, 409);
        requests.MapGet("/{id:int}/threads", async (int id, bool? contacts, ClaimsPrincipal user, ListThreads threads, CancellationToken ct) =>
            TypedResults.Ok(await threads.ThreadsAsync(user, id, contacts == true, ct))).Refuses(403, 404);
        var connections = app.MapGroup("/api/connections").WithTags("Responses").RequireAuthorization();
        connections.MapGet("/{id:int}/follow-ups", async (int id, ClaimsPrincipal user, FollowUpAnswers answers, CancellationToken ct) =>
            TypedResults.Ok(await answers.ReadAsync(user, id, ct))).Refuses(403, 404);
        connections.MapPost("/{id:int}/follow-ups", async (int id, FollowUpAnswerInput input, ClaimsPrincipal user, FollowUpAnswers answers, CancellationToken ct) =>
            TypedResults.Ok(await answers.AnswerAsync(user, id, input, ct))).Refuses(403, 404, 409);
        app.MapGet("/api/connections", async (ClaimsPrincipal user, ListConnections list, CancellationToken ct) =>
            TypedResults.Ok(await list.ConnectionsAsync(user, null, ct))).WithTags("Responses").RequireAuthorization();
        return app;
    }

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
}

public sealed record RecipientView(int ChurchId, string Name, double Miles, int Round, DateTimeOffset At);
