using System.Security.Claims;
using CarePortal.Web.Features.Refusals;
using CarePortal.Web.Features.Requests;

namespace CarePortal.Web.Features.Tiers;

/// <summary>
/// Request tiers (issue #19, item 4): an agency's background-check approvals of church people, which tier-2 requests need
/// (the rule itself is the churches' read rule, Requests' <c>ChurchAccess.TierLets</c>), and tier-3 requests sent to the
/// agency's information contact instead of churches (docs/tiers.md).
/// </summary>
public static class TiersExtensions
{
    public static WebApplicationBuilder AddTiers(this WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<GrantApproval>().AddScoped<WithdrawApproval>().AddScoped<ListApprovals>().AddScoped<TierThreeOpenings>();
        builder.Services.AddScoped<ISubmissionCheck, InformationContactCheck>();
        builder.Services.AddScoped<IRequestPageSection, TierThreeSection>();
        return builder;
    }

    public static WebApplication MapTiers(this WebApplication app)
    {
        // 404: no such agency (or approval); 403: not the agency's admin; 400: a field to fix.
        var approvals = app.MapGroup("/api/agencies/{agencyId:int}/responder-approvals").WithTags("Tiers").RequireAuthorization();
        approvals.MapGet("", async (int agencyId, ClaimsPrincipal user, ListApprovals list, CancellationToken ct) =>
            TypedResults.Ok(await list.RunAsync(user, agencyId, ct))).Refuses(403, 404);
        approvals.MapPost("", async (int agencyId, ResponderApprovalInput input, ClaimsPrincipal user, GrantApproval grant, CancellationToken ct) =>
        {
            var granted = await grant.RunAsync(user, agencyId, input, ct);
            return TypedResults.Created($"/api/agencies/{agencyId}/responder-approvals/{granted.Id}", granted);
        }).Refuses(400, 403, 404);
        approvals.MapDelete("/{id:int}", async (int agencyId, int id, ClaimsPrincipal user, WithdrawApproval withdraw, CancellationToken ct) =>
        {
            await withdraw.RunAsync(user, agencyId, id, ct);
            return TypedResults.NoContent();
        }).Refuses(403, 404);
        return app;
    }
}
