using System.Security.Claims;
using CarePortal.Web.Data;

namespace CarePortal.Web.Features.Churches;

/// <summary>The point person (or a platform admin) pauses the church (it gets no new requests) or resumes it.</summary>
public sealed class Pause(AppDbContext db)
{
    public async Task<Church> PauseAsync(ClaimsPrincipal user, int id, bool paused, CancellationToken ct)
    {
        var church = await ChurchReaders.ForPointPersonAsync(db, user, id, ct);
        church.Paused = paused;
        await db.SaveChangesAsync(ct);
        return church;
    }
}
