using System.Security.Claims;
using CarePortal.Web.Data;
using CarePortal.Web.Features.Accounts;
using CarePortal.Web.Features.AuditLog;
using CarePortal.Web.Features.Organisations;
using CarePortal.Web.Features.Refusals;
using Microsoft.EntityFrameworkCore;

namespace CarePortal.Web.Features.People;

/// <summary>
/// The agency admin hands requests a person writes (a deactivated caseworker's, say) to an active caseworker of the office
/// each request belongs to. Each request reassigned is one entry of the audit log.
/// </summary>
public sealed class ReassignRequests(AppDbContext db, IAgencyAdmins admins, AdminAudit audit, TimeProvider clock)
{
    public async Task<string> RunAsync(ClaimsPrincipal user, int? agencyId, string? fromUserId, IReadOnlyList<int>? requestIds, string? toUserId, CancellationToken ct)
    {
        var agency = await AgencyPlaces.LoadAsync(db, admins, user, agencyId, ct);
        var now = clock.GetUtcNow();
        var from = await AgencyPerson.FindAsync(db, agency, fromUserId, now, ct);
        var owned = await AgencyPerson.OwnedRequestsAsync(db, agency, from.UserId, ct);
        var chosen = owned.Where(r => requestIds?.Contains(r.Id) == true).ToList();
        var candidates = await CandidatesAsync(db, agency, from.UserId, now, ct);
        var to = candidates.FirstOrDefault(c => c.UserId == toUserId);
        var errors = new Dictionary<string, string[]>();
        if (chosen.Count == 0 || chosen.Count != requestIds!.Distinct().Count())
        {
            errors["requests"] = [$"Choose the requests to reassign among those {ChangeRole.Display(from)} writes."];
        }

        if (to is null)
        {
            errors["to"] = ["Choose the active caseworker who takes the requests over."];
        }
        else if (chosen.FirstOrDefault(r => r.OfficeId is { } office && !to.Roles.Any(h => h.Role == Roles.Caseworker && h.PlaceId == office)) is { } elsewhere)
        {
            errors["to"] = [$"{ChangeRole.Display(to)} does not work at {agency.NameOf(elsewhere.OfficeId!.Value)}, where request {elsewhere.Id} belongs: choose a caseworker of that office."];
        }

        if (errors.Count > 0)
        {
            throw RefusedException.Invalid(errors);
        }

        var ids = chosen.Select(r => r.Id).ToList();
        foreach (var request in await db.Requests.Where(r => ids.Contains(r.Id)).ToListAsync(ct))
        {
            request.CaseworkerId = to!.UserId;
            audit.Record(user, AuditActions.Reassigned, organisationId: agency.AgencyId, subjectUserId: from.UserId, requestId: request.Id, detail: $"from {from.Email} to {to.Email}");
        }

        await db.SaveChangesAsync(ct);
        return $"{ids.Count} request{(ids.Count == 1 ? "" : "s")} of {ChangeRole.Display(from)} now written by {ChangeRole.Display(to!)}.";
    }

    /// <summary>The active caseworkers of the agency but <paramref name="exceptUserId"/>, who may take requests over.</summary>
    public static async Task<List<PersonRow>> CandidatesAsync(AppDbContext db, AgencyPlaces agency, string exceptUserId, DateTimeOffset now, CancellationToken ct) =>
        [.. (await ListPeople.RunAsync(db, agency, now, ct)).Where(p => !p.Deactivated && p.UserId != exceptUserId && p.Holds(Roles.Caseworker))];
}
