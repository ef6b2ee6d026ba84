using System.Linq.Expressions;
using System.Security.Claims;
using CarePortal.Web.Data;
using CarePortal.Web.Features.Accounts;
using Microsoft.EntityFrameworkCore;

namespace CarePortal.Web.Features.Requests;

/// <summary>
/// Who reads a request's private details and its attachments, written once. Among the request's readers
/// (<see cref="RequestAccess"/>): its writer, the supervisor of its office and the regional manager of its region, in any
/// state; while it is open, the point people of a church that committed to it (claimed items) and the responders such a
/// church assigned (after it closes the church still reads the public part, never the private details). <see cref="Rule"/>
/// is the rule as a query expression; <see cref="AllowsAsync"/> runs the same expression on one request (its agency part
/// compiled, from the sign-in's claims, which an agency's role change renews by ending the person's sessions; its church part
/// as one query, for church people only, whose point people are read from the memberships as they are now:
/// <see cref="CurrentRoles"/>). The reads themselves go
/// through <see cref="RequestStore.AuthorizePrivateAsync"/> and are recorded by <see cref="PrivateReadLog"/>.
/// </summary>
public static class PrivateAccess
{
    private static readonly Expression<Func<CareRequest, RequestReader, bool>> AgencyRule = (r, who) =>
        r.CaseworkerId == who.Me || (r.OfficeId != null && who.SupervisorOf.Contains(r.OfficeId.Value)) || who.RegionalManagerOf.Contains(r.RegionId);

    private static readonly Func<CareRequest, RequestReader, bool> AgencyRuleCompiled = AgencyRule.Compile();

    /// <summary>The rule as a query expression, for the requests the user reads (filter <see cref="RequestAccess.Readable"/> with it).</summary>
    public static Expression<Func<CareRequest, bool>> Rule(AppDbContext db, ClaimsPrincipal user, DateTimeOffset now)
    {
        var reader = RequestReader.Of(user);
        var agency = RequestAccess.Bind(AgencyRule, reader);
        return ChurchAccess.IsChurchPerson(user) ? RequestAccess.Or(agency, ChurchRule(db, user, now)) : agency;
    }

    /// <summary>The requests whose private details the user reads at <paramref name="now"/>.</summary>
    public static IQueryable<CareRequest> Readable(AppDbContext db, ClaimsPrincipal user, DateTimeOffset now) =>
        RequestAccess.Readable(db, user, now).Where(Rule(db, user, now));

    /// <summary>The agency's part on one request (the writer, the office's supervisor, the region's manager): no query.</summary>
    public static bool AgencyReads(ClaimsPrincipal user, CareRequest request) => AgencyRuleCompiled(request, RequestReader.Of(user));

    /// <summary>The rule on one request the user reads: the agency's part, else for a church person on an open request the church's part (one query).</summary>
    public static async Task<bool> AllowsAsync(AppDbContext db, ClaimsPrincipal user, CareRequest request, DateTimeOffset now, CancellationToken cancellationToken) =>
        AgencyReads(user, request)
        || (request.State == RequestState.Open && ChurchAccess.IsChurchPerson(user)
            && await db.Requests.Where(r => r.Id == request.Id).AnyAsync(ChurchRule(db, user, now), cancellationToken));

    /// <summary>
    /// While open: a point person of a church that claimed items of it, or a responder assigned by a church that did; and for a
    /// tier-2 request only while the agency's approval of them holds (<see cref="ChurchAccess.TierLets"/>).
    /// </summary>
    private static Expression<Func<CareRequest, bool>> ChurchRule(AppDbContext db, ClaimsPrincipal user, DateTimeOffset now)
    {
        var me = user.UserId();
        var pointOf = CurrentRoles.PlacesOf(db, me, Roles.ChurchPointPerson);
        return Splice.Expand<Func<CareRequest, bool>>(r => r.State == RequestState.Open
            && (db.ItemClaims.Any(c => c.CareRequestId == r.Id && pointOf.Contains(c.ChurchId))
                || db.ResponderAssignments.Any(a => a.CareRequestId == r.Id && a.UserId == me
                    && db.ItemClaims.Any(c => c.CareRequestId == r.Id && c.ChurchId == a.ChurchId)))
            && ChurchAccess.TierLets.Inline(db, r, me, now));
    }
}
