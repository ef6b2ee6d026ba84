using System.Net;
using System.Net.Http.Json;
using CarePortal.Web.Features.Champions;
using CarePortal.Web.Features.Offers;
using Xunit;

namespace CarePortal.Web.Tests.Features.Champions;

/// <summary>A champion's standing-offers API as the champion calls it (inputs as a church's: <see cref="Offers.OffersClient.Offer"/>).</summary>
public sealed class StandingOffersClient(HttpClient http)
{
    public const string Path = "/api/champions/standing-offers";

    public async Task<StandingOfferView> PostAsync(OfferInput input)
    {
        var response = await SendAsync(input);
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<StandingOfferView>(Json.Options))!;
    }

    public async Task<List<StandingOfferView>> ListAsync() => (await http.GetFromJsonAsync<List<StandingOfferView>>(Path, Json.Options))!;

    public Task<HttpResponseMessage> SendAsync(OfferInput input) => http.PostAsJsonAsync(Path, input, Json.Options);

    public Task<HttpResponseMessage> ChangeAsync(int id, OfferInput input) => http.PutAsJsonAsync($"{Path}/{id}", input, Json.Options);

    public Task<HttpResponseMessage> WithdrawAsync(int id) => http.PostAsync(new Uri($"{Path}/{id}/withdraw", UriKind.Relative), null);
}
