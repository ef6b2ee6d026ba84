using System.Net;
using System.Net.Http.Json;
using System.Text;
using CarePortal.Web.Features.Requests;
using Microsoft.EntityFrameworkCore;
using Xunit;

namespace CarePortal.Web.Tests.Features.Requests;

/// <summary>
/// Input is bounded before the database, the same on both providers: the ZIP is five digits and nothing after them, text a
/// person writes holds no control or direction-turning characters, a note is no longer than the column that keeps it.
/// Each is a 400 that names the field, and nothing is saved.
/// </summary>
public abstract class InputHygieneTests<TApp>(TApp app) where TApp : CarePortalApp
{
    /// <summary>What the moves' note column holds (RequestTransition.Note).</summary>
    private const int NoteColumn = 2000;

    private static readonly byte[] Pdf = Encoding.ASCII.GetBytes("%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n");

    private async Task<(RequestsClient Caseworker, int Knox)> KnoxAsync() =>
        (new RequestsClient(await app.ClientForAsync(DemoPeople.Caseworker)), await DemoPlaces.CountyIdAsync(app, "Knox County"));

    private Task<int> RequestCountAsync() => app.QueryAsync(db => db.Requests.CountAsync());

    private static async Task<List<string>> RefusedAsync(HttpResponseMessage response, string field, string what)
    {
        var body = await response.Content.ReadAsStringAsync();
        return response.StatusCode == HttpStatusCode.BadRequest && body.Contains($"\"{field}\"", StringComparison.Ordinal)
            ? []
            : [$"{what}: {(int)response.StatusCode} {body[..Math.Min(body.Length, 300)]}"];
    }

    [Fact]
    public async Task A_zip_with_a_line_break_after_its_five_digits_is_refused()
    {
        var (caseworker, knox) = await KnoxAsync();
        var before = await RequestCountAsync();

        var wrong = await RefusedAsync(await caseworker.PostAsync("/api/requests", RequestsClient.Draft(knox) with { Zip = "37917\n" }), "zip", "37917\\n");
        wrong.AddRange(await RefusedAsync(await caseworker.PostAsync("/api/requests", RequestsClient.Draft(knox) with { Zip = "37917 " }), "zip", "37917 + space"));

        Assert.True(wrong.Count == 0, string.Join(Environment.NewLine, wrong));
        Assert.Equal(before, await RequestCountAsync());
    }

    [Theory]
    [InlineData("\u0000")]
    [InlineData("\u0007")]
    [InlineData("\u001b[2J")]
    [InlineData("\u202Eevig ot")]
    [InlineData("\u2066isolated\u2069")]
    public async Task Control_and_direction_characters_are_refused_in_the_description_item_names_reasons_and_private_details(string odd)
    {
        var (caseworker, knox) = await KnoxAsync();
        var draft = await caseworker.CreateAsync(RequestsClient.Draft(knox));
        var before = await RequestCountAsync();

        var wrong = await RefusedAsync(await caseworker.PostAsync("/api/requests", RequestsClient.Draft(knox, description: Descriptions.Ready + odd)), "description", "description");
        wrong.AddRange(await RefusedAsync(await caseworker.PostAsync("/api/requests", RequestsClient.Draft(knox) with { Items = [new ItemInput("Coat" + odd, 1, 40m)] }), "items", "item name"));
        wrong.AddRange(await RefusedAsync(await caseworker.PostAsync("/api/requests", RequestsClient.Draft(knox, exceptionReason: "Closed" + odd)), "exceptionReason", "exception reason"));
        wrong.AddRange(await RefusedAsync(await caseworker.Http.PutAsJsonAsync($"/api/requests/{draft.Id}/private",
            new PrivateDetailsInput(null, "Landlord" + odd, null, null, null, null, 0), Json.Options), "payee", "payee"));
        wrong.AddRange(await RefusedAsync(await caseworker.PostAsync($"/api/requests/{draft.Id}/cancel", new NoteInput("A duplicate" + odd)), "note", "note"));

        Assert.True(wrong.Count == 0, string.Join(Environment.NewLine, wrong));
        Assert.Equal(before, await RequestCountAsync());
        Assert.Equal(RequestState.Draft, (await caseworker.GetAsync(draft.Id)).State);
    }

