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

/// <summary>Resource-based authorization of every operation on a request, from the user's memberships.</summary>
public sealed class RequestAuthorizationHandler : AuthorizationHandler<RequestRequirement, CareRequest>
{
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, RequestRequirement requirement, CareRequest resource)
    {
        if (RequestPermissions.Allows(context.User, resource, requirement.Operation))
        {
            context.Succeed(requirement);
        }

        return Task.CompletedTask;
    }
}

public static class RequestPermissions
{
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
        // Church people see open requests' public part; matching by distance comes with responses.
        var church = request.State == RequestState.Open
            && (user.IsInRole(Roles.ChurchPointPerson) || user.IsInRole(Roles.TeamLeader) || user.IsInRole(Roles.Responder));

        return operation switch
        {
            RequestOperation.Read => owner || supervisor || countyRepresentative || regionalManager || agencyAdmin || approver
                || request.SupervisorId == me || user.IsInRole(Roles.PlatformAdmin) || church,
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
