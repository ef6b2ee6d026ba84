using System.Security.Claims;
using CarePortal.Web.Data;
using CarePortal.Web.Features.Accounts;
using Microsoft.EntityFrameworkCore;

namespace CarePortal.Web.Features.Requests;

/// <summary>Reading a request's private details and the list of its attachments: for <see cref="PrivateAccess"/>'s readers, recorded.</summary>
public sealed class ReadPrivateDetails(AppDbContext db, RequestStore requests, PrivateReadLog privateReads)
{
    public async Task<(PrivateDetails Details, IReadOnlyList<Attachment> Attachments)> ReadAsync(ClaimsPrincipal user, int id, CancellationToken cancellationToken)
    {
        var request = await requests.LoadAsync(id, cancellationToken);
        await requests.AuthorizePrivateAsync(user, request, cancellationToken);
        privateReads.ThrowIfFromAnotherSite();
        var details = await db.PrivateDetails.AsNoTracking().SingleOrDefaultAsync(p => p.CareRequestId == id, cancellationToken)
            ?? new PrivateDetails { CareRequestId = id };
        await privateReads.RecordAsync(id, user.UserId(), "details", cancellationToken);
        return (details, request.Attachments);
    }
}
