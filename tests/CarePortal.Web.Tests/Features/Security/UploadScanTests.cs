using System.Net;
using System.Text;
using CarePortal.Web.Features.Requests;
using CarePortal.Web.Tests.Features.Requests;
using Microsoft.EntityFrameworkCore;
using Xunit;

namespace CarePortal.Web.Tests.Features.Security;

/// <summary>
/// Uploads are judged by their bytes, their name and their declared type together; renamed files and polyglots are refused,
/// and what is kept is only ever sent back as a download of its proven type.
/// </summary>
public static class UploadSamples
{
    private static readonly byte[] Pdf = Encoding.ASCII.GetBytes("%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n");
    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 0x49, 0x48, 0x44, 0x52];
    private static readonly byte[] Jpeg = [0xFF, 0xD8, 0xFF, 0xE0, 0, 0x10, 0x4A, 0x46, 0x49, 0x46, 0];

    public static TheoryData<string, string, byte[]> Refused => new()
    {
        { "renamed PNG", "bill.pdf", Png },
        { "renamed PDF", "bill.jpg", Pdf },
        { "JPEG called PNG", "bill.png", Jpeg },
        { "GIF and script polyglot", "bill.jpg", Encoding.ASCII.GetBytes("GIF89a/*\u0000*/=1;alert(document.cookie)//") },
        { "HTML called PDF", "bill.pdf", Encoding.ASCII.GetBytes("<html><script>alert(1)</script></html>") },
        { "ZIP called PDF", "bill.pdf", [0x50, 0x4B, 0x03, 0x04, 0x14, 0, 0, 0] },
        { "PDF signature late in the file", "bill.pdf", [.. Encoding.ASCII.GetBytes("<!doctype html>"), .. Pdf] },
        { "executable called PDF", "bill.pdf", [0x4D, 0x5A, 0x90, 0, 0x03, 0, 0, 0] },
        { "PDF with an executable extension", "bill.pdf.exe", Pdf },
        { "empty file", "bill.pdf", [] },
    };
}

public abstract class UploadScanTests<TApp>(TApp app) where TApp : CarePortalApp
{
    private static readonly byte[] Pdf = Encoding.ASCII.GetBytes("%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n");
    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 0x49, 0x48, 0x44, 0x52];
    private static readonly byte[] Jpeg = [0xFF, 0xD8, 0xFF, 0xE0, 0, 0x10, 0x4A, 0x46, 0x49, 0x46, 0];


    private async Task<(RequestsClient Caseworker, int RequestId)> DraftAsync()
    {
        var caseworker = new RequestsClient(await app.ClientForAsync(DemoPeople.Caseworker));
        var draft = await caseworker.CreateAsync(RequestsClient.Draft(await DemoPlaces.CountyIdAsync(app, "Knox County"), "utilities", Descriptions.Rent,
            await app.UserIdAsync(DemoPeople.Supervisor)));
        return (caseworker, draft.Id);
    }

    [Theory]
    [MemberData(nameof(UploadSamples.Refused), MemberType = typeof(UploadSamples))]
    public async Task A_file_that_is_not_what_its_name_says_is_refused_and_not_kept(string what, string fileName, byte[] content)
    {
        var (caseworker, id) = await DraftAsync();

        var answer = await caseworker.AttachAsync(id, AttachmentKind.Bill, fileName, "application/octet-stream", content);

        Assert.True(answer.StatusCode == HttpStatusCode.BadRequest, $"{what}: {(int)answer.StatusCode}");
        var problem = await RequestsClient.ProblemAsync(answer, HttpStatusCode.BadRequest);
        Assert.Contains("a PDF, PNG or JPEG file", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(0, await app.QueryAsync(db => db.Attachments.CountAsync(a => a.CareRequestId == id)));
    }

    [Fact]
    public async Task A_real_file_whose_declared_type_lies_is_refused()
    {
        var (caseworker, id) = await DraftAsync();

        var answer = await caseworker.AttachAsync(id, AttachmentKind.Bill, "bill.jpg", "text/html", Jpeg);

        await RequestsClient.ProblemAsync(answer, HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Size_limit_is_exact_and_the_refusal_says_the_limit()
    {
        var (caseworker, id) = await DraftAsync();
        byte[] AtSize(int size) => [.. Pdf, .. new byte[size - Pdf.Length]];

        var atLimit = await caseworker.AttachAsync(id, AttachmentKind.Bill, "bill.pdf", "application/pdf", AtSize(65536));
        var overLimit = await caseworker.AttachAsync(id, AttachmentKind.Bill, "bill.pdf", "application/pdf", AtSize(65537));

        Assert.Equal(HttpStatusCode.Created, atLimit.StatusCode);
        var problem = await RequestsClient.ProblemAsync(overLimit, HttpStatusCode.BadRequest);
        Assert.Contains("65537 bytes", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        // The tests' limit is 64 KB: said as such, never rounded down to "0 MB".
        Assert.Contains("at most 64 KB;", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("lease.pdf", "application/pdf")]
    [InlineData("photo.PNG", "image/png")]
    [InlineData("photo.jpeg", "image/jpeg")]
    public async Task An_accepted_file_comes_back_only_as_a_download_of_its_proven_type(string fileName, string contentType)
    {
        var (caseworker, id) = await DraftAsync();
        var content = contentType switch { "application/pdf" => Pdf, "image/png" => Png, _ => Jpeg };
        // A PDF that also carries HTML is still only ever served as a PDF download, never rendered as a page of this site.
        byte[] upload = contentType == "application/pdf" ? [.. content, .. Encoding.ASCII.GetBytes("<html><script>alert(1)</script>")] : content;

        var answer = await caseworker.AttachAsync(id, AttachmentKind.Other, fileName, "application/octet-stream", upload);
        var view = await System.Net.Http.Json.HttpContentJsonExtensions.ReadFromJsonAsync<AttachmentView>(answer.Content, Json.Options);
        var download = await caseworker.Http.GetAsync(new Uri($"/api/requests/{id}/attachments/{view!.Id}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Created, answer.StatusCode);
        Assert.Equal(contentType, download.Content.Headers.ContentType?.MediaType);
        Assert.Equal("attachment", download.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal("nosniff", Assert.Single(download.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal(upload, await download.Content.ReadAsByteArrayAsync());
    }
}

public sealed class UploadScanTests_Sqlite(SqliteApp app) : UploadScanTests<SqliteApp>(app), IClassFixture<SqliteApp>;

[Trait("Tier", "Postgres")]
public sealed class UploadScanTests_Postgres(PostgresApp app) : UploadScanTests<PostgresApp>(app), IClassFixture<PostgresApp>;
