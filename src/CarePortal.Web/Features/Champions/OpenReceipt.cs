using System.Security.Claims;
using CarePortal.Web.Features.Accounts;
using CarePortal.Web.Features.AuditLog;
using CarePortal.Web.Features.Requests;

namespace CarePortal.Web.Features.Champions;

/// <summary>
/// Opening a funded item's receipt, for <see cref="ReceiptAccess"/>'s readers: asked from CarePortal's own pages only, answered
/// not to be stored (no-store), and recorded with the request's private-details reads when the answer succeeds.
/// </summary>
public sealed class OpenReceipt(ReceiptAccess access, AttachmentStore files, PrivateReadLog reads)
{
    public async Task<(string FileName, string ContentType, Stream Content)> RunAsync(ClaimsPrincipal user, int id, CancellationToken ct)
    {
        var offer = await access.ReadableAsync(user, id, ct);
        reads.ThrowIfFromAnotherSite();
        var content = files.Open(offer.ReceiptFileId!.Value);
        await reads.RecordAsync(offer.CareRequestId, user.UserId(), AuditActions.ReceiptPrefix + offer.Id, ct);
        return (offer.ReceiptFileName!, offer.ReceiptContentType!, content);
    }
}
