using System.Security.Claims;
using CarePortal.Web.Data;
using CarePortal.Web.Features.AuditLog;

namespace CarePortal.Web.Features.Churches;

/// <summary>The point person (or a platform admin) pauses the church (it gets no new requests) or resumes it.</summary>
public sealed class Pause(AppDbContext db, AdminAudit audit)
{
    public async Task<Church> PauseAsync(ClaimsPrincipal user, int id, bool paused, CancellationToken ct)
    {
        var church = await ChurchReaders.ForPointPersonAsync(db, user, id, ct);
        church.Paused = paused;
        audit.Record(user, paused ? "church-paused" : "church-resumed", $"{(paused ? "Paused" : "Resumed")} {church.Organisation!.Name}.", id);
        await db.SaveChangesAsync(ct);
        return church;
    }
}
