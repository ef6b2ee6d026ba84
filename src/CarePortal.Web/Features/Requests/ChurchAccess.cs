using System.Linq.Expressions;
using System.Security.Claims;
using CarePortal.Web.Data;
using CarePortal.Web.Features.Accounts;
using CarePortal.Web.Features.Organisations;
using Microsoft.EntityFrameworkCore;

namespace CarePortal.Web.Features.Requests;

/// <summary>
/// Which of a person's churches may read a request's public part: a church it was sent to (routing, escalation, or a share
/// from a nearby church: a <see cref="RequestRecipient"/> row) until it closes (open, or paused for a while), and a church that
/// committed to it (claimed items) also after it closed, so it sees what it met. Anyone else in a church learns nothing of the request (404).
/// Every person of such a church reads it, whatever the team settings say: those settings choose who is emailed, and a
/// point person may forward the request to any responder of the church; but a tier-2 (relational) request only the people its
/// agency approved read (<see cref="TierLets"/>: a current <see cref="ResponderApproval"/>, unexpired at this moment, not withdrawn).
/// The rule is written once, <see cref="ReadsThrough"/>: the lists filter with it (<see cref="Reads"/>) and the check on one
/// request (<see cref="ReadersAsync"/>) runs the same expression with the request in place; one indexed lookup per request,
/// state and person, remembered for the rest of the HTTP request (the page and the API ask several times).
/// </summary>
public sealed class ChurchAccess(AppDbContext db, TimeProvider clock)
{
    private readonly Dictionary<(string User, int Request, RequestState State), IReadOnlyList<int>> known = [];

    /// <summary>Whether the person holds a role in a church or one of its teams (from the sign-in's claims: no query).</summary>
    public static bool IsChurchPerson(ClaimsPrincipal user) =>
        user.IsInRole(Roles.ChurchPointPerson) || user.IsInRole(Roles.TeamLeader) || user.IsInRole(Roles.Responder);

    /// <summary>
    /// The rule of whose churches are whose: the churches the person answers for, as point person or responder of the church, or
    /// leader or member of one of its teams, while their account is active (<see cref="ActiveAccounts"/>: a deactivated account
    /// answers for no church, is chosen for nothing and counted nowhere). Read from the memberships every time, never from the
    /// sign-in's claims. An expression so that a compiled query can take it in (<see cref="Splice"/>: the church feed).
    /// </summary>
    public static readonly Expression<Func<AppDbContext, string, IQueryable<int>>> ChurchesOf = Splice.Expand<Func<AppDbContext, string, IQueryable<int>>>((db, userId) =>
        ActiveAccounts.MembershipsOf.Inline(db, userId).Where(m => m.Role == Roles.ChurchPointPerson || m.Role == Roles.Responder || m.Role == Roles.TeamLeader)
            .Select(m => m.Organisation!.Kind == OrganisationKind.Team ? m.Organisation.ParentId!.Value : m.OrganisationId));

    private static readonly Func<AppDbContext, string, IQueryable<int>> ChurchesOfQuery = ChurchesOf.Compile();

    /// <summary>The churches the person answers for (<see cref="ChurchesOf"/>), as a query to filter with.</summary>
    public static IQueryable<int> ChurchIdsOf(AppDbContext db, string userId) => ChurchesOfQuery(db, userId);

    /// <summary>The churches the person answers for (<see cref="ChurchIdsOf"/>).</summary>
    public async Task<List<int>> ChurchesOfAsync(ClaimsPrincipal user, CancellationToken ct) =>
        await ChurchIdsOf(db, user.UserId()).Distinct().ToListAsync(ct);

    /// <summary>
    /// Whether the request's tier lets this person read it through a church: tier 2 (mentoring, babysitting, meals) only when its
    /// agency approved them (a background check) and the approval holds at <c>now</c>; tier 3 never goes to churches (no recipient
    /// row), and tier 1 to every person of a church it went to.
    /// </summary>
    public static readonly Expression<Func<AppDbContext, CareRequest, string, DateTimeOffset, bool>> TierLets = (db, r, userId, now) =>
        r.Tier != 2 || db.ResponderApprovals.Any(a => a.UserId == userId && a.AgencyId == r.AgencyId && ResponderApproval.HoldsAt.Inline(a, now));

    /// <summary>The tier's part of the rule for one person at one moment, to filter a church-side list of requests with.</summary>
    public static Expression<Func<CareRequest, bool>> TierLetsOn(AppDbContext db, string userId, DateTimeOffset now) =>
        Splice.Expand<Func<CareRequest, bool>>(r => TierLets.Inline(db, r, userId, now));

    /// <summary>
    /// Of these church people, those the tier rule (<see cref="TierLets"/>) lets hear of the request at <paramref name="now"/>:
    /// every one for a tier-1 request, only those its agency approved for a tier-2 one. Notices about a request (its close,
    /// what its followers hear) go to these alone, so they never reach someone who may not read it.
    /// </summary>
    public static async Task<IReadOnlyList<string>> HearingOfAsync(AppDbContext db, CareRequest request, IEnumerable<string> people, DateTimeOffset now, CancellationToken ct)
    {
        var ids = people.Distinct().ToList();
        var lets = Splice.Expand<Func<string, bool>>(userId => TierLets.Inline(db, request, userId, now));
        return ids.Count == 0 ? [] : await db.Users.Where(u => ids.Contains(u.Id)).Select(u => u.Id).Where(lets).ToListAsync(ct);
    }

