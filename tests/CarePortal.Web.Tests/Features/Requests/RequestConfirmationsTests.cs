using System.Net;
using System.Text.RegularExpressions;
using CarePortal.Web.Features.Requests;
using Xunit;

namespace CarePortal.Web.Tests.Features.Requests;

/// <summary>
/// Each action on a request's pages ends with a redirect (a reload posts nothing again) and a success alert saying what
/// happened, shown once.
/// </summary>
public sealed partial class RequestConfirmationsTests(SqliteApp app) : IClassFixture<SqliteApp>
{
    private async Task<(RequestsClient Api, int Id)> DraftAsync(string need = "clothing")
    {
        var api = new RequestsClient(await app.ClientForAsync(DemoPeople.Caseworker));
        var draft = await api.CreateAsync(RequestsClient.Draft(await DemoPlaces.CountyIdAsync(app, "Knox County"), need,
            need == "rent" ? Descriptions.Rent : Descriptions.Ready, supervisorId: await app.UserIdAsync(DemoPeople.Supervisor)));
        return (api, draft.Id);
    }

    private async Task<(RequestsClient Api, int Id)> OpenAsync()
    {
        var (api, id) = await DraftAsync();
        await api.SubmitAsync(id);
        await RequestsClient.OkAsync(new RequestsClient(await app.ClientForAsync(DemoPeople.Supervisor)).PostAsync($"/api/approvals/{id}/approve", new NoteInput(null)));
        return (api, id);
    }

    /// <summary>Posts the page's form to a handler, follows the redirect back to the page and answers its banner; a reload shows none.</summary>
    private static async Task<(string Banner, string Page)> PostAsync(HttpClient client, string page, string handler, Dictionary<string, string> fields)
    {
        var response = await Forms.PostAsync(client, page, $"{page}?handler={handler}", fields);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(page, response.Headers.Location!.OriginalString);
        var landed = await client.GetStringAsync(response.Headers.Location);
        var reloaded = await client.GetStringAsync(response.Headers.Location);
        Assert.DoesNotMatch(Banner(), reloaded);
        var banner = Banner().Match(landed);
        Assert.True(banner.Success, $"No success alert on {page} after {handler}.");
        return (WebUtility.HtmlDecode(banner.Groups[1].Value), landed);
    }

    [Fact]
    public async Task Submitting_on_the_request_page_says_who_approves_and_a_reload_submits_nothing()
    {
        var (api, id) = await DraftAsync();
        var client = await Forms.SignedInAsync(app, DemoPeople.Caseworker);

        var (banner, _) = await PostAsync(client, $"/Requests/Details/{id}", "Submit", new() { ["FamilyConsent"] = "true" });

        Assert.Equal($"Request {id} is submitted: it waits for the supervisor to approve it. You are told when they decide.", banner);
        Assert.Equal(RequestState.AwaitingApproval, (await api.GetAsync(id)).State);
        Assert.Single(await api.HistoryAsync(id), t => t.Action == RequestAction.Submit);
    }

    [Fact]
    public async Task Pausing_resuming_and_closing_each_say_what_happened()
    {
        var (api, id) = await OpenAsync();
        var client = await Forms.SignedInAsync(app, DemoPeople.Caseworker);
        var page = $"/Requests/Details/{id}";

        var paused = (await PostAsync(client, page, "Pause", new() { ["Note"] = "The family is away this week." })).Banner;
        var resumed = (await PostAsync(client, page, "Resume", new())).Banner;
        var closed = (await PostAsync(client, page, "Close", new() { ["Closing.Outcome"] = "FullyMet", ["Closing.ChildOutcomes"] = "kept-safely-at-home", ["Closing.Rating"] = "5" })).Banner;

        Assert.Equal($"Request {id} is paused: churches see it as paused until you resume it.", paused);
        Assert.Equal($"Request {id} is open to churches again.", resumed);
        Assert.Equal($"Request {id} is closed as fully met. The churches that helped are thanked.", closed);
        Assert.Equal(RequestState.ClosedFullyMet, (await api.GetAsync(id)).State);
    }

    [Fact]
    public async Task Cancelling_says_the_request_is_left_out_of_the_figures()
    {
        var (_, id) = await DraftAsync();
        var client = await Forms.SignedInAsync(app, DemoPeople.Caseworker);

        var (banner, _) = await PostAsync(client, $"/Requests/Details/{id}", "Cancel", new() { ["Note"] = "A duplicate of another request." });

        Assert.Equal($"Request {id} is cancelled: it is left out of every figure.", banner);
    }

    [Fact]
    public async Task Saved_private_details_and_an_attached_bill_are_confirmed_and_the_file_is_listed_at_once()
    {
        var (_, id) = await DraftAsync("rent");
        var client = await Forms.SignedInAsync(app, DemoPeople.Caseworker);
        var page = $"/Requests/Details/{id}";

        var (saved, _) = await PostAsync(client, page, "Private", new() { ["Details.Payee"] = "Elm Street Rentals", ["Details.AmountOwed"] = "650" });
        var before = await client.GetStringAsync(new Uri(page, UriKind.Relative));
        var token = Forms.TokenIn(before);
        using var form = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new StringContent("lease"), "Kind" },
            { new ByteArrayContent("%PDF-1.4\n%%EOF\n"u8.ToArray()) { Headers = { ContentType = new("application/pdf") } }, "Upload", "lease-2026.pdf" },
        };
        var attached = await client.PostAsync(new Uri($"{page}?handler=Attach", UriKind.Relative), form);
        var landed = await client.GetStringAsync(attached.Headers.Location);

        Assert.Equal(RequestConfirmations.PrivateSaved, saved);
        Assert.Contains("<p id=\"attached\">No file yet.", before, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, attached.StatusCode);
        Assert.Contains("Attached lease-2026.pdf as a lease.", landed, StringComparison.Ordinal);
        Assert.Matches(AttachedLease(), landed);
    }

    [Fact]
    public async Task Returning_from_the_queue_says_the_request_went_back_with_the_note()
    {
        var (api, id) = await DraftAsync();
        await api.SubmitAsync(id);
        var supervisor = await Forms.SignedInAsync(app, DemoPeople.Supervisor);

        var response = await Forms.PostAsync(supervisor, "/Approvals", new Dictionary<string, string> { ["id"] = $"{id}", ["decision"] = "Return", ["Note"] = "Add the shoe size." });
        var queue = await supervisor.GetStringAsync(response.Headers.Location);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"Request {id} went back to its writer with your note.", WebUtility.HtmlDecode(Banner().Match(queue).Groups[1].Value));
    }

    [GeneratedRegex("usa-alert--success[^>]*>\\s*<div class=\"usa-alert__body\"><p class=\"usa-alert__text\">([^<]*)</p>", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Banner();

    [GeneratedRegex("<ul id=\"attached\"[^>]*>\\s*<li>a lease \\(", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex AttachedLease();
}
