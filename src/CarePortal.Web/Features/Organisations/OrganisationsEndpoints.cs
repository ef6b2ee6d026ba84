using System.Security.Claims;
using CarePortal.Web.Data;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace CarePortal.Web.Features.Organisations;

public static class OrganisationsEndpoints
{
    public static WebApplicationBuilder AddOrganisations(this WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<AgencySettings>();
        return builder;
    }

    public static WebApplication MapOrganisations(this WebApplication app)
    {
        var api = app.MapGroup("/api/organisations").WithTags("Organisations").RequireAuthorization();
        api.MapGet("/", List);
        api.MapPut("/{id:int}/approval-option", SetApprovalOption)
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);
        var settings = api.MapGroup("/{id:int}").ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);
        settings.MapGet("/settings", async (int id, ClaimsPrincipal user, AgencySettings agencies, CancellationToken ct) =>
            TypedResults.Ok(await agencies.ReadAsync(user, id, ct)));
        settings.MapPut("/time-zone", async (int id, TimeZoneInput input, ClaimsPrincipal user, AgencySettings agencies, CancellationToken ct) =>
            TypedResults.Ok(await agencies.SetTimeZoneAsync(user, id, input.TimeZone, ct)));
        settings.MapPut("/coworker-read-policy", async (int id, CoworkerReadPolicyInput input, ClaimsPrincipal user, AgencySettings agencies, CancellationToken ct) =>
            TypedResults.Ok(await agencies.SetCoworkerReadPolicyAsync(user, id, input.Policy, input.FirstRequests, ct)));
        return app;
    }

    /// <summary>Every organisation, parents before children; names and places are public.</summary>
    internal static async Task<Ok<List<OrganisationView>>> List(AppDbContext db, CancellationToken cancellationToken) =>
        TypedResults.Ok(await db.Organisations.AsNoTracking()
            .OrderBy(o => o.ParentId ?? 0).ThenBy(o => o.Name)
            .Select(o => new OrganisationView(o.Id, o.Name, o.Kind, o.ParentId, o.ApprovalOption))
            .ToListAsync(cancellationToken));

    /// <summary>An agency's approval option is its own setting: its agency admin (or a platform admin) changes it.</summary>
    internal static async Task<Results<NoContent, ProblemHttpResult>> SetApprovalOption(
        int id, ApprovalOptionInput input, ClaimsPrincipal user, IAgencyAdmins admins, AppDbContext db, CancellationToken cancellationToken)
    {
        var agency = await db.Organisations.SingleOrDefaultAsync(o => o.Id == id && o.Kind == OrganisationKind.Agency, cancellationToken);
        if (agency is null)
        {
            return TypedResults.Problem("No such agency.", statusCode: StatusCodes.Status404NotFound, title: "Not found");
        }

        if (!admins.Administers(user, id))
        {
            return TypedResults.Problem("Only the agency's admin or a platform admin changes how its requests are approved.",
                statusCode: StatusCodes.Status403Forbidden, title: "Forbidden");
        }

        agency.ApprovalOption = input.ApprovalOption;
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.NoContent();
    }
}

public sealed record ApprovalOptionInput(ApprovalOption ApprovalOption);

public sealed record OrganisationView(int Id, string Name, OrganisationKind Kind, int? ParentId, ApprovalOption? ApprovalOption);
