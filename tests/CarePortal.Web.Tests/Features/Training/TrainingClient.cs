using System.Net.Http.Json;
using System.Text.Json;
using Xunit;

namespace CarePortal.Web.Tests.Features.Training;

/// <summary>Calls the training page's handlers as training.js does: JSON with the page's antiforgery token in a header.</summary>
internal sealed class TrainingClient(HttpClient http)
{
    private string? token;

    public HttpClient Http => http;

    public async Task<string> PageAsync()
    {
        var page = await http.GetStringAsync(new Uri("/Training", UriKind.Relative));
        token = Forms.TokenIn(page);
        return page;
    }

    public async Task<HttpResponseMessage> PostAsync(string handler, object body)
    {
        if (token is null)
        {
            await PageAsync();
        }

        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri($"/Training?handler={handler}", UriKind.Relative))
        {
            Content = JsonContent.Create(body),
        };
        request.Headers.Add("RequestVerificationToken", token);
        return await http.SendAsync(request);
    }

    public async Task<JsonElement> GradeAsync(string exerciseId, string text)
    {
        var response = await PostAsync("Grade", new { exerciseId, text });
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }
}
