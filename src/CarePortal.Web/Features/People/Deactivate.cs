using System.Security.Claims;
using CarePortal.Web.Data;
using CarePortal.Web.Features.Accounts;
using CarePortal.Web.Features.AuditLog;
using CarePortal.Web.Features.Organisations;
using CarePortal.Web.Features.Requests;
using Microsoft.EntityFrameworkCore;

namespace CarePortal.Web.Features.People;

/// <summary>
/// The agency admin deactivates a person: the account is locked for good, every session and API token ends now (on this node
/// at once, on the others within their 30-second recheck), and links sent before stop working. Their roles stay on record but
/// no longer count (<see cref="ActiveAccounts"/>): requests naming them as approver go to their office's supervisors, and the
/// requests they write are listed on their page to be reassigned. The last administrator cannot be deactivated.
/// </summary>
public sealed class Deactivate(AppDbContext db, IAgencyAdmins admins, Sessions sessions, ApiTokenPrincipalCache tokens, AdminAudit audit, TimeProvider clock)
{
    public async Task<string> RunAsync(ClaimsPrincipal user, int? agencyId, string? userId, CancellationToken ct)
    {
        var agency = await AgencyPlaces.LoadAsync(db, admins, user, agencyId, ct);
        var now = clock.GetUtcNow();
        var person = await AgencyPerson.FindAsync(db, agency, userId, now, ct);
        await AgencyPerson.ThrowIfLastAdminAsync(db, agency, person, user.UserId(), now, "deactivate", ct);

        var account = await db.Users.SingleAsync(u => u.Id == person.UserId, ct);
        account.LockoutEnabled = true;
        account.LockoutEnd = ActiveAccounts.DeactivatedUntil;
        // A new stamp spends every link sent before (join, reset) and fails the cookie's stamp check.
        account.SecurityStamp = Guid.NewGuid().ToString("N").ToUpperInvariant();
        var live = await db.ApiTokens.Where(t => t.UserId == person.UserId && t.RevokedAt == null).ToListAsync(ct);
        foreach (var token in live)
        {
            token.RevokedAt = now;
        }

        // A supervisor named to approve requests is no approver any more: those requests go to their office's supervisors.
        RequestState[] beforeApproval = [RequestState.Draft, RequestState.AwaitingApproval, RequestState.ReturnedForChanges];
        var named = await db.Requests.Where(r => r.AgencyId == agency.AgencyId && r.SupervisorId == person.UserId && beforeApproval.Contains(r.State)).ToListAsync(ct);
        foreach (var request in named)
        {
            request.SupervisorId = null;
        }

        audit.Record(user, AuditActions.Deactivated, organisationId: agency.AgencyId, subjectUserId: person.UserId,
            detail: $"{person.Email}: {live.Count} API token(s) revoked, sessions ended, named approver of {named.Count} request(s) no more");
        await db.SaveChangesAsync(ct);
        await sessions.EndAllAsync(person.UserId, ct);
        foreach (var token in live)
        {
            tokens.Forget(token.Hash);
        }

        var owned = await AgencyPerson.OwnedRequestsAsync(db, agency, person.UserId, ct);
        return $"{ChangeRole.Display(person)} is deactivated: signed out everywhere, API tokens revoked, no longer told of anything."
            + (named.Count > 0 ? $" The {named.Count} request{(named.Count == 1 ? "" : "s")} they were named to approve now go{(named.Count == 1 ? "es" : "")} to their office's supervisors." : "")
            + (owned.Count > 0 ? $" Reassign the {owned.Count} request{(owned.Count == 1 ? "" : "s")} they write below." : "");
    }
}
