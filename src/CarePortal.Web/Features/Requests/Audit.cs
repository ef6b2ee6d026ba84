using System.Security.Claims;
using CarePortal.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace CarePortal.Web.Features.Requests;

/// <summary>Who read the private details of a request, and when: the agency admin's audit log.</summary>
public sealed class ReadAudit(AppDbContext db, RequestStore requests)
{
    public async Task<List<AuditView>> RunAsync(ClaimsPrincipal user, int id, CancellationToken cancellationToken)
    {
        await requests.LoadAsync(user, id, RequestOperation.ReadAudit, cancellationToken);
        return await db.PrivateDetailsReads.AsNoTracking().Where(r => r.CareRequestId == id).OrderBy(r => r.Id)
            .Join(db.Users, r => r.UserId, u => u.Id, (r, u) => new AuditView(u.Email ?? u.Id, r.What, r.At))
            .ToListAsync(cancellationToken);
    }
}
