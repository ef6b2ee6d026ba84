using System.Linq.Expressions;
using System.Security.Claims;
using CarePortal.Web.Data;
using CarePortal.Web.Features.Accounts;

namespace CarePortal.Web.Features.Requests;

/// <summary>
/// Who reads a request, written once. The agency's and the platform's readers are one expression: the lists filter with it
/// in SQL (<see cref="Readable"/>) and <see cref="RequestAuthorizationHandler"/> runs the same expression, compiled, on one
/// request (<see cref="AgencyReads"/>). The churches it reached are <see cref="Churches.ChurchAccess"/>'s rule, joined here
/// for church people only, so that the database never sees the church test in an agency person's list.
/// </summary>
public static class RequestAccess
{
    private static readonly Expression<Func<CareRequest, RequestReader, bool>> AgencyRule = (r, who) =>
        who.Platform || r.CaseworkerId == who.Me || r.SupervisorId == who.Me
        || (r.OfficeId != null && who.SupervisorOf.Contains(r.OfficeId.Value))
        || who.CountyRepresentativeOf.Contains(r.CountyId) || who.RegionalManagerOf.Contains(r.RegionId) || who.AgencyAdminOf.Contains(r.AgencyId);

    private static readonly Func<CareRequest, RequestReader, bool> AgencyRuleCompiled = AgencyRule.Compile();

    /// <summary>Whether the user reads the request as its agency's person (any role over it, or its named supervisor) or a platform admin.</summary>
    public static bool AgencyReads(ClaimsPrincipal user, CareRequest request) => AgencyRuleCompiled(request, RequestReader.Of(user));

    /// <summary>The requests the user reads: the agency's and the platform's rule, and for a church person the churches' rule.</summary>
    public static IQueryable<CareRequest> Readable(AppDbContext db, ClaimsPrincipal user)
    {
        var reader = RequestReader.Of(user);
        var agency = Bind(AgencyRule, reader);
        return db.Requests.Where(Churches.ChurchAccess.IsChurchPerson(user) ? Or(agency, Churches.ChurchAccess.Reads(db, reader.Me)) : agency);
    }

    private static Expression<Func<CareRequest, bool>> Bind(Expression<Func<CareRequest, RequestReader, bool>> rule, RequestReader reader)
    {
        var request = rule.Parameters[0];
        var body = new Replace(rule.Parameters[1], Expression.Constant(reader)).Visit(rule.Body)!;
        return Expression.Lambda<Func<CareRequest, bool>>(body, request);
    }

    private static Expression<Func<CareRequest, bool>> Or(Expression<Func<CareRequest, bool>> left, Expression<Func<CareRequest, bool>> right)
    {
        var right2 = new Replace(right.Parameters[0], left.Parameters[0]).Visit(right.Body)!;
        return Expression.Lambda<Func<CareRequest, bool>>(Expression.OrElse(left.Body, right2), left.Parameters[0]);
    }

    private sealed class Replace(Expression from, Expression to) : ExpressionVisitor
    {
        public override Expression? Visit(Expression? node) => node == from ? to : base.Visit(node);
    }
}

/// <summary>What the request rule needs to know of a person, from the sign-in's claims (no query).</summary>
public sealed record RequestReader(
    string Me, bool Platform, IReadOnlyList<int> SupervisorOf, IReadOnlyList<int> CountyRepresentativeOf, IReadOnlyList<int> RegionalManagerOf,
    IReadOnlyList<int> AgencyAdminOf)
{
    public static RequestReader Of(ClaimsPrincipal user) => new(
        user.UserId(), user.IsInRole(Roles.PlatformAdmin), user.OrganisationsWithRole(Roles.Supervisor), user.OrganisationsWithRole(Roles.CountyRepresentative),
        user.OrganisationsWithRole(Roles.RegionalManager), user.OrganisationsWithRole(Roles.AgencyAdmin));
}
