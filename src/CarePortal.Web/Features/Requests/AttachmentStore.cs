using CarePortal.Web.Data;
using CarePortal.Web.Features.Refusals;
using Microsoft.Extensions.Options;

namespace CarePortal.Web.Features.Requests;

/// <summary>Attachment files under the data folder (never the web root), named by id only.</summary>
public sealed class AttachmentStore(DataPaths paths, IOptions<StorageOptions> options)
{
    /// <summary>Checks size and content, writes the file, and returns the content type the bytes prove.</summary>
    public async Task<string> SaveAsync(Guid id, IFormFile file, CancellationToken cancellationToken)
    {
        var max = options.Value.MaxAttachmentBytes;
        if (file.Length == 0 || file.Length > max)
        {
            throw new RefusedException(StatusCodes.Status400BadRequest, "File size not accepted",
                $"Attach {FileSignatures.Accepted} of at most {FileSizes.Describe(max)}; this one is {file.Length} bytes.");
        }

        await using var content = new MemoryStream();
        await file.CopyToAsync(content, cancellationToken);
        var contentType = FileSignatures.Detect(content.GetBuffer().AsSpan(0, (int)Math.Min(content.Length, 16)), file.FileName);
        if (contentType is null || (!string.IsNullOrEmpty(file.ContentType) && file.ContentType != contentType && file.ContentType != "application/octet-stream"))
        {
            throw new RefusedException(StatusCodes.Status400BadRequest, "File type not accepted",
                $"'{Path.GetFileName(file.FileName)}' is not what it claims to be; attach {FileSignatures.Accepted}.");
        }

        content.Position = 0;
        await using var target = File.Create(PathOf(id));
        await content.CopyToAsync(target, cancellationToken);
        return contentType;
    }

    /// <summary>The file's name without its folders, refused (400, field <c>file</c>) when empty, too long or not plain text.</summary>
    public static string FileNameOf(IFormFile file)
    {
        var fileName = Path.GetFileName(file.FileName);
        if (fileName.Length is 0 or > Attachment.FileNameLength || !PlainTextAttribute.IsPlain(fileName, lines: false))
        {
            throw RefusedException.Invalid("file", $"Name the file in at most {Attachment.FileNameLength} characters of plain text: no control characters and no characters that turn the text's direction.");
        }

        return fileName;
    }

    public Stream Open(Guid id) => File.OpenRead(PathOf(id));

    public void Delete(Guid id) => File.Delete(PathOf(id));

    private string PathOf(Guid id) => Path.Combine(paths.AttachmentDirectory, id.ToString("N"));
}
