using System.Net;
using System.Text.RegularExpressions;
using CarePortal.Web.Features.Requests;
using Xunit;

namespace CarePortal.Web.Tests.Features.Requests;

/// <summary>The request pages say what the server decided where the person looks: a missing supervisor at its field, the outcome after closing.</summary>
public abstract partial class RequestPageContractTests<TApp>(TApp app) where TApp : CarePortalApp
{
    [Fact]
    public async Task Submitting_without_the_supervisor_the_agency_asks_for_says_so_at_the_supervisor_field()
    {
        var client = await Forms.SignedInAsync(app, DemoPeople.Caseworker);
        var fields = new Dictionary<string, string>
        {
            ["Form.Need"] = "clothing", ["Form.Tier"] = "1", ["Form.Description"] = Descriptions.Ready, ["Form.CountyId"] = $"{await DemoPlaces.CountyIdAsync(app, "Knox County")}",
            ["Form.Zip"] = "37917", ["Form.Urgency"] = "Normal", ["Form.SupervisorId"] = "",
            ["Form.Items[0].Name"] = "Winter coat, size 8", ["Form.Items[0].Quantity"] = "1", ["Form.Items[0].UnitValue"] = "45",
            ["Form.Children[0].Age"] = "8", ["Form.Children[0].Gender"] = "girl", ["Form.Children[0].Size"] = "8", ["FamilyConsent"] = "true",
        };

        var response = await Forms.PostAsync(client, "/Requests/Create", "/Requests/Create?handler=Submit", fields);

        var page = response.StatusCode == HttpStatusCode.Redirect ? await client.GetStringAsync(response.Headers.Location) : await response.Content.ReadAsStringAsync();
        Assert.Matches(SupervisorError(), page);
    }

    [Fact]
    public async Task A_closed_request_shows_its_outcome_and_rating_and_the_close_form_puts_each_choice_beside_its_label()
    {
        var caseworker = new RequestsClient(await app.ClientForAsync(DemoPeople.Caseworker));
        var draft = await caseworker.CreateAsync(RequestsClient.Draft(await DemoPlaces.CountyIdAsync(app, "Knox County"), supervisorId: await app.UserIdAsync(DemoPeople.Supervisor)));
        await caseworker.SubmitAsync(draft.Id);
        await RequestsClient.OkAsync(new RequestsClient(await app.ClientForAsync(DemoPeople.Supervisor)).PostAsync($"/api/approvals/{draft.Id}/approve", new NoteInput(null)));
        var page = await Forms.SignedInAsync(app, DemoPeople.Caseworker);

        var open = await page.GetStringAsync(new Uri($"/Requests/Details/{draft.Id}", UriKind.Relative));
        foreach (var choice in new[] { "close-fully", "close-partly", "close-not", "close-outcome-kept-safely-at-home" })
        {
            Assert.Matches(new Regex($"id=\"{choice}\"[^>]*/><label[^>]*for=\"{choice}\"", RegexOptions.None, TimeSpan.FromSeconds(1)), open);
        }

        await RequestsClient.OkAsync(caseworker.PostAsync($"/api/requests/{draft.Id}/close",
            new CloseInput(CloseOutcome.FullyMet, ChildOutcomes: ["kept-safely-at-home"], Rating: 4)));
        var closed = await page.GetStringAsync(new Uri($"/Requests/Details/{draft.Id}", UriKind.Relative));

        Assert.Contains("<dt>Closed as</dt><dd>fully met</dd>", closed, StringComparison.Ordinal);
        Assert.Contains("<dd>kept safely at home</dd>", closed, StringComparison.Ordinal);
        Assert.Contains("<dt>Rating of the help</dt><dd>4 of 5</dd>", closed, StringComparison.Ordinal);
    }

    [GeneratedRegex("data-valmsg-for=\"Form.SupervisorId\"[^>]*>Name the supervisor who approves this request.</span>", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex SupervisorError();
}

public sealed class RequestPageContractTests_Sqlite(SqliteApp app) : RequestPageContractTests<SqliteApp>(app), IClassFixture<SqliteApp>;
