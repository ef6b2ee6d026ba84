using System.Security.Claims;
using CarePortal.Web.Features.Refusals;
using CarePortal.Web.Features.Requests;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CarePortal.Web.Features.CoworkerReads;

public static class CoworkerReadsEndpoints
{
    public static WebApplicationBuilder AddCoworkerReads(this WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<CoworkerReadService>();
        builder.Services.AddScoped<CoworkerReadRule>();
        builder.Services.AddScoped<ISubmissionCheck>(services => services.GetRequiredService<CoworkerReadRule>());
        builder.Services.AddScoped<IDraftReads>(services => services.GetRequiredService<CoworkerReadService>());
        return builder;
    }

    public static WebApplication MapCoworkerReads(this WebApplication app)
    {
        // A request the caller may not see is 404; one they see but whose reads are not theirs to ask or read, 403.
        var requests = app.MapGroup("/api/requests/{id:int}").WithTags("Coworker reads").RequireAuthorization()
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);
        requests.MapGet("/coworkers", Coworkers);
        requests.MapGet("/coworker-reads", async (int id, ClaimsPrincipal user, CoworkerReadService reads, CancellationToken ct) =>
            TypedResults.Ok(await reads.ForRequestAsync(user, id, ct)));
        requests.MapPost("/coworker-reads", async (int id, AskInput input, ClaimsPrincipal user, CoworkerReadService reads, CancellationToken ct) =>
            TypedResults.Ok(await reads.AskAsync(user, id, input.ReaderId, ct)))
            .ProducesProblem(StatusCodes.Status409Conflict);

        var mine = app.MapGroup("/api/coworker-reads").WithTags("Coworker reads").RequireAuthorization();
        mine.MapGet("/", Queue);
        mine.MapPost("/{readId:int}/read", async (int readId, ReadNoteInput input, ClaimsPrincipal user, CoworkerReadService reads, CancellationToken ct) =>
            TypedResults.Ok(await reads.MarkReadAsync(user, readId, input.Note, ct)))
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        return app;
    }

    /// <summary>Whom the request's caseworker may ask: the other caseworkers and the supervisors of its office.</summary>
    private static async Task<Ok<List<Coworker>>> Coworkers(int id, ClaimsPrincipal user, ReadRequest workflow, CoworkerReadService reads, CancellationToken ct)
    {
        var request = await workflow.ReadAsync(user, id, ct);
        if (request.CaseworkerId != Accounts.ClaimsPrincipalExtensions.UserId(user))
        {
            throw RefusedException.Forbidden("Only the caseworker who writes this request asks a coworker to read it.");
        }

        return TypedResults.Ok(await reads.CoworkersAsync(request, request.CaseworkerId, ct));
    }

    /// <summary>The drafts waiting for the caller's read: the public part and the reviewer's findings, never private details.</summary>
    private static async Task<Ok<List<QueuedRead>>> Queue(ClaimsPrincipal user, CoworkerReadService reads, DescriptionReview review, CancellationToken ct)
    {
        var queue = await reads.QueueAsync(user, ct);
        var results = await review.ReviewAllAsync(queue.Select(q => q.Request), ct);
        return TypedResults.Ok(queue.Select(q => new QueuedRead(
            q.Read.Id, q.AskedBy, q.Read.AskedAt, PublicPart.Of(q.Request),
            [.. results[q.Request.Id].Findings.Select(FindingView.From)])).ToList());
    }
}

/// <summary>What a coworker reads: the description as partners would see it, without staff, exception reasons or private details.</summary>
public sealed record PublicPart(int Id, string Need, int Tier, Urgency Urgency, RequestState State, string Description,
    IReadOnlyList<ItemView> Items, IReadOnlyList<ChildInput> Children)
{
    public static PublicPart Of(CareRequest r)
    {
        var view = RequestView.From(r);
        return new PublicPart(r.Id, r.Need, r.Tier, r.Urgency, r.State, r.Description, view.Items, view.Children);
    }
}

public sealed record QueuedRead(int ReadId, string AskedBy, DateTimeOffset AskedAt, PublicPart Request, IReadOnlyList<FindingView> Findings);
