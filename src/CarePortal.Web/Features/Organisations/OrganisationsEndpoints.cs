using CarePortal.Web.Data;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace CarePortal.Web.Features.Organisations;

public static class OrganisationsEndpoints
{
    public static WebApplication MapOrganisations(this WebApplication app)
    {
        var api = app.MapGroup("/api/organisations").WithTags("Organisations").RequireAuthorization();
        api.MapGet("/", List);
        return app;
    }

    /// <summary>Every organisation, parents before children; names and places are public.</summary>
    internal static async Task<Ok<List<OrganisationView>>> List(AppDbContext db, CancellationToken cancellationToken) =>
        TypedResults.Ok(await db.Organisations.AsNoTracking()
            .OrderBy(o => o.ParentId ?? 0).ThenBy(o => o.Name)
            .Select(o => new OrganisationView(o.Id, o.Name, o.Kind, o.ParentId, o.ApprovalOption))
            .ToListAsync(cancellationToken));
}

public sealed record OrganisationView(int Id, string Name, OrganisationKind Kind, int? ParentId, ApprovalOption? ApprovalOption);
