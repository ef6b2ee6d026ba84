using System.Security.Claims;
using CarePortal.Web.Data;
using CarePortal.Web.Features.Refusals;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace CarePortal.Web.Features.Requests;

public static class RequestsEndpoints
{
    public static WebApplicationBuilder AddRequests(this WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<RequestStore>();
        builder.Services.AddScoped<Organisations.IPlaceUses, RequestsAtPlace>();
        builder.Services.AddScoped<CreateRequest>();
        builder.Services.AddScoped<UpdateRequest>();
        builder.Services.AddScoped<ReadRequest>();
        builder.Services.AddScoped<ListRequests>();
        builder.Services.AddScoped<ReadPrivateDetails>();
        builder.Services.AddScoped<ReadAudit>();
        builder.Services.AddScoped<SetPrivateDetails>();
        builder.Services.AddScoped<AttachFile>();
        builder.Services.AddScoped<OpenAttachment>();
        builder.Services.AddScoped<SubmitRequest>();
        builder.Services.AddScoped<SubmissionReadiness>();
        builder.Services.AddScoped<ComposerReadiness>();
        builder.Services.AddScoped<DecideRequest>();
        builder.Services.AddScoped<WriterNotices>();
        builder.Services.AddScoped<MoveRequest>();
        builder.Services.AddScoped<CloseRequest>();
        builder.Services.AddScoped<ApprovalQueue>();
        builder.Services.AddHttpContextAccessor();
        builder.Services.AddScoped<PrivateReadLog>();
        builder.Services.AddScoped<ChurchAccess>();
        builder.Services.AddScoped<Composer>();
        builder.Services.AddScoped<DescriptionReview>();
        builder.Services.AddSingleton<AttachmentStore>();
        builder.Services.AddScoped<Microsoft.AspNetCore.Authorization.IAuthorizationHandler, RequestAuthorizationHandler>();
        builder.Services.AddSaveInterceptor<TransitionMetrics>();
        return builder;
    }

    public static WebApplication MapRequests(this WebApplication app)
    {
        // Each endpoint declares the refusals it can give (403 a reader without the right, 404 someone who may not read the
        // request, 409 its state or a change meanwhile, 422 what submitting needs first); RefusalsInOpenApi adds 400, 401, 500.
        var api = app.MapGroup("/api/requests").WithTags("Requests").RequireAuthorization();
        api.MapGet("/", List);
        api.MapPost("/", Create).Refuses(403);
        api.MapGet("/{id:int}", Get).Refuses(404);
        api.MapPut("/{id:int}", Update).Refuses(403, 404, 409);
        api.MapGet("/{id:int}/history", History).Refuses(404);
        api.MapGet("/{id:int}/private", GetPrivate).Refuses(403, 404);
        api.MapGet("/{id:int}/audit", Audit).Refuses(403, 404);
        api.MapPut("/{id:int}/private", SetPrivate).Refuses(403, 404, 409);
        api.MapPost("/{id:int}/attachments", Attach).DisableAntiforgery().AddOpenApiOperationTransformer(AttachmentKindsInOpenApi.NameThem).Refuses(403, 404, 409);
        api.MapGet("/{id:int}/attachments/{attachmentId:guid}", Download).Refuses(403, 404)
            .Produces(StatusCodes.Status200OK, contentType: "application/pdf", additionalContentTypes: ["image/jpeg", "image/png"]);
        api.MapPost("/{id:int}/submit", Submit).Refuses(403, 404, 409, 422);
        api.MapPost("/{id:int}/pause", (int id, NoteInput input, ClaimsPrincipal user, MoveRequest move, CancellationToken ct) => Move(id, RequestAction.Pause, input, user, move, ct)).Refuses(403, 404, 409);
        api.MapPost("/{id:int}/resume", (int id, NoteInput input, ClaimsPrincipal user, MoveRequest move, CancellationToken ct) => Move(id, RequestAction.Resume, input, user, move, ct)).Refuses(403, 404, 409);
        api.MapPost("/{id:int}/cancel", (int id, NoteInput input, ClaimsPrincipal user, MoveRequest move, CancellationToken ct) => Move(id, RequestAction.Cancel, input, user, move, ct)).Refuses(403, 404, 409);
        api.MapPost("/{id:int}/close", Close).Refuses(403, 404, 409);
        return app;
    }

    /// <summary>
    /// For agency people and platform admins, the requests they read as such in the agency's view; for a church person (no agency
    /// or platform role), the requests their churches read in the church's view (<see cref="ChurchRequestPart"/>), which has no
    /// agency field to leak. A person on both sides finds the requests their church reads in its feed.
    /// </summary>
    private static async Task<Results<Ok<List<RequestView>>, Ok<List<ChurchRequestPart>>>> List(ClaimsPrincipal user, ReadRequest read, CancellationToken ct)
    {
        var asAgency = RequestAccess.ReadsAsAgency(user);
        var rows = await (asAgency ? read.VisibleToAgency(user) : read.Visible(user))
            .Include(r => r.Items).Include(r => r.Children).AsSplitQuery().Take(500).ToListAsync(ct);
        return asAgency
            ? TypedResults.Ok(rows.Select(r => RequestView.For(user, r)).ToList())
            : TypedResults.Ok(rows.Select(ChurchRequestPart.From).ToList());
    }

