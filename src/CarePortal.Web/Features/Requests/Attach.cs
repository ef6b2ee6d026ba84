using System.Security.Claims;
using CarePortal.Web.Data;
using CarePortal.Web.Features.Accounts;
using CarePortal.Web.Features.Refusals;

namespace CarePortal.Web.Features.Requests;

/// <summary>
/// The writer or supervisor attaches a file (a bill, a lease …) to a live request; the file is kept only when the row is saved.
/// The kind is taken as text (<see cref="AttachmentKinds"/>), so that a number or an unknown name is refused with a sentence.
/// </summary>
public sealed class AttachFile(AppDbContext db, RequestStore requests, AttachmentStore files, TimeProvider clock)
{
    public async Task<Attachment> RunAsync(ClaimsPrincipal user, int id, string? kindName, IFormFile file, CancellationToken cancellationToken)
    {
        var kind = AttachmentKinds.Parse(kindName) ?? throw RefusedException.Invalid("kind", AttachmentKinds.Sentence);
        var fileName = AttachmentStore.FileNameOf(file);

        var request = await requests.LoadAsync(user, id, RequestOperation.EditPrivate, cancellationToken);
        RequestStore.ThrowIfNotLive(request);

        var attachment = new Attachment
        {
            Id = Guid.NewGuid(),
            CareRequestId = id,
            Kind = kind,
            FileName = fileName,
            ContentType = "",
            Length = file.Length,
            UploadedById = user.UserId(),
            UploadedAt = clock.GetUtcNow(),
        };
        attachment.ContentType = await files.SaveAsync(attachment.Id, file, cancellationToken);
        try
        {
            db.Attachments.Add(attachment);
            await requests.SaveAsync(cancellationToken);
        }
        catch
        {
            files.Delete(attachment.Id);
            throw;
        }

        return attachment;
    }
}
