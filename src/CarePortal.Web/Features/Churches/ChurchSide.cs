using System.Security.Claims;
using CarePortal.Web.Data;
using CarePortal.Web.Features.Accounts;
using CarePortal.Web.Features.Organisations;
using CarePortal.Web.Features.Refusals;
using CarePortal.Web.Features.Requests;
using Microsoft.EntityFrameworkCore;

namespace CarePortal.Web.Features.Churches;

/// <summary>
/// Which side of a request a person acts on, for every church-side action (respond, write, deliver, forward, read the church's
/// view): its agency staff, or the people of the churches that may read it now (<see cref="ChurchAccess"/>). Anyone else learns
/// nothing of the request (404); a person of a church it did not reach is refused (403).
/// </summary>
public sealed class ChurchSide(AppDbContext db, ChurchAccess access)
{
    /// <summary>The user's churches that may read this request now (<see cref="ChurchAccess"/>): those it went to while open, those that committed after.</summary>
    public Task<IReadOnlyList<int>> ReachedAsync(ClaimsPrincipal user, CareRequest request, CancellationToken ct) => access.ReadersAsync(user, request, ct);

    /// <summary>The request and which side the user is on: its agency staff, or the people of churches it went to (anyone else: 404).</summary>
    public async Task<(CareRequest Request, bool Staff, IReadOnlyList<int> Churches)> OfAsync(ClaimsPrincipal user, int id, CancellationToken ct)
    {
        var request = await db.Requests.AsNoTracking().SingleOrDefaultAsync(r => r.Id == id, ct) ?? throw RefusedException.NotFound();
        if (RequestPermissions.IsAgencyStaff(user, request))
        {
            return (request, true, Array.Empty<int>());
        }

        var reached = await ReachedAsync(user, request, ct);
        // Platform admins read every request but belong to no church: they see no thread.
        return reached.Count > 0 || RequestPermissions.Allows(user, request, RequestOperation.Read) ? (request, false, reached) : throw RefusedException.NotFound();
    }

    /// <summary>The church the user acts for on the request: <paramref name="churchId"/>, or their one church it reached.</summary>
    public async Task<int> ChurchForAsync(ClaimsPrincipal user, CareRequest request, int? churchId, CancellationToken ct)
    {
        var reached = await ReachedAsync(user, request, ct);
        if (churchId is { } chosen ? !reached.Contains(chosen) : reached.Count != 1)
        {
            throw reached.Count == 0
                ? RefusedException.Forbidden("This request did not go to your church.")
                : RefusedException.Invalid(new Dictionary<string, string[]> { ["churchId"] = ["Say which of your churches answers."] });
        }

        return churchId ?? reached[0];
    }

    /// <summary>The church's responders: of the church itself or of one of its teams, whose accounts are active (<see cref="ActiveAccounts"/>).</summary>
    public IQueryable<string> RespondersOf(int churchId)
    {
        var teams = db.Organisations.Where(o => o.ParentId == churchId && o.Kind == OrganisationKind.Team).Select(o => o.Id);
        return ActiveAccounts.Memberships(db).Where(m => m.Role == Roles.Responder && (m.OrganisationId == churchId || teams.Contains(m.OrganisationId))).Select(m => m.UserId).Distinct();
    }

    /// <summary>The churches' threads on a request are its agency staff's alone.</summary>
    public static void ThrowUnlessStaff(ClaimsPrincipal user, CareRequest request)
    {
        if (!RequestPermissions.IsAgencyStaff(user, request))
        {
            throw RefusedException.Forbidden("Only the agency sees the churches' responses.");
        }
    }
}
