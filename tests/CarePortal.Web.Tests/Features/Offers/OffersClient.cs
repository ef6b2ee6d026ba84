using System.Net;
using System.Net.Http.Json;
using CarePortal.Web.Features.Offers;
using CarePortal.Web.Tests.Features.Requests;
using Xunit;

namespace CarePortal.Web.Tests.Features.Offers;

/// <summary>The offers API as a church's point person calls it: typed answers, problems as JSON.</summary>
public sealed class OffersClient(HttpClient http)
{
    public static OfferInput Offer(CarePortalApp app, string need = "clothing", string item = "Winter coats, children's sizes", int quantity = 3, string? zip = null, int days = 30) =>
        new(null, need, item, zip, quantity, DateOnly.FromDateTime(app.Clock.GetUtcNow().UtcDateTime).AddDays(days));

    public async Task<OfferView> PostAsync(OfferInput input)
    {
        var response = await http.PostAsJsonAsync("/api/offers", input, Json.Options);
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<OfferView>(Json.Options))!;
    }

    public async Task<List<OfferView>> ListAsync() => (await http.GetFromJsonAsync<List<OfferView>>("/api/offers", Json.Options))!;

    public Task<HttpResponseMessage> SendAsync(OfferInput input) => http.PostAsJsonAsync("/api/offers", input, Json.Options);

    public Task<HttpResponseMessage> ChangeAsync(int id, OfferInput input) => http.PutAsJsonAsync($"/api/offers/{id}", input, Json.Options);

    public Task<HttpResponseMessage> WithdrawAsync(int id) => http.PostAsync(new Uri($"/api/offers/{id}/withdraw", UriKind.Relative), null);
}
