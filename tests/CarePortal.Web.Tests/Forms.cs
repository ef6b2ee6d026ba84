using System.Text.RegularExpressions;
using Xunit;

namespace CarePortal.Web.Tests;

/// <summary>Posts a page's form the way a browser does: with the antiforgery token the page rendered.</summary>
public static partial class Forms
{
    public static async Task<HttpResponseMessage> PostAsync(HttpClient client, string url, IDictionary<string, string> fields)
    {
        var page = await client.GetStringAsync(url);
        var token = Token().Match(page);
        Assert.True(token.Success, $"{url} rendered no antiforgery token.");
        var form = new Dictionary<string, string>(fields) { ["__RequestVerificationToken"] = token.Groups[1].Value };
        return await client.PostAsync(url, new FormUrlEncodedContent(form));
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Token();
}
