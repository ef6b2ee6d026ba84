using System.Security.Claims;
using CarePortal.Web.Data;

namespace CarePortal.Web.Features.AuditLog;

/// <summary>Records an admin's change in the audit log, in the same save as the change itself (the caller saves).</summary>
public sealed class AdminAudit(AppDbContext db, TimeProvider clock)
{
    public AdminAction Record(ClaimsPrincipal user, string action, string detail, int? organisationId = null, string? subjectUserId = null, int? requestId = null)
    {
        var row = new AdminAction
        {
            At = clock.GetUtcNow(),
            UserId = user.FindFirstValue(ClaimTypes.NameIdentifier) ?? throw new InvalidOperationException("Only a signed-in person's change is audited."),
            Action = action,
            Detail = detail.Length > AdminActionConfiguration.MaxDetail ? detail[..(AdminActionConfiguration.MaxDetail - 1)] + "…" : detail,
            OrganisationId = organisationId,
            SubjectUserId = subjectUserId,
            CareRequestId = requestId,
        };
        db.AdminActions.Add(row);
        return row;
    }
}
