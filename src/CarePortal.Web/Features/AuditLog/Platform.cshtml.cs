using CarePortal.Web.Data;
using CarePortal.Web.Features.Accounts;

namespace CarePortal.Web.Features.AuditLog;

/// <summary>The platform's audit log, for the platform's admins (<see cref="AuditScope"/>), in the reader's time zone.</summary>
public sealed class PlatformModel(AppDbContext db, ReadAuditLog log, PersonTimeZone zones, TimeProvider clock) : AuditLogPage(log, clock)
{
    protected override async Task<(AuditScope Scope, TimeZoneInfo Zone)> OpenAsync(CancellationToken ct) =>
        (await AuditScope.PlatformAsync(db, User, ct), await zones.OfAsync(User, ct));
}
