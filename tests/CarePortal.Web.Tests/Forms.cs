using System.Text.RegularExpressions;
using Xunit;

namespace CarePortal.Web.Tests;

/// <summary>Posts a page's form the way a browser does: with the antiforgery token the page rendered.</summary>
public static partial class Forms
{
    public static Task<HttpResponseMessage> PostAsync(HttpClient client, string url, IDictionary<string, string> fields) =>
        PostAsync(client, url, url, fields);

    /// <summary>Reads the token from <paramref name="pageUrl"/> and posts to <paramref name="postUrl"/> (a handler of that page).</summary>
    public static async Task<HttpResponseMessage> PostAsync(HttpClient client, string pageUrl, string postUrl, IDictionary<string, string> fields)
    {
        var page = await client.GetStringAsync(pageUrl);
        var token = Token().Match(page);
        Assert.True(token.Success, $"{pageUrl} rendered no antiforgery token.");
        var form = new Dictionary<string, string>(fields) { ["__RequestVerificationToken"] = token.Groups[1].Value };
        return await client.PostAsync(postUrl, new FormUrlEncodedContent(form));
    }

    public static string TokenIn(string page)
    {
        var token = Token().Match(page);
        Assert.True(token.Success, "The page rendered no antiforgery token.");
        return token.Groups[1].Value;
    }

    /// <summary>
    /// A client signed in with the demo password through the sign-in page, holding the cookie; with <paramref name="sendToken"/>
    /// it sends the antiforgery token a page rendered with every call, as CarePortal's own page scripts do (an /api call that
    /// changes something needs it).
    /// </summary>
    public static async Task<HttpClient> SignedInAsync(CarePortalApp app, string email, bool sendToken = false)
    {
        var client = app.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var login = await PostAsync(client, "/Accounts/Login", new Dictionary<string, string> { ["Email"] = email, ["Password"] = DemoPeople.Password });
        Assert.Equal(System.Net.HttpStatusCode.Redirect, login.StatusCode);
        return sendToken ? await SendingTheTokenAsync(client) : client;
    }

    /// <summary>The signed-in client sends the antiforgery token of a page (header <c>RequestVerificationToken</c>) with every call.</summary>
    public static async Task<HttpClient> SendingTheTokenAsync(HttpClient client)
    {
        client.DefaultRequestHeaders.Remove("RequestVerificationToken");
        client.DefaultRequestHeaders.Add("RequestVerificationToken", TokenIn(await client.GetStringAsync("/")));
        return client;
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Token();
}