    [Fact]
    public async Task Line_breaks_and_tabs_stay_allowed_in_text_with_lines()
    {
        var (caseworker, knox) = await KnoxAsync();

        var draft = await caseworker.CreateAsync(RequestsClient.Draft(knox, description: Descriptions.Ready + "\r\n\tThank you."));

        Assert.EndsWith("\r\n\tThank you.", (await caseworker.GetAsync(draft.Id)).Description, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_note_longer_than_its_column_is_refused_and_the_request_does_not_move()
    {
        var (caseworker, knox) = await KnoxAsync();
        var draft = await caseworker.CreateAsync(RequestsClient.Draft(knox));

        var wrong = await RefusedAsync(await caseworker.PostAsync($"/api/requests/{draft.Id}/cancel", new NoteInput(new string('n', NoteColumn + 1))), "note", "2001-character note");

        Assert.True(wrong.Count == 0, string.Join(Environment.NewLine, wrong));
        Assert.Equal(RequestState.Draft, (await caseworker.GetAsync(draft.Id)).State);
        Assert.Equal(RequestState.Cancelled, (await RequestsClient.OkAsync(caseworker.PostAsync($"/api/requests/{draft.Id}/cancel", new NoteInput(new string('n', NoteColumn))))).State);
    }

    [Fact]
    public async Task An_attachment_whose_file_name_holds_control_or_direction_characters_is_refused()
    {
        var (caseworker, knox) = await KnoxAsync();
        var draft = await caseworker.CreateAsync(RequestsClient.Draft(knox));

        var wrong = new List<string>();
        foreach (var name in new[] { "lease\u0007.pdf", "lease\u202Efdp.exe", "lease\u0085.pdf" })
        {
            wrong.AddRange(await RefusedAsync(await AttachNamedAsync(caseworker.Http, draft.Id, name), "file", name));
        }

        // A NUL in the form's headers: the framework cannot read the form at all (400 too).
        var nul = await AttachNamedAsync(caseworker.Http, draft.Id, "lease\u0000.pdf");
        if (nul.StatusCode != HttpStatusCode.BadRequest)
        {
            wrong.Add($"NUL: {(int)nul.StatusCode}");
        }

        Assert.True(wrong.Count == 0, string.Join(Environment.NewLine, wrong));
        Assert.Equal(0, await app.QueryAsync(db => db.Attachments.CountAsync(a => a.CareRequestId == draft.Id)));
    }

    /// <summary>The multipart form with the file name written as it is, in UTF-8 (the client would refuse to send a control character).</summary>
    private static async Task<HttpResponseMessage> AttachNamedAsync(HttpClient http, int id, string fileName)
    {
        using var form = new MultipartFormDataContent { HeaderEncodingSelector = (_, _) => Encoding.UTF8 };
        var file = new ByteArrayContent(Pdf);
        file.Headers.TryAddWithoutValidation("Content-Type", "application/pdf");
        file.Headers.TryAddWithoutValidation("Content-Disposition", $"form-data; name=\"file\"; filename=\"{fileName}\"");
        form.Add(file);
        form.Add(new StringContent("lease"), "kind");
        return await http.PostAsync(new Uri($"/api/requests/{id}/attachments", UriKind.Relative), form);
    }
}

public sealed class InputHygieneTests_Sqlite(SqliteApp app) : InputHygieneTests<SqliteApp>(app), IClassFixture<SqliteApp>;

[Trait("Tier", "Postgres")]
public sealed class InputHygieneTests_Postgres(PostgresApp app) : InputHygieneTests<PostgresApp>(app), IClassFixture<PostgresApp>;