    private static async Task<Created<RequestView>> Create(RequestInput input, ClaimsPrincipal user, CreateRequest create, CancellationToken ct)
    {
        var request = await create.RunAsync(user, input, ct);
        return TypedResults.Created($"/api/requests/{request.Id}", RequestView.From(request));
    }

    /// <summary>
    /// The agency's view for its staff and the platform admins (without the agency's fields for the latter); for anyone else
    /// who reads it, a church, the public part alone (<see cref="ChurchRequestPart"/>), which has no agency field to leak.
    /// </summary>
    private static async Task<Results<Ok<RequestView>, Ok<ChurchRequestPart>>> Get(int id, ClaimsPrincipal user, ReadRequest read, CancellationToken ct)
    {
        var request = await read.ReadAsync(user, id, ct);
        if (RequestPermissions.IsAgencyStaff(user, request) || user.IsInRole(Accounts.Roles.PlatformAdmin))
        {
            return TypedResults.Ok(RequestView.For(user, request));
        }

        return TypedResults.Ok(ChurchRequestPart.From(request));
    }

    private static async Task<Ok<RequestView>> Update(int id, RequestInput input, ClaimsPrincipal user, UpdateRequest update, CancellationToken ct) =>
        TypedResults.Ok(RequestView.For(user, await update.RunAsync(user, id, input, ct)));

    /// <summary>The request's moves: with who made them and their notes for its agency staff; the moves and dates only for anyone else (a church).</summary>
    private static async Task<Results<Ok<List<TransitionView>>, Ok<List<MoveView>>>> History(int id, ClaimsPrincipal user, ReadRequest read, AppDbContext db, CancellationToken ct)
    {
        var request = await read.ReadAsync(user, id, ct);
        var moves = db.RequestTransitions.AsNoTracking().Where(t => t.CareRequestId == id).OrderBy(t => t.Id);
        return RequestPermissions.IsAgencyStaff(user, request)
            ? TypedResults.Ok(await moves.Select(t => new TransitionView(t.From, t.Action, t.To, t.ByUserId, t.At, t.Note)).ToListAsync(ct))
            : TypedResults.Ok(await moves.Select(t => new MoveView(t.From, t.Action, t.To, t.At)).ToListAsync(ct));
    }

    private static async Task<Ok<PrivateDetailsView>> GetPrivate(int id, ClaimsPrincipal user, ReadPrivateDetails read, CancellationToken ct)
    {
        var (details, attachments) = await read.ReadAsync(user, id, ct);
        return TypedResults.Ok(PrivateDetailsView.From(details, attachments));
    }

    private static async Task<Ok<List<AuditView>>> Audit(int id, ClaimsPrincipal user, ReadAudit audit, CancellationToken ct) =>
        TypedResults.Ok(await audit.RunAsync(user, id, ct));

    /// <summary>Answers the saved version in <c>ETag</c>, to send as <c>version</c> with the next save.</summary>
    private static async Task<NoContent> SetPrivate(int id, PrivateDetailsInput input, ClaimsPrincipal user, SetPrivateDetails set, HttpResponse response, CancellationToken ct)
    {
        response.Headers.ETag = $"\"{await set.RunAsync(user, id, input, ct)}\"";
        return TypedResults.NoContent();
    }

    /// <summary><paramref name="kind"/> is taken as text so that a number or an unknown name is refused with a sentence.</summary>
    private static async Task<Created<AttachmentView>> Attach(int id, [FromForm] string? kind, IFormFile file, ClaimsPrincipal user, AttachFile attach, CancellationToken ct)
    {
        var attachment = await attach.RunAsync(user, id, kind, file, ct);
        return TypedResults.Created($"/api/requests/{id}/attachments/{attachment.Id}", AttachmentView.From(attachment));
    }

    private static async Task<FileStreamHttpResult> Download(int id, Guid attachmentId, ClaimsPrincipal user, OpenAttachment open, CancellationToken ct)
    {
        var (attachment, content) = await open.RunAsync(user, id, attachmentId, ct);
        return TypedResults.File(content, attachment.ContentType, attachment.FileName);
    }

    private static async Task<Ok<RequestView>> Submit(int id, SubmitInput input, ClaimsPrincipal user, SubmitRequest submit, CancellationToken ct) =>
        TypedResults.Ok(RequestView.For(user, await submit.RunAsync(user, id, input, ct)));

    private static async Task<Ok<RequestView>> Move(int id, RequestAction action, NoteInput input, ClaimsPrincipal user, MoveRequest move, CancellationToken ct) =>
        TypedResults.Ok(RequestView.For(user, await move.RunAsync(user, id, action, input.Note, ct)));

    private static async Task<Ok<RequestView>> Close(int id, CloseInput input, ClaimsPrincipal user, CloseRequest close, CancellationToken ct) =>
        TypedResults.Ok(RequestView.For(user, await close.RunAsync(user, id, input, ct)));
}
