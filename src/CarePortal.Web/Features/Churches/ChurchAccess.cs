using System.Linq.Expressions;
using System.Security.Claims;
using CarePortal.Web.Data;
using CarePortal.Web.Features.Accounts;
using CarePortal.Web.Features.Organisations;
using CarePortal.Web.Features.Requests;
using Microsoft.EntityFrameworkCore;

namespace CarePortal.Web.Features.Churches;

/// <summary>
/// Which of a person's churches may read a request's public part: a church it was sent to (routing, escalation, or a share
/// from a nearby church: a <see cref="RequestRecipient"/> row) until it closes (open, or paused for a while), and a church that
/// committed to it (claimed items) also after it closed, so it sees what it met. Anyone else in a church learns nothing of the request (404).
/// Every person of such a church reads it, whatever the team settings say: those settings choose who is emailed, and a
/// point person may forward the request to any responder of the church.
/// One indexed lookup per request and person, remembered for the rest of the HTTP request (the page and the API ask several times).
/// </summary>
public sealed class ChurchAccess(AppDbContext db)
{
    private static readonly string[] ChurchRoles = [Roles.ChurchPointPerson, Roles.Responder, Roles.TeamLeader];

    private readonly Dictionary<(string User, int Request), IReadOnlyList<ReachedChurch>> known = [];

    /// <summary>Whether the person holds a role in a church or one of its teams (from the sign-in's claims: no query).</summary>
    public static bool IsChurchPerson(ClaimsPrincipal user) =>
        user.IsInRole(Roles.ChurchPointPerson) || user.IsInRole(Roles.TeamLeader) || user.IsInRole(Roles.Responder);

    /// <summary>The churches the person answers for: as point person or responder of the church, or leader or member of one of its teams.</summary>
    public static IQueryable<int> ChurchIdsOf(AppDbContext db, string userId) =>
        db.Memberships.Where(m => m.UserId == userId && ChurchRoles.Contains(m.Role))
            .Select(m => m.Organisation!.Kind == OrganisationKind.Team ? m.Organisation.ParentId!.Value : m.OrganisationId);

    /// <summary>
    /// The churches' rule as a query expression (the lists): a request one of the person's churches was sent to while it is
    /// live, or that one of them committed to. <see cref="ReadersAsync"/> is the same rule on one request.
    /// </summary>
    public static Expression<Func<CareRequest, bool>> Reads(AppDbContext db, string userId)
    {
        var mine = ChurchIdsOf(db, userId);
        return r => db.RequestRecipients.Any(x => x.CareRequestId == r.Id && mine.Contains(x.ChurchId)
            && (r.State == RequestState.Open || r.State == RequestState.Paused
                || db.ItemClaims.Any(c => c.CareRequestId == r.Id && c.ChurchId == x.ChurchId)));
    }

    /// <summary>The person's churches that may read the request now, in id order: every church it reached until it closes, then those that committed.</summary>
    public async Task<IReadOnlyList<int>> ReadersAsync(ClaimsPrincipal user, CareRequest request, CancellationToken ct) =>
        [.. (await ReachedAsync(user, request.Id, ct)).Where(c => IsLive(request.State) || c.Committed).Select(c => c.ChurchId)];

    /// <summary>Opened and not closed: the states in which every church the request reached reads it.</summary>
    public static bool IsLive(RequestState state) => state is RequestState.Open or RequestState.Paused;

    /// <summary>The person's churches the request was sent to, and whether each committed to it.</summary>
    public async Task<IReadOnlyList<ReachedChurch>> ReachedAsync(ClaimsPrincipal user, int requestId, CancellationToken ct)
    {
        if (!IsChurchPerson(user))
        {
            return [];
        }

        var me = user.UserId();
        if (known.TryGetValue((me, requestId), out var reached))
        {
            return reached;
        }

        var mine = ChurchIdsOf(db, me);
        reached = await db.RequestRecipients.AsNoTracking()
            .Where(r => r.CareRequestId == requestId && mine.Contains(r.ChurchId))
            .OrderBy(r => r.ChurchId)
            .Select(r => new ReachedChurch(r.ChurchId, db.ItemClaims.Any(c => c.CareRequestId == requestId && c.ChurchId == r.ChurchId)))
            .ToListAsync(ct);
        known[(me, requestId)] = reached;
        return reached;
    }

    /// <summary>Forgets what was looked up (after the person's church committed in this HTTP request).</summary>
    public void Forget() => known.Clear();
}

public sealed record ReachedChurch(int ChurchId, bool Committed);
