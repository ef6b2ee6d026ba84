using System.Security.Claims;
using CarePortal.Web.Features.Organisations;

namespace CarePortal.Web.Features.AuditLog;

/// <summary>Organisations' <see cref="IAuditTrail"/>: its changes go to the admin audit like every other.</summary>
public sealed class AuditTrail(AdminAudit audit) : IAuditTrail
{
    public void Record(ClaimsPrincipal user, string action, string detail, int? organisationId) => audit.Record(user, action, detail, organisationId);
}