    /// <summary>
    /// The agency's people a tier-2 request of its may reach at <paramref name="now"/>: those with an approval of the agency that
    /// holds then (<see cref="ResponderApproval.HoldsAt"/>, as in <see cref="TierLets"/>).
    /// </summary>
    public static IQueryable<string> ApprovedBy(AppDbContext db, int agencyId, DateTimeOffset now) =>
        ResponderApproval.Holding(db.ResponderApprovals, now).Where(a => a.AgencyId == agencyId).Select(a => a.UserId);

    /// <summary>
    /// The people the agency approved at <paramref name="now"/> (<see cref="ApprovedBy"/>) and their churches, by the same memberships
    /// as <see cref="ChurchesOf"/>: where a tier-2 request of the agency may go, and who there hears of it.
    /// </summary>
    public static IQueryable<ApprovedMember> ApprovedMembers(AppDbContext db, int agencyId, DateTimeOffset now)
    {
        var approved = ApprovedBy(db, agencyId, now);
        return ActiveAccounts.Memberships(db).Where(m => approved.Contains(m.UserId) && (m.Role == Roles.ChurchPointPerson || m.Role == Roles.Responder || m.Role == Roles.TeamLeader))
            .Select(m => new ApprovedMember(m.Organisation!.Kind == OrganisationKind.Team ? m.Organisation.ParentId!.Value : m.OrganisationId, m.UserId));
    }

    /// <summary>
    /// The rule: the church of a recipient row reads the request while it is live (open or paused), and after that if the
    /// church committed to it; and the person reads it only if its tier lets them (<see cref="TierLets"/>).
    /// </summary>
    public static Expression<Func<CareRequest, RequestRecipient, bool>> ReadsThrough(AppDbContext db, string userId, DateTimeOffset now) =>
        Splice.Expand<Func<CareRequest, RequestRecipient, bool>>((r, x) =>
            (r.State == RequestState.Open || r.State == RequestState.Paused
             || db.ItemClaims.Any(c => c.CareRequestId == x.CareRequestId && c.ChurchId == x.ChurchId))
            && TierLets.Inline(db, r, userId, now));

    /// <summary>The rule as the lists' filter: a request one of the person's churches reads through <see cref="ReadsThrough"/>.</summary>
    public static Expression<Func<CareRequest, bool>> Reads(AppDbContext db, string userId, DateTimeOffset now)
    {
        var mine = ChurchIdsOf(db, userId);
        var rule = ReadsThrough(db, userId, now);
        var (r, x) = (rule.Parameters[0], rule.Parameters[1]);
        Expression<Func<RequestRecipient, bool>> sent = y => mine.Contains(y.ChurchId);
        // r => db.RequestRecipients.Any(x => x.CareRequestId == r.Id && mine.Contains(x.ChurchId) && rule(r, x))
        var recipient = Expression.AndAlso(
            Expression.AndAlso(Expression.Equal(Expression.Property(x, nameof(RequestRecipient.CareRequestId)), Expression.Property(r, nameof(CareRequest.Id))),
                new Replace(sent.Parameters[0], x).Visit(sent.Body)!),
            rule.Body);
        Expression<Func<IQueryable<RequestRecipient>>> recipients = () => db.RequestRecipients;
        var any = Expression.Call(typeof(Queryable), nameof(Queryable.Any), [typeof(RequestRecipient)], recipients.Body,
            Expression.Quote(Expression.Lambda<Func<RequestRecipient, bool>>(recipient, x)));
        return Expression.Lambda<Func<CareRequest, bool>>(any, r);
    }

    /// <summary>The person's churches that read the request now, in id order: the rule with this request in place.</summary>
    public async Task<IReadOnlyList<int>> ReadersAsync(ClaimsPrincipal user, CareRequest request, CancellationToken ct)
    {
        if (!IsChurchPerson(user))
        {
            return [];
        }

        var me = user.UserId();
        if (known.TryGetValue((me, request.Id, request.State), out var readers))
        {
            return readers;
        }

        var rule = ReadsThrough(db, me, clock.GetUtcNow());
        var through = Expression.Lambda<Func<RequestRecipient, bool>>(
            new Replace(rule.Parameters[0], Expression.Constant(request, typeof(CareRequest))).Visit(rule.Body)!,
            rule.Parameters[1]);
        var mine = ChurchIdsOf(db, me);
        readers = await db.RequestRecipients.AsNoTracking()
            .Where(x => x.CareRequestId == request.Id && mine.Contains(x.ChurchId)).Where(through)
            .OrderBy(x => x.ChurchId).Select(x => x.ChurchId).ToListAsync(ct);
        known[(me, request.Id, request.State)] = readers;
        return readers;
    }

    /// <summary>Forgets what was looked up (after the person's church committed in this HTTP request).</summary>
    public void Forget() => known.Clear();

    private sealed class Replace(Expression from, Expression to) : ExpressionVisitor
    {
        public override Expression? Visit(Expression? node) => node == from ? to : base.Visit(node);
    }
}

/// <summary>A person an agency approved for its tier-2 requests, in one of their churches.</summary>
public sealed record ApprovedMember(int ChurchId, string UserId);
