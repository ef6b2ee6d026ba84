using System.Net;
using CarePortal.Web.Features.Requests;
using Microsoft.EntityFrameworkCore;
using Xunit;

namespace CarePortal.Web.Tests.Features.Requests;

/// <summary>What the composer's pages do on the server, whatever the script in the browser allowed.</summary>
public abstract class ComposerPageTests<TApp>(TApp app) where TApp : CarePortalApp
{
    private async Task<Dictionary<string, string>> FieldsAsync(string description, string? directions = null) => new()
    {
        ["Form.Need"] = "clothing", ["Form.Tier"] = "1", ["Form.Description"] = description, ["Form.CountyId"] = $"{await DemoPlaces.CountyIdAsync(app, "Knox County")}",
        ["Form.Zip"] = "37917", ["Form.Urgency"] = "Normal", ["Form.SupervisorId"] = await app.UserIdAsync(DemoPeople.Supervisor),
        ["Form.Items[0].Name"] = "Winter coat, size 8", ["Form.Items[0].Quantity"] = "1", ["Form.Items[0].UnitValue"] = "45",
        ["Form.Children[0].Age"] = "8", ["Form.Children[0].Gender"] = "girl", ["Form.Children[0].Size"] = "8",
        ["Form.Private.DeliveryDirections"] = directions ?? "", ["FamilyConsent"] = "true",
    };

    [Fact]
    public async Task Submitting_from_the_composer_saves_the_private_details_apart_and_sends_the_request_for_approval()
    {
        var client = await Forms.SignedInAsync(app, DemoPeople.Caseworker);

        var response = await Forms.PostAsync(client, "/Requests/Create", "/Requests/Create?handler=Submit",
            await FieldsAsync(Descriptions.Ready, "Second house past the church, blue door."));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var id = int.Parse(response.Headers.Location!.ToString().Split('/')[^1], System.Globalization.CultureInfo.InvariantCulture);
        var request = await app.QueryAsync(db => db.Requests.SingleAsync(r => r.Id == id));
        var directions = await app.QueryAsync(db => db.PrivateDetails.Where(p => p.CareRequestId == id).Select(p => p.DeliveryDirections).SingleAsync());
        Assert.Equal(RequestState.AwaitingApproval, request.State);
        Assert.DoesNotContain("blue door", request.Description, StringComparison.Ordinal);
        Assert.Equal("Second house past the church, blue door.", directions);
    }

    [Fact]
    public async Task Submitting_a_description_with_blockers_keeps_the_draft_and_says_why_on_its_edit_page()
    {
        var client = await Forms.SignedInAsync(app, DemoPeople.Caseworker);

        var response = await Forms.PostAsync(client, "/Requests/Create", "/Requests/Create?handler=Submit", await FieldsAsync(Descriptions.Confidential));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/Requests/Edit/", response.Headers.Location!.ToString(), StringComparison.Ordinal);
        var id = int.Parse(response.Headers.Location!.ToString().Split('/')[^1], System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(RequestState.Draft, await app.QueryAsync(db => db.Requests.Where(r => r.Id == id).Select(r => r.State).SingleAsync()));
        Assert.Contains("Blocking findings stop submission", await client.GetStringAsync(response.Headers.Location), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Autosave_saves_a_draft_but_never_a_request_under_review()
    {
        var api = new RequestsClient(await app.ClientForAsync(DemoPeople.Caseworker));
        var knox = await DemoPlaces.CountyIdAsync(app, "Knox County");
        var draft = await api.CreateAsync(RequestsClient.Draft(knox, supervisorId: await app.UserIdAsync(DemoPeople.Supervisor)));
        var waiting = await api.CreateAsync(RequestsClient.Draft(knox, supervisorId: await app.UserIdAsync(DemoPeople.Supervisor)));
        await api.SubmitAsync(waiting.Id);
        var client = await Forms.SignedInAsync(app, DemoPeople.Caseworker);
        var fields = await FieldsAsync(Descriptions.Ready + " She loves to draw.");

        var saved = await Forms.PostAsync(client, $"/Requests/Edit/{draft.Id}", $"/Requests/Edit/{draft.Id}?handler=Autosave", fields);
        var refused = await Forms.PostAsync(client, $"/Requests/Details/{waiting.Id}", $"/Requests/Edit/{waiting.Id}?handler=Autosave", fields);

        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        Assert.EndsWith("She loves to draw.", (await api.GetAsync(draft.Id)).Description, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Equal(Descriptions.Ready, (await api.GetAsync(waiting.Id)).Description);
    }
}

public sealed class ComposerPageTests_Sqlite(SqliteApp app) : ComposerPageTests<SqliteApp>(app), IClassFixture<SqliteApp>;

[Trait("Tier", "Postgres")]
public sealed class ComposerPageTests_Postgres(PostgresApp app) : ComposerPageTests<PostgresApp>(app), IClassFixture<PostgresApp>;
