using System.Net;
using CarePortal.Web.Features.Requests;
using Xunit;

namespace CarePortal.Web.Tests.Features.Requests;

/// <summary>A refusal names the request's state in plain English, as the pages do, never by its code name ("AwaitingApproval").</summary>
public sealed class RequestNamesTests(SqliteApp app) : IClassFixture<SqliteApp>
{
    private async Task<(RequestsClient Api, int Id)> SubmittedAsync()
    {
        var api = new RequestsClient(await app.ClientForAsync(DemoPeople.Caseworker));
        var draft = await api.CreateAsync(RequestsClient.Draft(await DemoPlaces.CountyIdAsync(app, "Knox County"), supervisorId: await app.UserIdAsync(DemoPeople.Supervisor)));
        await api.SubmitAsync(draft.Id);
        return (api, draft.Id);
    }

    [Fact]
    public async Task The_apis_refusal_to_pause_a_request_awaiting_approval_says_so_in_plain_english()
    {
        var (api, id) = await SubmittedAsync();

        var refused = await api.PostAsync($"/api/requests/{id}/pause", new NoteInput(null));

        var detail = (await RequestsClient.ProblemAsync(refused, HttpStatusCode.Conflict)).GetProperty("detail").GetString();
        Assert.Equal("A request that is awaiting approval cannot be paused.", detail);
    }

    [Fact]
    public async Task The_request_pages_refusal_to_close_a_cancelled_request_says_so_in_plain_english()
    {
        var (api, id) = await SubmittedAsync();
        await RequestsClient.OkAsync(api.PostAsync($"/api/requests/{id}/cancel", new NoteInput("A duplicate of another request.")));
        var client = await Forms.SignedInAsync(app, DemoPeople.Caseworker);

        var refused = await Forms.PostAsync(client, $"/Requests/Details/{id}", $"/Requests/Details/{id}?handler=Close",
            new Dictionary<string, string> { ["Closing.Outcome"] = "FullyMet", ["Closing.ChildOutcomes"] = "kept-safely-at-home", ["Closing.Rating"] = "5" });
        var page = WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync());

        Assert.Contains("A request that is cancelled cannot be closed as fully met.", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Cancelled cannot", page, StringComparison.Ordinal);
        Assert.DoesNotContain("FullyMet.", page, StringComparison.Ordinal);
    }
}
