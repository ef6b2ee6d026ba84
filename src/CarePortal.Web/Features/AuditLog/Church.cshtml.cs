using CarePortal.Web.Data;
using CarePortal.Web.Features.Accounts;
using CarePortal.Web.Features.Refusals;

namespace CarePortal.Web.Features.AuditLog;

/// <summary>A church's audit log, for its point person and the platform's admins (<see cref="AuditScope"/>), in the church's time zone.</summary>
public sealed class ChurchModel(AppDbContext db, ReadAuditLog log, PersonTimeZone zones, TimeProvider clock) : AuditLogPage(log, clock)
{
    protected override async Task<(AuditScope Scope, TimeZoneInfo Zone)> OpenAsync(CancellationToken ct)
    {
        var scope = await AuditScope.ChurchAsync(db, User, this.RouteId(), ct);
        return (scope, await zones.OfAgencyAsync(scope.OrganisationId!.Value, ct));
    }
}
