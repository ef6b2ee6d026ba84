using System.Net;
using System.Net.Http.Json;
using CarePortal.Web.Features.Requests;
using Xunit;

namespace CarePortal.Web.Tests.Features.Requests;

/// <summary>
/// The request page's private-details form over real HTTP: unfilled (private details are shown only when asked for), a save
/// changes only the fields typed and keeps the others; filled from the stored details, it is saved whole (a field can be
/// cleared) and a save from an older version is still refused with both versions.
/// </summary>
public sealed class SetPrivateDetailsTests(SqliteApp app) : IClassFixture<SqliteApp>
{
    private async Task<(RequestsClient Api, HttpClient Page, int Id)> DraftAsync()
    {
        var api = new RequestsClient(await app.ClientForAsync(DemoPeople.Caseworker));
        var draft = await api.CreateAsync(RequestsClient.Draft(await DemoPlaces.CountyIdAsync(app, "Knox County"), "rent", Descriptions.Rent,
            await app.UserIdAsync(DemoPeople.Supervisor)));
        return (api, await Forms.SignedInAsync(app, DemoPeople.Caseworker), draft.Id);
    }

    private static async Task<HttpResponseMessage> SaveAsync(HttpClient page, int id, Dictionary<string, string> fields) =>
        await Forms.PostAsync(page, $"/Requests/Details/{id}", $"/Requests/Details/{id}?handler=Private",
            fields.ToDictionary(f => $"Details.{f.Key}", f => f.Value));

    private static async Task<PrivateDetailsView> StoredAsync(RequestsClient api, int id) =>
        (await api.Http.GetFromJsonAsync<PrivateDetailsView>($"/api/requests/{id}/private", Json.Options))!;

    [Fact]
    public async Task Saving_one_field_from_the_unfilled_form_keeps_the_others()
    {
        var (api, page, id) = await DraftAsync();

        var first = await SaveAsync(page, id, new() { ["Payee"] = "Elm Street Rentals", ["AmountOwed"] = "650", ["AccountNumber"] = "ACC-1111", ["DeliveryDirections"] = "" });
        var second = await SaveAsync(page, id, new() { ["DeliveryDirections"] = "Blue door behind the laundromat.", ["Payee"] = "", ["AmountOwed"] = "", ["AccountNumber"] = "" });
        var stored = await StoredAsync(api, id);

        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, second.StatusCode);
        Assert.Equal(("Blue door behind the laundromat.", "Elm Street Rentals", "ACC-1111", 650m), (stored.DeliveryDirections, stored.Payee, stored.AccountNumber, stored.AmountOwed));
    }

    [Fact]
    public async Task The_form_filled_from_the_stored_details_clears_a_field_and_an_older_version_is_refused_with_both()
    {
        var (api, page, id) = await DraftAsync();
        await SaveAsync(page, id, new() { ["Payee"] = "Elm Street Rentals", ["AccountNumber"] = "ACC-1111" });
        var read = await StoredAsync(api, id);

        var cleared = await SaveAsync(page, id, new() { ["Version"] = $"{read.Version}", ["Payee"] = "Elm Street Rentals", ["AccountNumber"] = "" });
        var afterClear = await StoredAsync(api, id);
        var stale = await SaveAsync(page, id, new() { ["Version"] = $"{read.Version}", ["Payee"] = "Knox Housing", ["AccountNumber"] = "ACC-2222" });
        var afterStale = await StoredAsync(api, id);

        Assert.Equal(HttpStatusCode.Redirect, cleared.StatusCode);
        Assert.Equal(("Elm Street Rentals", (string?)null), (afterClear.Payee, afterClear.AccountNumber));
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Contains("Someone else saved the private details", await stale.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(("Elm Street Rentals", (string?)null), (afterStale.Payee, afterStale.AccountNumber));
    }
}
