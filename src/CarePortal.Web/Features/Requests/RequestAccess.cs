using System.Linq.Expressions;
using System.Security.Claims;
using CarePortal.Web.Data;
using CarePortal.Web.Features.Accounts;
using Microsoft.AspNetCore.Authorization;

namespace CarePortal.Web.Features.Requests;

/// <summary>
/// Who reads a request, written once. The agency's and the platform's readers are one expression: the lists filter with it
/// in SQL (<see cref="Readable"/>) and <see cref="RequestAuthorizationHandler"/> runs the same expression, compiled, on one
/// request (<see cref="AgencyReads"/>). The churches it reached are <see cref="ChurchAccess"/>'s rule, joined here
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

    /// <summary>
    /// The requests the user reads at <paramref name="now"/>: the agency's and the platform's rule, and for a church person the
    /// churches' rule (whose tier-2 part depends on the moment: an approval expires).
    /// </summary>
    public static IQueryable<CareRequest> Readable(AppDbContext db, ClaimsPrincipal user, DateTimeOffset now)
    {
        var reader = RequestReader.Of(user);
        var agency = Bind(AgencyRule, reader);
        return db.Requests.Where(ChurchAccess.IsChurchPerson(user) ? Or(agency, ChurchAccess.Reads(db, reader.Me, now)) : agency);
    }

    /// <summary>Whether the person reads requests as an agency's person or a platform admin (any role besides a church's).</summary>
    public static bool ReadsAsAgency(ClaimsPrincipal user) =>
        !ChurchAccess.IsChurchPerson(user) || AgencySideRoles.Any(user.IsInRole);

    private static readonly string[] AgencySideRoles =
        [Roles.Caseworker, Roles.Supervisor, Roles.CountyRepresentative, Roles.RegionalManager, Roles.AgencyAdmin, Roles.PlatformAdmin];

    /// <summary>The requests the user reads as the agency's person or a platform admin, never through a church.</summary>
    public static IQueryable<CareRequest> AgencyReadable(AppDbContext db, ClaimsPrincipal user) => db.Requests.Where(Bind(AgencyRule, RequestReader.Of(user)));

    /// <summary>The rule with its reader fixed: a filter on requests alone.</summary>
    internal static Expression<Func<CareRequest, bool>> Bind(Expression<Func<CareRequest, RequestReader, bool>> rule, RequestReader reader)
    {
        var request = rule.Parameters[0];
        var body = new Replace(rule.Parameters[1], Expression.Constant(reader)).Visit(rule.Body)!;
        return Expression.Lambda<Func<CareRequest, bool>>(body, request);
    }

    internal static Expression<Func<CareRequest, bool>> Or(Expression<Func<CareRequest, bool>> left, Expression<Func<CareRequest, bool>> right)
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

public enum RequestOperation
{
    Read,
    Edit,
    ReadPrivate,
    EditPrivate,
    Submit,
    Decide,
    Close,
    Pause,
    Cancel,
    ReadAudit,

    /// <summary>Follow a request or commit to pray for it: the people of a church it reached.</summary>
    Follow,

    /// <summary>Make the public page of its public part: its agency staff and the people of a church it reached.</summary>
    SharePublicly,
}

public sealed record RequestRequirement(RequestOperation Operation) : IAuthorizationRequirement;

/// <summary>
/// Resource-based authorization of every operation on a request: the agency's and the platform's rights from the user's
/// memberships, and a church person's right to read from the churches the request reached (<see cref="ChurchAccess"/>).
/// The request's <see cref="ChurchAccess"/> (and so a database context) is taken only when a church person reads:
/// the authorization middleware builds every handler on every request, and a context taken and given back for nothing was a
/// few percent of each API call's CPU.
/// </summary>
public sealed class RequestAuthorizationHandler(IServiceProvider services) : AuthorizationHandler<RequestRequirement, CareRequest>
{
    protected override async Task HandleRequirementAsync(AuthorizationHandlerContext context, RequestRequirement requirement, CareRequest resource)
    {
        if (RequestPermissions.Allows(context.User, resource, requirement.Operation)
            || (requirement.Operation is RequestOperation.Read or RequestOperation.Follow or RequestOperation.SharePublicly && ChurchAccess.IsChurchPerson(context.User)
                && (await services.GetRequiredService<ChurchAccess>().ReadersAsync(context.User, resource, CancellationToken.None)).Count > 0))
        {
            context.Succeed(requirement);
        }
    }
}

public static class RequestPermissions
{
    /// <summary>
    /// The agency's and the platform's rights. A church person's right to read needs the database (the churches the request
    /// reached): <see cref="RequestAuthorizationHandler"/> adds it.
    /// </summary>
    public static bool Allows(ClaimsPrincipal user, CareRequest request, RequestOperation operation)
    {
        var me = user.FindFirstValue(ClaimTypes.NameIdentifier);
        if (me is null)
        {
            return false;
        }

        var owner = request.CaseworkerId == me;
        var supervisor = user.HasRoleAt(Roles.Supervisor, request.OfficeId);
        var countyRepresentative = user.HasRoleAt(Roles.CountyRepresentative, request.CountyId);
        var agencyAdmin = user.HasRoleAt(Roles.AgencyAdmin, request.AgencyId);
        var approver = IsApprover(user, me, request);

        return operation switch
        {
            RequestOperation.Read => RequestAccess.AgencyReads(user, request),
            RequestOperation.Edit => owner || supervisor || countyRepresentative || approver,
            RequestOperation.ReadPrivate => PrivateAccess.AgencyReads(user, request),
            RequestOperation.EditPrivate or RequestOperation.Submit or RequestOperation.Pause => owner || supervisor,
            RequestOperation.Decide => approver,
            RequestOperation.Close or RequestOperation.Cancel => owner || supervisor || countyRepresentative || agencyAdmin,
            RequestOperation.ReadAudit => agencyAdmin,
            RequestOperation.SharePublicly => IsAgencyStaff(user, request),
            _ => false,
        };
    }

    /// <summary>Whether the user works for the request's agency on it (not a church, not the platform).</summary>
    public static bool IsAgencyStaff(ClaimsPrincipal user, CareRequest request) =>
        Allows(user, request, RequestOperation.Edit) || Allows(user, request, RequestOperation.ReadPrivate)
        || Allows(user, request, RequestOperation.Close) || user.FindFirstValue(ClaimTypes.NameIdentifier) == request.SupervisorId;

    /// <summary>Whether the user is the one the request waits for: named supervisor, county representative or regional manager.</summary>
    public static bool IsApprover(ClaimsPrincipal user, string me, CareRequest request) =>
        request.State == RequestState.AwaitingApproval && request.Route switch
        {
            ApprovalRoute.Supervisor => request.SupervisorId is null ? user.HasRoleAt(Roles.Supervisor, request.OfficeId) : request.SupervisorId == me,
            ApprovalRoute.CountyRepresentative => user.HasRoleAt(Roles.CountyRepresentative, request.CountyId),
            ApprovalRoute.RegionalManager => user.HasRoleAt(Roles.RegionalManager, request.RegionId),
            _ => false,
        };
}
