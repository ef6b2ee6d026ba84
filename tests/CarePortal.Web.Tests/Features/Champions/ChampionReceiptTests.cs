using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using CarePortal.Web.Features.AuditLog;
using CarePortal.Web.Features.Champions;
using CarePortal.Web.Features.Churches;
using CarePortal.Web.Features.Requests;
using CarePortal.Web.Tests.Features.Churches;
using CarePortal.Web.Tests.Features.Requests;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Xunit;

namespace CarePortal.Web.Tests.Features.Champions;

/// <summary>
/// The receipt of a champion's funded item (issue #19: "funding means paying a vendor directly, recorded with its receipt"):
/// the connecting church's point person uploads it (the attachments' store, its type sniffing and size limit); that point
/// person and the agency people who read the request's private details open it, each read audited and not stored; the
/// champion, another church (even one that committed and reads the private details) and other agency people are told it does
/// not exist.
/// </summary>
public abstract class ChampionReceiptTests<TApp>(TApp app) where TApp : CarePortalApp
{
    private static readonly byte[] Pdf = Receipts.Pdf;
    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0];
    private readonly ChurchesClient churches = new(app);
    private readonly ChampionsClient champions = new(app);

    [Fact]
    public async Task The_point_person_uploads_the_receipt_and_only_they_and_the_agency_people_who_read_private_details_open_it_each_read_audited()
    {
        var (offer, request, agency, connecting, other, champion) = await ClaimedFundedOfferAsync();
        var pastor = await app.ClientForAsync(connecting.PointPerson);
        var files = FileCount();

        var byChampion = await UploadAsync(await app.ClientForAsync(champion), offer, "receipt.pdf", "application/pdf", Pdf);
        var byOther = await UploadAsync(await app.ClientForAsync(other.PointPerson), offer, "receipt.pdf", "application/pdf", Pdf);
        var pngCalledPdf = await UploadAsync(pastor, offer, "receipt.pdf", "application/pdf", Png);
        var tooLarge = await UploadAsync(pastor, offer, "receipt.pdf", "application/pdf", [.. Pdf, .. new byte[70_000]]);
        var uploaded = await UploadAsync(pastor, offer, "receipt-20417.pdf", "application/pdf", Pdf);
        var again = await UploadAsync(pastor, offer, "other.pdf", "application/pdf", Pdf);
        var recorded = await pastor.PostAsJsonAsync($"/api/champions/offers/{offer}/funding", new FundingInput("Knox Outfitters", 89.90m, null), Json.Options);

        Assert.Equal(HttpStatusCode.NotFound, byChampion.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, byOther.StatusCode);
        Assert.Contains("not what it claims to be", (await RequestsClient.ProblemAsync(pngCalledPdf, HttpStatusCode.BadRequest)).GetProperty("detail").GetString(), StringComparison.Ordinal);
        await RequestsClient.ProblemAsync(tooLarge, HttpStatusCode.BadRequest);
        Assert.True(uploaded.StatusCode == HttpStatusCode.OK, await uploaded.Content.ReadAsStringAsync());
        Assert.Equal("receipt-20417.pdf", (await uploaded.Content.ReadFromJsonAsync<ChurchOfferView>(Json.Options))!.ReceiptFile);
        await RequestsClient.ProblemAsync(again, HttpStatusCode.Conflict);
        Assert.True(recorded.StatusCode == HttpStatusCode.OK, await recorded.Content.ReadAsStringAsync());
        var view = (await recorded.Content.ReadFromJsonAsync<ChurchOfferView>(Json.Options))!;
        Assert.Equal((ChampionOfferState.Recorded, "Knox Outfitters", null, "receipt-20417.pdf"), (view.State, view.Vendor, view.Receipt, view.ReceiptFile));
        Assert.Equal(1, await app.QueryAsync(db => db.AdminActions.CountAsync(a => a.Action == "champion-receipt-uploaded" && a.CareRequestId == request && a.OrganisationId == connecting.Id)));
        // The refused uploads left no file behind: one file for the one receipt kept.
        var fileId = await app.QueryAsync(db => db.Set<ChampionOffer>().Where(o => o.Id == offer).Select(o => o.ReceiptFileId).SingleAsync());
        Assert.Equal(files + 1, FileCount());
        Assert.Single(Directory.GetFiles(app.DataDirectory, fileId!.Value.ToString("N"), SearchOption.AllDirectories));

        // Who opens it: the point person and the request's writer, supervisor and regional manager; each successful read audited.
        var readers = new[] { connecting.PointPerson, agency.Caseworker, agency.Supervisor, agency.RegionalManager };
        var refused = new[] { champion, other.PointPerson, agency.CountyRepresentative, DemoPeople.AgencyAdmin, DemoPeople.PlatformAdmin, DemoPeople.Responder };
        var wrong = new List<string>();
        foreach (var reader in readers)
        {
            var before = await ReadsAsync(request);
            var answer = await (await app.ClientForAsync(reader)).GetAsync(new Uri($"/api/champions/offers/{offer}/receipt", UriKind.Relative));
            var bytes = await answer.Content.ReadAsByteArrayAsync();
            if (answer.StatusCode != HttpStatusCode.OK || !bytes.SequenceEqual(Pdf) || answer.Content.Headers.ContentType?.MediaType != "application/pdf"
                || !(answer.Headers.CacheControl?.NoStore ?? false) || await ReadsAsync(request) != before + 1)
            {
                wrong.Add($"{reader}: {(int)answer.StatusCode} {answer.Content.Headers.ContentType}, Cache-Control '{answer.Headers.CacheControl}', audited {await ReadsAsync(request) - before}");
            }
        }

        foreach (var stranger in refused)
        {
            var before = await ReadsAsync(request);
            var answer = await (await app.ClientForAsync(stranger)).GetAsync(new Uri($"/api/champions/offers/{offer}/receipt", UriKind.Relative));
            if (answer.StatusCode != HttpStatusCode.NotFound || (await answer.Content.ReadAsStringAsync()).Contains("%PDF", StringComparison.Ordinal) || await ReadsAsync(request) != before)
            {
                wrong.Add($"{stranger}: {(int)answer.StatusCode}, audited {await ReadsAsync(request) - before}");
            }
        }

        // Opened from another site: refused and not recorded.
        var beforeLinked = await ReadsAsync(request);
        using var linked = new HttpRequestMessage(HttpMethod.Get, new Uri($"/api/champions/offers/{offer}/receipt", UriKind.Relative));
        linked.Headers.Add("Sec-Fetch-Site", "cross-site");
        var fromElsewhere = await (await app.ClientForAsync(agency.Caseworker)).SendAsync(linked);
        var anonymous = await app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false }).GetAsync(new Uri($"/api/champions/offers/{offer}/receipt", UriKind.Relative));

        Assert.True(wrong.Count == 0, string.Join(Environment.NewLine, wrong));
        Assert.Equal(HttpStatusCode.Forbidden, fromElsewhere.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Equal(beforeLinked, await ReadsAsync(request));
        // The other church committed to the boots and reads the family's private details, but not this church's receipt.
        Assert.Equal(HttpStatusCode.OK, (await (await app.ClientForAsync(other.PointPerson)).GetAsync(new Uri($"/api/requests/{request}/private", UriKind.Relative))).StatusCode);
        var readBy = await app.QueryAsync(db => db.PrivateDetailsReads.Where(r => r.CareRequestId == request && r.What == AuditActions.ReceiptPrefix + offer)
            .Join(db.Users, r => r.UserId, u => u.Id, (r, u) => u.Email).ToListAsync());
        Assert.Equal(readers.Order(), readBy.Order()!);
    }

    [Fact]
    public async Task The_connecting_churchs_view_of_an_offer_with_the_champions_email_is_audited_and_a_refused_or_cross_site_read_writes_nothing()
    {
        var (offer, request, agency, connecting, other, champion) = await ClaimedFundedOfferAsync();
        var path = $"/api/champions/offers/{offer}/church";
        var email = champion;
        var before = await ContactReadsAsync(request);

        var read = await (await app.ClientForAsync(connecting.PointPerson)).GetAsync(new Uri(path, UriKind.Relative));
        var page = await (await ChurchPeople.SignedInAsync(app, connecting.PointPerson)).GetStringAsync(new Uri($"/Champions/Claim/{offer}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        Assert.Equal(email, (await read.Content.ReadFromJsonAsync<ChurchOfferView>(Json.Options))!.ChampionEmail);
        Assert.True(read.Headers.CacheControl?.NoStore);
        Assert.Contains(email, page, StringComparison.Ordinal);
        var pastorId = await app.UserIdAsync(connecting.PointPerson);
        Assert.Equal([pastorId, pastorId], (await ContactReadsAsync(request)).Skip(before.Count).Select(r => r.UserId));

        // Refused (told it does not exist), or asked from another site: nothing shown, nothing recorded.
        var now = await ContactReadsAsync(request);
        var refused = new List<HttpStatusCode>();
        foreach (var stranger in new[] { champion, other.PointPerson, agency.Caseworker, DemoPeople.PlatformAdmin })
        {
            refused.Add((await (await app.ClientForAsync(stranger)).GetAsync(new Uri(path, UriKind.Relative))).StatusCode);
        }

        using var linked = new HttpRequestMessage(HttpMethod.Get, new Uri($"/Champions/Claim/{offer}", UriKind.Relative));
        linked.Headers.Add("Sec-Fetch-Site", "cross-site");
        var fromElsewhere = await (await ChurchPeople.SignedInAsync(app, connecting.PointPerson)).SendAsync(linked);
        Assert.Equal(Enumerable.Repeat(HttpStatusCode.NotFound, 4), refused);
        Assert.Equal(HttpStatusCode.OK, fromElsewhere.StatusCode);
        Assert.DoesNotContain(email, await fromElsewhere.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(now.Count, (await ContactReadsAsync(request)).Count);
    }

    [Fact]
    public async Task A_refused_form_on_the_claim_page_shows_the_champions_email_again_and_is_one_read()
    {
        var (offer, request, _, connecting, _, champion) = await ClaimedFundedOfferAsync();
        var pastor = await ChurchPeople.SignedInAsync(app, connecting.PointPerson);
        var pastorId = await app.UserIdAsync(connecting.PointPerson);
        var before = await ContactReadsAsync(request);

        // Posted from the page (a read), refused (no vendor) and shown again with the champion's email (a second read, not two).
        var page = $"/Champions/Claim/{offer}";
        var refused = await Forms.PostAsync(pastor, page, $"{page}?handler=Funding", new Dictionary<string, string> { ["Vendor"] = "", ["Amount"] = "" });

        Assert.InRange((int)refused.StatusCode, 400, 499);
        Assert.Contains(champion, await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.True(refused.Headers.CacheControl?.NoStore);
        Assert.Equal([pastorId, pastorId], (await ContactReadsAsync(request)).Skip(before.Count).Select(r => r.UserId));
    }

    [Fact]
    public async Task The_request_page_shows_the_funded_item_and_its_receipt_to_the_caseworker_not_to_the_county_representative()
    {
        var (offer, request, agency, connecting, _, _) = await ClaimedFundedOfferAsync();
        var pastor = await app.ClientForAsync(connecting.PointPerson);
        Assert.Equal(HttpStatusCode.OK, (await UploadAsync(pastor, offer, "receipt-20417.pdf", "application/pdf", Pdf)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await pastor.PostAsJsonAsync($"/api/champions/offers/{offer}/funding", new FundingInput("Knox Outfitters", 89.90m, "20417"), Json.Options)).StatusCode);
        var before = await ReadsAsync(request);

        var caseworker = await (await app.ClientForAsync(agency.Caseworker)).GetStringAsync(new Uri($"/Requests/Details/{request}", UriKind.Relative));
        var representative = await (await app.ClientForAsync(agency.CountyRepresentative)).GetStringAsync(new Uri($"/Requests/Details/{request}", UriKind.Relative));

        Assert.Contains("Paid for by champions", caseworker, StringComparison.Ordinal);
        Assert.Contains("paid to Knox Outfitters, $89.90, receipt 20417.", caseworker, StringComparison.Ordinal);
        Assert.Contains($"href=\"/api/champions/offers/{offer}/receipt\"", caseworker, StringComparison.Ordinal);
        Assert.DoesNotContain("Paid for by champions", representative, StringComparison.Ordinal);
        Assert.DoesNotContain("/receipt\"", representative, StringComparison.Ordinal);
        // Showing the page is not opening the receipt.
        Assert.Equal(before, await ReadsAsync(request));
    }

    [Fact]
    public async Task A_receipt_for_an_item_the_champion_gives_or_an_offer_not_claimed_yet_is_refused_and_no_file_is_kept()
    {
        await churches.RetireAllAsync();
        var connecting = await churches.OnboardAsync("37402");
        await champions.ConnectAsync(connecting.Id, connecting.PointPerson);
        var (request, _) = await churches.OpenAsync("37402", items: [new ItemInput("Winter coat, size 8", 2, 45m), new ItemInput("Snow boots, size 2", 1, 30m)]);
        var items = await app.QueryAsync(db => db.RequestItems.Where(i => i.CareRequestId == request.Id).OrderBy(i => i.Id).Select(i => i.Id).ToListAsync());
        var (_, email) = await champions.RegisterAsync();
        var champion = await app.ClientForAsync(email);
        var given = await OfferAsync(champion, request.Id, items[0], HelpWay.Provide);
        var funded = await OfferAsync(champion, request.Id, items[1], HelpWay.Fund);
        var pastor = await app.ClientForAsync(connecting.PointPerson);
        Assert.Equal(HttpStatusCode.OK, (await pastor.PostAsync(new Uri($"/api/champions/offers/{given}/claim", UriKind.Relative), null)).StatusCode);
        var files = FileCount();

        var forGiven = await UploadAsync(pastor, given, "receipt.pdf", "application/pdf", Pdf);
        var beforeClaim = await UploadAsync(pastor, funded, "receipt.pdf", "application/pdf", Pdf);
        var page = await (await app.ClientForAsync(connecting.PointPerson)).GetStringAsync(new Uri($"/Champions/Claim/{funded}", UriKind.Relative));

        Assert.Contains("no vendor or receipt to record", (await RequestsClient.ProblemAsync(forGiven, HttpStatusCode.Conflict)).GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Contains("Claim the offer first", (await RequestsClient.ProblemAsync(beforeClaim, HttpStatusCode.Conflict)).GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(files, FileCount());
        Assert.False(await app.QueryAsync(db => db.Set<ChampionOffer>().AnyAsync(o => o.CareRequestId == request.Id && o.ReceiptFileId != null)));
        Assert.DoesNotContain("receipt-upload", page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await pastor.GetAsync(new Uri($"/api/champions/offers/{funded}/receipt", UriKind.Relative))).StatusCode);
    }

    /// <summary>
    /// A funded offer of a winter coat claimed by the connecting church; another church near (not connecting) committed to the
    /// request's boots, so it reads the private details.
    /// </summary>
    private async Task<(int Offer, int Request, TestAgency Agency, (int Id, string PointPerson) Connecting, (int Id, string PointPerson) Other, string Champion)> ClaimedFundedOfferAsync()
    {
        await churches.RetireAllAsync();
        var connecting = await churches.OnboardAsync("37402");
        var other = await churches.OnboardAsync("37402");
        await champions.ConnectAsync(connecting.Id, connecting.PointPerson);
        var (request, agency) = await churches.OpenAsync("37402", items: [new ItemInput("Winter coat, size 8", 2, 45m), new ItemInput("Snow boots, size 2", 1, 30m)]);
        var items = await app.QueryAsync(db => db.RequestItems.Where(i => i.CareRequestId == request.Id).OrderBy(i => i.Id).Select(i => i.Id).ToListAsync());
        var (_, email) = await champions.RegisterAsync();
        var offer = await OfferAsync(await app.ClientForAsync(email), request.Id, items[0], HelpWay.Fund);
        var claimed = await (await app.ClientForAsync(connecting.PointPerson)).PostAsync(new Uri($"/api/champions/offers/{offer}/claim", UriKind.Relative), null);
        Assert.True(claimed.StatusCode == HttpStatusCode.OK, await claimed.Content.ReadAsStringAsync());
        var boots = await (await app.ClientForAsync(other.PointPerson)).PostAsJsonAsync($"/api/requests/{request.Id}/responses",
            new ResponseInput(other.Id, null, null, [new ItemQuantity(items[1], 1)]), Json.Options);
        Assert.True(boots.StatusCode == HttpStatusCode.OK, await boots.Content.ReadAsStringAsync());
        return (offer, request.Id, agency, connecting, other, email);
    }

    private static async Task<int> OfferAsync(HttpClient champion, int request, int item, HelpWay way)
    {
        var offered = await champion.PostAsJsonAsync("/api/champions/offers", new OfferHelpInput(request, item, null, way), Json.Options);
        Assert.True(offered.StatusCode == HttpStatusCode.Created, await offered.Content.ReadAsStringAsync());
        return (await offered.Content.ReadFromJsonAsync<ChampionOfferView>(Json.Options))!.Id;
    }

    private static Task<HttpResponseMessage> UploadAsync(HttpClient client, int offer, string fileName, string contentType, byte[] content) =>
        Receipts.UploadAsync(client, $"/api/champions/offers/{offer}/receipt", fileName, content, contentType);

    private Task<int> ReadsAsync(int request) =>
        app.QueryAsync(db => db.PrivateDetailsReads.CountAsync(r => r.CareRequestId == request && r.What.StartsWith(AuditActions.ReceiptPrefix)));

    /// <summary>The reads of the request's private data that are not of a receipt (the champion's contact in the church's view of the offer).</summary>
    private async Task<List<Web.Features.Requests.PrivateDetailsRead>> ContactReadsAsync(int request) =>
        await app.QueryAsync(db => db.PrivateDetailsReads.Where(r => r.CareRequestId == request && r.What.StartsWith("champion-contact:")).OrderBy(r => r.Id).ToListAsync());

    private int FileCount() => Directory.GetFiles(app.DataDirectory, "*", SearchOption.AllDirectories).Count(f => Path.GetFileName(f).Length == 32);
}

public sealed class ChampionReceiptTests_Sqlite(SqliteApp app) : ChampionReceiptTests<SqliteApp>(app), IClassFixture<SqliteApp>;

[Trait("Tier", "Postgres")]
public sealed class ChampionReceiptTests_Postgres(PostgresApp app) : ChampionReceiptTests<PostgresApp>(app), IClassFixture<PostgresApp>;

/// <summary>Uploads receipts as the connecting church's point person does.</summary>
public static class Receipts
{
    public static readonly byte[] Pdf = Encoding.ASCII.GetBytes("%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n%% Knox Outfitters 20417\n%%EOF\n");

    /// <summary>A champion's funded offer of one of the item, claimed by the connecting church, whose point person uploaded its receipt.</summary>
    public static async Task<int> FundedWithReceiptAsync(CarePortalApp app, string champion, string pointPerson, int request, int item)
    {
        var offered = await (await app.ClientForAsync(champion)).PostAsJsonAsync("/api/champions/offers", new OfferHelpInput(request, item, 1, HelpWay.Fund), Json.Options);
        var offer = (await offered.Content.ReadFromJsonAsync<ChampionOfferView>(Json.Options))!.Id;
        var pastor = await app.ClientForAsync(pointPerson);
        Assert.Equal(HttpStatusCode.OK, (await pastor.PostAsync(new Uri($"/api/champions/offers/{offer}/claim", UriKind.Relative), null)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await UploadAsync(pastor, $"/api/champions/offers/{offer}/receipt", "receipt.pdf", Pdf)).StatusCode);
        return offer;
    }

    public static async Task<HttpResponseMessage> UploadAsync(HttpClient client, string path, string fileName, byte[] content, string contentType = "application/pdf")
    {
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        form.Add(file, "file", fileName);
        return await client.PostAsync(new Uri(path, UriKind.Relative), form);
    }
}
