using System.Security.Claims;

namespace CarePortal.Web.Features.Organisations;

/// <summary>Where Organisations' admin changes are recorded, in the caller's save. The audit log answers (Organisations never names it).</summary>
public interface IAuditTrail
{
    void Record(ClaimsPrincipal user, string action, string detail, int? organisationId);
}
