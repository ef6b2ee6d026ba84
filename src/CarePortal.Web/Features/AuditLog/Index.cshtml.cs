using CarePortal.Web.Data;
using CarePortal.Web.Features.Accounts;
using CarePortal.Web.Features.Organisations;
using CarePortal.Web.Features.Refusals;

namespace CarePortal.Web.Features.AuditLog;

/// <summary>The agency admin's audit log (<see cref="AuditScope"/>: the agency's).</summary>
public sealed class IndexModel(AppDbContext db, IAgencyAdmins admins, ReadAuditLog log, PersonTimeZone zones, TimeProvider clock) : AuditLogPage(log, clock)
{
    protected override async Task<(AuditScope Scope, TimeZoneInfo Zone)> OpenAsync(CancellationToken ct)
    {
        var scope = await AuditScope.AgencyAsync(db, admins, User, RouteData.Values.ContainsKey("id") ? this.RouteId() : null, ct);
        return (scope, await zones.OfAgencyAsync(scope.OrganisationId!.Value, ct));
    }
}
