using System.Security.Claims;
using CarePortal.Web.Features.Accounts;
using CarePortal.Web.Features.Refusals;

namespace CarePortal.Web.Features.Requests;

/// <summary>Opening one attachment: for <see cref="PrivateAccess"/>'s readers, recorded like a read of the private details.</summary>
public sealed class OpenAttachment(RequestStore requests, AttachmentStore files, PrivateReadLog privateReads)
{
    public async Task<(Attachment Attachment, Stream Content)> RunAsync(ClaimsPrincipal user, int id, Guid attachmentId, CancellationToken cancellationToken)
    {
        var request = await requests.LoadAsync(id, cancellationToken);
        await requests.AuthorizePrivateAsync(user, request, cancellationToken);
        var attachment = request.Attachments.SingleOrDefault(a => a.Id == attachmentId) ?? throw RefusedException.NotFound();
        privateReads.ThrowIfFromAnotherSite();
        var content = files.Open(attachmentId);
        await privateReads.RecordAsync(id, user.UserId(), $"attachment:{attachmentId:N}", cancellationToken);
        return (attachment, content);
    }
}
