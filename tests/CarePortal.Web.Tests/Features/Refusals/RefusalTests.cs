using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using CarePortal.Web.Features.Refusals;
using CarePortal.Web.Features.Requests;
using CarePortal.Web.Tests.Features.Requests;
using Microsoft.EntityFrameworkCore;
using Xunit;

namespace CarePortal.Web.Tests.Features.Refusals;

/// <summary>Refusals travel one way: ProblemDetails for the API, the page's own message or an HTML error page with a way back for a browser.</summary>
public abstract class RefusalTests<TApp>(TApp app) where TApp : CarePortalApp
{
    [Fact]
    public async Task An_API_refusal_is_ProblemDetails_with_its_status_type_and_sentence()
    {
        var api = new RequestsClient(await app.ClientForAsync(DemoPeople.Caseworker));
        var draft = await api.CreateAsync(RequestsClient.Draft(await DemoPlaces.CountyIdAsync(app, "Knox County"), supervisorId: await app.UserIdAsync(DemoPeople.Supervisor)));

        var missing = await RequestsClient.ProblemAsync(await api.Http.GetAsync(new Uri("/api/requests/987654", UriKind.Relative)), HttpStatusCode.NotFound);
        var resumed = await RequestsClient.ProblemAsync(await api.PostAsync($"/api/requests/{draft.Id}/resume", new NoteInput(null)), HttpStatusCode.Conflict);

        Assert.Equal("urn:careportal:problem:not-found", missing.GetProperty("type").GetString());
        Assert.Equal("No such request.", missing.GetProperty("detail").GetString());
        Assert.Equal(404, missing.GetProperty("status").GetInt32());
        Assert.Equal("urn:careportal:problem:transition-not-allowed", resumed.GetProperty("type").GetString());
        Assert.Equal("A request that is still a draft cannot be resumed.", resumed.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task An_unknown_API_address_is_ProblemDetails()
    {
        var api = await app.ClientForAsync(DemoPeople.Caseworker);

        var problem = await RequestsClient.ProblemAsync(await api.GetAsync(new Uri("/api/no-such-thing", UriKind.Relative)), HttpStatusCode.NotFound);

        Assert.Equal("urn:careportal:problem:not-found", problem.GetProperty("type").GetString());
    }

    [Fact]
    public async Task A_browser_asking_for_a_missing_page_gets_an_HTML_page_with_a_way_back()
    {
        var anonymous = Browser(app.CreateClient());
        var signedIn = Browser(await Forms.SignedInAsync(app, DemoPeople.Caseworker));

        var unknown = await anonymous.GetAsync(new Uri("/No/Such/Page", UriKind.Relative));
        var noRequest = await signedIn.GetAsync(new Uri("/Requests/Details/987654", UriKind.Relative));

        await AssertErrorPageAsync(unknown, HttpStatusCode.NotFound, "There is nothing at this address.");
        await AssertErrorPageAsync(noRequest, HttpStatusCode.NotFound, "No such request.");
    }

    [Fact]
    public async Task A_browser_refused_a_page_gets_an_HTML_error_page_not_JSON()
    {
        var agencyId = await app.QueryAsync(db => db.Organisations.Where(o => o.Kind == CarePortal.Web.Features.Organisations.OrganisationKind.Agency).Select(o => o.Id).FirstAsync());
        var caseworker = Browser(await Forms.SignedInAsync(app, DemoPeople.Caseworker));

        var refused = await caseworker.GetAsync(new Uri($"/Organisations/Settings/{agencyId}", UriKind.Relative));

        var page = await AssertErrorPageAsync(refused, HttpStatusCode.Forbidden, "Only the agency&#x27;s admin or a platform admin changes its settings.");
        Assert.DoesNotContain("\"status\"", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_refused_action_is_said_on_the_same_page_with_its_fields_kept()
    {
        var api = new RequestsClient(await app.ClientForAsync(DemoPeople.Caseworker));
        var draft = await api.CreateAsync(RequestsClient.Draft(await DemoPlaces.CountyIdAsync(app, "Knox County"), supervisorId: await app.UserIdAsync(DemoPeople.Supervisor)));
        var client = Browser(await Forms.SignedInAsync(app, DemoPeople.Caseworker));

        var response = await Forms.PostAsync(client, $"/Requests/Details/{draft.Id}", $"/Requests/Details/{draft.Id}?handler=Cancel", new Dictionary<string, string>());

        var page = await response.Content.ReadAsStringAsync();
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("id=\"error-summary\"", page, StringComparison.Ordinal);
        Assert.Contains("Say why the request is cancelled", page, StringComparison.Ordinal);
        Assert.Contains(draft.Description, page, StringComparison.Ordinal);
        Assert.Equal(RequestState.Draft, (await api.GetAsync(draft.Id)).State);
    }

    [Fact]
    public async Task A_form_with_a_missing_field_says_so_once_in_our_words()
    {
        var client = Browser(await Forms.SignedInAsync(app, DemoPeople.Caseworker));

        var response = await Forms.PostAsync(client, "/Requests/Create", "/Requests/Create",
            new Dictionary<string, string> { ["Form.Need"] = "clothing", ["Form.Description"] = "" });

        var page = await response.Content.ReadAsStringAsync();
        var summary = page[page.IndexOf("id=\"error-summary\"", StringComparison.Ordinal)..];
        summary = summary[..summary.IndexOf("</ul>", StringComparison.Ordinal)];
        Assert.Equal(1, summary.Split("Write the public description.").Length - 1);
        Assert.DoesNotContain("field is required", summary, StringComparison.Ordinal);
        Assert.DoesNotContain(Refusal.InvalidInputTemplate.Detail, summary, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_post_to_a_handler_the_page_does_not_have_is_a_4xx_HTML_page_not_a_500()
    {
        var api = new RequestsClient(await app.ClientForAsync(DemoPeople.Caseworker));
        var draft = await api.CreateAsync(RequestsClient.Draft(await DemoPlaces.CountyIdAsync(app, "Knox County"), supervisorId: await app.UserIdAsync(DemoPeople.Supervisor)));
        var client = Browser(await Forms.SignedInAsync(app, DemoPeople.Caseworker));
        var page = $"/Requests/Details/{draft.Id}";

        var unknownHandler = await Forms.PostAsync(client, page, $"{page}?handler=NoSuchThing", new Dictionary<string, string>());
        var noHandler = await Forms.PostAsync(client, page, page, new Dictionary<string, string>());
        var plainPage = await Forms.PostAsync(client, "/Accounts/Login", "/", new Dictionary<string, string>());

        await AssertErrorPageAsync(unknownHandler, HttpStatusCode.NotFound, "This page has no such action.");
        await AssertErrorPageAsync(noHandler, HttpStatusCode.MethodNotAllowed, "there is nothing to send to it");
        await AssertErrorPageAsync(plainPage, HttpStatusCode.MethodNotAllowed, "there is nothing to send to it");
    }

    [Fact]
    public async Task A_form_posted_without_its_antiforgery_token_gets_an_HTML_page()
    {
        var client = Browser(await Forms.SignedInAsync(app, DemoPeople.Caseworker));

        var response = await client.PostAsync(new Uri("/Requests/Create", UriKind.Relative), new FormUrlEncodedContent(new Dictionary<string, string> { ["Form.Need"] = "clothing" }));

        await AssertErrorPageAsync(response, HttpStatusCode.BadRequest, "CarePortal could not read what was sent.");
    }

    [Fact]
    public async Task Field_checks_on_an_input_record_answer_400_with_each_fields_message()
    {
        var api = await app.ClientForAsync(DemoPeople.Caseworker);

        var response = await api.PostAsJsonAsync("/api/review", new ReviewInput(new string('a', 4001), "pony"), Json.Options);

        var problem = await RequestsClient.ProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.Equal("urn:careportal:problem:invalid-input", problem.GetProperty("type").GetString());
        var errors = problem.GetProperty("errors");
        Assert.StartsWith("Unknown need 'pony'.", errors.GetProperty("need")[0].GetString(), StringComparison.Ordinal);
        Assert.Equal("Send the description, at most 4000 characters.", errors.GetProperty("text")[0].GetString());
    }

    [Fact]
    public async Task The_OpenAPI_document_declares_the_refusals_an_endpoint_can_give()
    {
        var client = app.CreateClient();

        using var document = System.Text.Json.JsonDocument.Parse(await client.GetStringAsync(new Uri("/openapi/v1.json", UriKind.Relative)));

        var review = document.RootElement.GetProperty("paths").GetProperty("/api/review").GetProperty("post").GetProperty("responses");
        var list = document.RootElement.GetProperty("paths").GetProperty("/api/requests").GetProperty("get").GetProperty("responses");
        Assert.True(review.TryGetProperty("400", out _));
        Assert.True(review.TryGetProperty("401", out _));
        Assert.True(review.TryGetProperty("500", out _));
        Assert.True(list.TryGetProperty("401", out _));
    }

    private static HttpClient Browser(HttpClient client)
    {
        client.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("text/html"));
        return client;
    }

    private static async Task<string> AssertErrorPageAsync(HttpResponseMessage response, HttpStatusCode status, string sentence)
    {
        var page = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == status, $"expected {(int)status}, got {(int)response.StatusCode}: {page}");
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains(sentence, page, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/\" id=\"home\">", page, StringComparison.Ordinal);
        return page;
    }
}

public sealed class RefusalTests_Sqlite(SqliteApp app) : RefusalTests<SqliteApp>(app), IClassFixture<SqliteApp>;
