using System.Security.Claims;
using CarePortal.Web.Data;
using CarePortal.Web.Features.Accounts;
using CarePortal.Web.Features.Organisations;
using CarePortal.Web.Features.Refusals;
using Microsoft.EntityFrameworkCore;

namespace CarePortal.Web.Features.AuditLog;

public enum AuditScopeKind
{
    Agency,
    Church,
    Platform,
}

/// <summary>
/// Whose audit log is read, and who may read it, written once. An agency's: its administrators' acts and everyone's on it or its
/// places (a county's reach), every read of private details of its requests and every move of them; its agency admins and the
/// platform's admins read it. A church's: the acts on the church or its teams (its settings, people, teams, needs leaders, a
/// champion's funding it recorded, each view of its people's emails, its onboarding and the decision on its application); its
/// point person and the platform's admins read it. The platform's: the acts on no organisation (champions decided, each view of
/// the champions' or the applicants' emails); the platform's admins read it. Church and platform roles are read as they are now
/// (<see cref="CurrentRoles"/>): a point person made a responder reads the church's log no more from the next call.
/// </summary>
public sealed record AuditScope(AuditScopeKind Kind, int? OrganisationId, string Name)
{
    public static async Task<AuditScope> AgencyAsync(AppDbContext db, IAgencyAdmins admins, ClaimsPrincipal user, int? id, CancellationToken ct)
    {
        var (agencyId, name) = await AdministeredAgency.OpenAsync(db, admins, user, id, "Only the agency's administrators read its audit log.", ct);
        return new(AuditScopeKind.Agency, agencyId, name);
    }

    public static async Task<AuditScope> ChurchAsync(AppDbContext db, ClaimsPrincipal user, int id, CancellationToken ct)
    {
        var name = await db.Organisations.AsNoTracking().Where(o => o.Id == id && o.Kind == OrganisationKind.Church).Select(o => o.Name).SingleOrDefaultAsync(ct)
            ?? throw RefusedException.NotFound("No such church.");
        return await CurrentRoles.PlacesOf(db, user.UserId(), Roles.ChurchPointPerson).ContainsAsync(id, ct) || await IsPlatformAdminAsync(db, user, ct)
            ? new(AuditScopeKind.Church, id, name)
            : throw RefusedException.Forbidden("Only the church's point person and the platform's administrators read its audit log.");
    }

    public static async Task<AuditScope> PlatformAsync(AppDbContext db, ClaimsPrincipal user, CancellationToken ct) =>
        await IsPlatformAdminAsync(db, user, ct)
            ? new(AuditScopeKind.Platform, null, "CarePortal")
            : throw RefusedException.Forbidden("Only the platform's administrators read the platform's audit log.");

    /// <summary>The administrators' acts this log holds (its reads of private details and moves of requests are the agency's alone).</summary>
    public IQueryable<AdminAction> Acts(AppDbContext db)
    {
        var id = OrganisationId;
        return Kind switch
        {
            // The agency, and its regions, counties and offices (agency → region → county → office).
            AuditScopeKind.Agency => db.AdminActions.Where(e => e.OrganisationId == id || db.Organisations.Any(o => o.Id == e.OrganisationId
                && (o.ParentId == id || o.Parent!.ParentId == id || o.Parent.Parent!.ParentId == id))),
            AuditScopeKind.Church => db.AdminActions.Where(e => e.OrganisationId == id
                || db.Organisations.Any(o => o.Id == e.OrganisationId && o.Kind == OrganisationKind.Team && o.ParentId == id)),
            _ => db.AdminActions.Where(e => e.OrganisationId == null),
        };
    }

    private static Task<bool> IsPlatformAdminAsync(AppDbContext db, ClaimsPrincipal user, CancellationToken ct) =>
        CurrentRoles.PlacesOf(db, user.UserId(), Roles.PlatformAdmin).AnyAsync(ct);
}
