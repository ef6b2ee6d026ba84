using System.Security.Claims;
using CarePortal.Web.Data;
using CarePortal.Web.Features.Accounts;
using CarePortal.Web.Features.Organisations;
using CarePortal.Web.Features.Refusals;
using CarePortal.Web.Features.Requests;
using Microsoft.EntityFrameworkCore;

namespace CarePortal.Web.Features.Churches;

/// <summary>The committed church's point person lets one of its responders see the private details.</summary>
public sealed class Assign(AppDbContext db, ReadRequest workflow)
{
    public async Task AssignAsync(ClaimsPrincipal user, int id, AssignmentInput input, CancellationToken ct)
    {
        await workflow.ReadAsync(user, id, ct);
        // The point person as the memberships say now (CurrentRoles): an assignment opens the private details.
        var pointOf = CurrentRoles.PlacesOf(db, user.UserId(), Roles.ChurchPointPerson);
        var church = await db.ItemClaims.Where(c => c.CareRequestId == id && pointOf.Contains(c.ChurchId)).Select(c => c.ChurchId).OrderBy(c => c).FirstOrDefaultAsync(ct);
        if (church == 0)
        {
            throw RefusedException.Forbidden("Only the point person of a church meeting this request assigns its responders.");
        }

        var teams = db.Organisations.Where(o => o.ParentId == church && o.Kind == OrganisationKind.Team).Select(o => o.Id);
        // A deactivated account is assigned nothing (ActiveAccounts): reactivated, it would read the family's details.
        if (!await ActiveAccounts.Memberships(db).AnyAsync(m => m.UserId == input.UserId && (m.OrganisationId == church || teams.Contains(m.OrganisationId)), ct))
        {
            throw RefusedException.Invalid(new Dictionary<string, string[]> { ["userId"] = ["Assign a responder of your church."] });
        }

        if (!await db.ResponderAssignments.AnyAsync(a => a.CareRequestId == id && a.UserId == input.UserId, ct))
        {
            db.ResponderAssignments.Add(new ResponderAssignment { CareRequestId = id, UserId = input.UserId!, ChurchId = church });
            await db.SaveChangesAsync(ct);
        }
    }
}

public sealed record AssignmentInput(string? UserId);
