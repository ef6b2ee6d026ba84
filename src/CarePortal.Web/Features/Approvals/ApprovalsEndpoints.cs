using System.Security.Claims;
using CarePortal.Web.Features.Requests;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace CarePortal.Web.Features.Approvals;

public static class ApprovalsEndpoints
{
    public static WebApplicationBuilder AddApprovals(this WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<ApprovalDeadlines>();
        builder.Services.AddScoped<ApprovalSummaries>();
        builder.Services.AddSingleton<ApprovalLinks>();
        builder.Services.AddScoped<ApprovalNotices>();
        builder.Services.AddScoped<IAwaitingApprovalListener>(services => services.GetRequiredService<ApprovalNotices>());
        builder.Services.AddHostedService<ApprovalDeadlineService>();
        return builder;
    }

    public static WebApplication MapApprovals(this WebApplication app)
    {
        var api = app.MapGroup("/api/approvals").WithTags("Approvals").RequireAuthorization();
        api.MapGet("/", Queue);
        // A decision on a request the approver may not see is 404, one they may see but not decide 403, one no longer
        // awaiting approval 409; an approval with blocking findings in the description is 422.
        var decisions = api.MapGroup("/{id:int}")
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        decisions.MapPost("/approve", (int id, NoteInput input, ClaimsPrincipal user, DecideRequest decide, CancellationToken ct) => Decide(id, Decision.Approve, input, user, decide, ct))
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        decisions.MapPost("/return", (int id, NoteInput input, ClaimsPrincipal user, DecideRequest decide, CancellationToken ct) => Decide(id, Decision.Return, input, user, decide, ct));
        decisions.MapPost("/deny", (int id, NoteInput input, ClaimsPrincipal user, DecideRequest decide, CancellationToken ct) => Decide(id, Decision.Deny, input, user, decide, ct));
        return app;
    }

    private static async Task<Ok<List<RequestView>>> Queue(ClaimsPrincipal user, ApprovalQueue queue, CancellationToken ct) =>
        TypedResults.Ok((await queue.For(user).Include(r => r.Items).Include(r => r.Children).AsSplitQuery().ToListAsync(ct)).Select(r => RequestView.For(user, r)).ToList());

    private static async Task<Ok<RequestView>> Decide(int id, Decision decision, NoteInput input, ClaimsPrincipal user, DecideRequest decide, CancellationToken ct) =>
        TypedResults.Ok(RequestView.For(user, await decide.RunAsync(user, id, decision, input.Note, ct)));
}
