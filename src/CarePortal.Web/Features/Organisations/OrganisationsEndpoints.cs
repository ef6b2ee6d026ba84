using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using CarePortal.Web.Data;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace CarePortal.Web.Features.Organisations;

public static class OrganisationsEndpoints
{
    public static WebApplicationBuilder AddOrganisations(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<OrganisationZoneCache>();
        builder.Services.AddScoped<AgencySettings>().AddScoped<SetInformationContact>().AddScoped<AgencyStructure>().AddScoped<AddOffices>().AddScoped<SetReviewData>()
            .AddScoped<RenamePlace>().AddScoped<RemovePlace>();
        builder.Services.AddSingleton<AgencyReviewers>();
        return builder;
    }

    public static WebApplication MapOrganisations(this WebApplication app)
    {
        var api = app.MapGroup("/api/organisations").WithTags("Organisations").RequireAuthorization();
        api.MapGet("/", List);
        var settings = api.MapGroup("/{id:int}").ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);
        settings.MapPut("/approval-option", async (int id, ApprovalOptionInput input, ClaimsPrincipal user, AgencySettings agencies, CancellationToken ct) =>
        {
            await agencies.SetApprovalOptionAsync(user, id, input.ApprovalOption, ct);
            return TypedResults.NoContent();
        });
        settings.MapGet("/settings", async (int id, ClaimsPrincipal user, AgencySettings agencies, CancellationToken ct) =>
            TypedResults.Ok(await agencies.ReadAsync(user, id, ct)));
        settings.MapPut("/time-zone", async (int id, TimeZoneInput input, ClaimsPrincipal user, AgencySettings agencies, CancellationToken ct) =>
            TypedResults.Ok(await agencies.SetTimeZoneAsync(user, id, input.TimeZone, ct)));
        settings.MapPut("/coworker-read-policy", async (int id, CoworkerReadPolicyInput input, ClaimsPrincipal user, AgencySettings agencies, CancellationToken ct) =>
            TypedResults.Ok(await agencies.SetCoworkerReadPolicyAsync(user, id, input.Policy, input.FirstRequests, ct)));
        settings.MapPut("/information-contact", async (int id, InformationContactInput input, ClaimsPrincipal user, SetInformationContact contact, CancellationToken ct) =>
            TypedResults.Ok(await contact.RunAsync(user, id, input, ct)));
        settings.MapPut("/training-required", async (int id, TrainingRequiredInput input, ClaimsPrincipal user, AgencySettings agencies, CancellationToken ct) =>
            TypedResults.Ok(await agencies.SetTrainingRequiredAsync(user, id, input.Required, ct)));
        settings.MapPost("/offices", async (int id, OfficesInput input, ClaimsPrincipal user, AddOffices offices, CancellationToken ct) =>
        {
            var (regions, counties, made) = await offices.AddAsync(user, id, input.Offices, ct);
            return TypedResults.Ok(new OfficesAdded(regions, counties, made));
        });
        settings.MapPut("/glossary", async (int id, ReviewDataInput input, ClaimsPrincipal user, SetReviewData data, CancellationToken ct) =>
        {
            await data.SetAsync(user, id, ReviewData.Glossary, input.Json, ct);
            return TypedResults.NoContent();
        });
        settings.MapPut("/need-templates", async (int id, ReviewDataInput input, ClaimsPrincipal user, SetReviewData data, CancellationToken ct) =>
        {
            await data.SetAsync(user, id, ReviewData.NeedTemplates, input.Json, ct);
            return TypedResults.NoContent();
        });
        settings.MapPut("/places/{placeId:int}", async (int id, int placeId, PlaceNameInput input, ClaimsPrincipal user, RenamePlace rename, CancellationToken ct) =>
            TypedResults.Ok(new PlaceChanged(await rename.RunAsync(user, id, placeId, input.Name, ct))));
        settings.MapDelete("/places/{placeId:int}", async (int id, int placeId, ClaimsPrincipal user, RemovePlace remove, CancellationToken ct) =>
            TypedResults.Ok(new PlaceChanged(await remove.RunAsync(user, id, placeId, ct))));
        return app;
    }

    /// <summary>Every organisation, parents before children; names and places are public.</summary>
    internal static async Task<Ok<List<OrganisationView>>> List(AppDbContext db, CancellationToken cancellationToken) =>
        TypedResults.Ok(await db.Organisations.AsNoTracking()
            .OrderBy(o => o.ParentId ?? 0).ThenBy(o => o.Name)
            .Select(o => new OrganisationView(o.Id, o.Name, o.Kind, o.ParentId, o.ApprovalOption))
            .ToListAsync(cancellationToken));
}

public sealed record ApprovalOptionInput(ApprovalOption? ApprovalOption);

public sealed record TrainingRequiredInput(bool Required);

public sealed record OfficesInput([property: MaxLength(OfficeRow.MaxRows, ErrorMessage = OfficeRow.MaxRowsMessage)] IReadOnlyList<OfficeRow>? Offices);

public sealed record OfficesAdded(int Regions, int Counties, int Offices);

/// <summary>The reviewer's data as JSON text (its own file shape); empty or null takes it away.</summary>
public sealed record ReviewDataInput(string? Json);

public sealed record OrganisationView(int Id, string Name, OrganisationKind Kind, int? ParentId, ApprovalOption? ApprovalOption);

/// <summary>A county's or an office's new name.</summary>
public sealed record PlaceNameInput(string? Name);

public sealed record PlaceChanged(string Said);
