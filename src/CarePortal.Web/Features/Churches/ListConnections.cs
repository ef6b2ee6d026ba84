using System.Security.Claims;
using CarePortal.Web.Data;
using CarePortal.Web.Features.Accounts;
using CarePortal.Web.Features.Refusals;
using CarePortal.Web.Features.Requests;
using Microsoft.EntityFrameworkCore;

namespace CarePortal.Web.Features.Churches;

/// <summary>The connections the user reads (<see cref="ConnectionReaders"/>): all of them, or one church's (its people and the platform admins).</summary>
public sealed class ListConnections(AppDbContext db, ChurchAccess access)
{
    public async Task<List<ConnectionView>> ConnectionsAsync(ClaimsPrincipal user, int? churchId, CancellationToken ct)
    {
        var query = db.Connections.Where(ConnectionReaders.Of(db, user));
        if (churchId is { } church)
        {
            if (!(await access.ChurchesOfAsync(user, ct)).Contains(church) && !user.IsInRole(Roles.PlatformAdmin))
            {
                // Anyone else learns nothing of the church's connections, not even that the church is there.
                throw RefusedException.NotFound("No such church of yours.");
            }

            query = query.Where(c => c.ChurchId == church);
        }

        var rows = await query.AsNoTracking().OrderByDescending(c => c.Id).Take(500)
            .Join(db.Organisations, c => c.ChurchId, o => o.Id, (c, o) => new { c, o.Name }).ToListAsync(ct);
        return [.. rows.Select(r => ConnectionView.From(r.c, r.Name))];
    }
}
