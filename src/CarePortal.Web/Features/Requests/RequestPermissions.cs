using System.Security.Claims;
using CarePortal.Web.Features.Accounts;
using Microsoft.AspNetCore.Authorization;

namespace CarePortal.Web.Features.Requests;

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
}

public sealed record RequestRequirement(RequestOperation Operation) : IAuthorizationRequirement;

/// <summary>
/// Resource-based authorization of every operation on a request: the agency's and the platform's rights from the user's
/// memberships, and a church person's right to read from the churches the request reached (<see cref="Churches.ChurchAccess"/>).
/// The request's <see cref="Churches.ChurchAccess"/> (and so a database context) is taken only when a church person reads:
/// the authorization middleware builds every handler on every request, and a context taken and given back for nothing was a
/// few percent of each API call's CPU.
/// </summary>
public sealed class RequestAuthorizationHandler(IServiceProvider services) : AuthorizationHandler<RequestRequirement, CareRequest>
{
    protected override async Task HandleRequirementAsync(AuthorizationHandlerContext context, RequestRequirement requirement, CareRequest resource)
    {
        if (RequestPermissions.Allows(context.User, resource, requirement.Operation)
            || (requirement.Operation == RequestOperation.Read && Churches.ChurchAccess.IsChurchPerson(context.User)
                && (await services.GetRequiredService<Churches.ChurchAccess>().ReadersAsync(context.User, resource, CancellationToken.None)).Count > 0))
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
        var regionalManager = user.HasRoleAt(Roles.RegionalManager, request.RegionId);
        var agencyAdmin = user.HasRoleAt(Roles.AgencyAdmin, request.AgencyId);
        var approver = IsApprover(user, me, request);

        return operation switch
        {
            RequestOperation.Read => RequestAccess.AgencyReads(user, request),
            RequestOperation.Edit => owner || supervisor || countyRepresentative || approver,
            RequestOperation.ReadPrivate => owner || supervisor || regionalManager,
            RequestOperation.EditPrivate or RequestOperation.Submit or RequestOperation.Pause => owner || supervisor,
            RequestOperation.Decide => approver,
            RequestOperation.Close or RequestOperation.Cancel => owner || supervisor || countyRepresentative || agencyAdmin,
            RequestOperation.ReadAudit => agencyAdmin,
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
