using System.Security.Claims;
using CarePortal.Web.Data;
using CarePortal.Web.Features.AuditLog;
using CarePortal.Web.Features.Refusals;
using CarePortal.Web.Features.Requests;
using Microsoft.EntityFrameworkCore;

namespace CarePortal.Web.Features.Champions;

/// <summary>
/// The connecting church's point person uploads the receipt of a funded item it claimed (a PDF or image), kept by the
/// attachments' store with its size limit and type sniffing; audited. One receipt per offer: a second is refused, so what was
/// filed stays as it was filed. Who reads it: <see cref="ReceiptAccess"/>.
/// </summary>
public sealed class AttachReceipt(AppDbContext db, AttachmentStore files, AdminAudit audit, PrivateReadLog reads, TimeProvider clock)
{
    public async Task<ChurchOfferView> RunAsync(ClaimsPrincipal user, int id, IFormFile? file, CancellationToken ct)
    {
        var found = await ChurchOfferView.OfferForPointPersonAsync(db, user, id, ct);
        RecordFunding.ThrowIfNothingToRecord(found);
        if (found.ReceiptFileId is not null)
        {
            throw OnFile();
        }

        if (file is null)
        {
            throw RefusedException.Invalid("file", $"Choose the receipt's file: {FileSignatures.Accepted}.");
        }

        var fileName = AttachmentStore.FileNameOf(file);
        var fileId = Guid.NewGuid();
        var contentType = await files.SaveAsync(fileId, file, ct);
        var now = clock.GetUtcNow();
        try
        {
            await db.InTransactionAsync(async (transaction, token) =>
            {
                // Only the first upload is kept: of two at once, the second changes nothing and its file goes.
                var moved = await db.Set<ChampionOffer>().Where(o => o.Id == id && o.ReceiptFileId == null).ExecuteUpdateAsync(s => s
                    .SetProperty(o => o.ReceiptFileId, (Guid?)fileId).SetProperty(o => o.ReceiptFileName, fileName)
                    .SetProperty(o => o.ReceiptContentType, contentType).SetProperty(o => o.ReceiptUploadedAt, (DateTimeOffset?)now), token);
                if (moved == 0)
                {
                    throw OnFile();
                }

                audit.Record(user, "champion-receipt-uploaded", $"Uploaded the receipt of champion offer {id} ({contentType}, {file.Length} bytes).",
                    organisationId: found.ChurchId, requestId: found.CareRequestId);
                await db.SaveChangesAsync(token);
                await transaction.CommitAsync(token);
                return moved;
            }, ct);
        }
        catch
        {
            files.Delete(fileId);
            throw;
        }

        db.ChangeTracker.Clear();
        return await ChurchOfferView.ReadAsync(db, reads, user, id, ct);
    }

    private static RefusedException OnFile() => RefusedException.Conflict("Receipt on file", "The receipt is on file already: it stays as it was filed.");
}
