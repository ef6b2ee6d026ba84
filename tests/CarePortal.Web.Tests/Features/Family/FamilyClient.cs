using System.Text.RegularExpressions;
using CarePortal.Web.Features.Requests;
using CarePortal.Web.Features.Texts;
using CarePortal.Web.Tests.Features.Requests;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace CarePortal.Web.Tests.Features.Family;

/// <summary>The caseworker's and the family's sides of the family's say, as their browsers would drive them.</summary>
public static partial class FamilyClient
{
    /// <summary>A request of the demo caseworker, closed as fully met a moment ago (its outcome is not what these tests look at).</summary>
    public static async Task<int> ClosedRequestAsync(CarePortalApp app, RequestState state = RequestState.ClosedFullyMet, Uri? site = null)
    {
        var caseworker = new RequestsClient(site is null ? await app.ClientForAsync(DemoPeople.Caseworker) : await OnKestrelAsync(app, site));
        var draft = await caseworker.CreateAsync(RequestsClient.Draft(await DemoPlaces.CountyIdAsync(app, "Knox County")));
        var now = app.Clock.GetUtcNow();
        await app.QueryAsync(db => db.Requests.Where(r => r.Id == draft.Id)
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.State, state).SetProperty(r => r.ClosedAt, state == RequestState.ClosedFullyMet ? now : null)));
        return draft.Id;
    }

    /// <summary>The demo caseworker's API client on the app's real port (an app on Kestrel has no in-memory client).</summary>
    private static async Task<HttpClient> OnKestrelAsync(CarePortalApp app, Uri site)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var token = await scope.ServiceProvider.GetRequiredService<CarePortal.Web.Features.Accounts.ApiTokens>().IssueAsync(await app.UserIdAsync(DemoPeople.Caseworker), "tests");
        var client = new HttpClient { BaseAddress = site };
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    public static Task<HttpResponseMessage> AskAsync(HttpClient caseworker, int id, string channel, string? phone = null, string? email = null,
        string language = "en", bool consent = true)
    {
        var fields = new Dictionary<string, string> { ["Form.Channel"] = channel, ["Form.Language"] = language };
        if (consent)
        {
            fields["Form.Consent"] = "true";
        }

        if (phone is not null)
        {
            fields["Form.Phone"] = phone;
        }

        if (email is not null)
        {
            fields["Form.Email"] = email;
        }

        return Forms.PostAsync(caseworker, $"/Family/Ask/{id}", fields);
    }

    /// <summary>Sends the text outbox to the pickup folder and reads the link's token from the family's text.</summary>
    public static async Task<(string Body, string Token)> TextedTokenAsync(CarePortalApp app, int requestId)
    {
        var id = await app.QueryAsync(db => db.TextMessages.Where(t => t.CareRequestId == requestId && t.Kind == "family-ask").OrderBy(t => t.Id).Select(t => t.Id).LastAsync());
        await using (var scope = app.Services.CreateAsyncScope())
        {
            while (await scope.ServiceProvider.GetRequiredService<TextSender>().SendDueAsync(CancellationToken.None) > 0)
            {
            }
        }

        var body = await File.ReadAllTextAsync(Path.Combine(app.DataDirectory, "texts", $"text-{id}.txt"));
        return (body, TokenIn(body));
    }

    public static string TokenIn(string message)
    {
        var match = Link().Match(message);
        Assert.True(match.Success, "The message carries no family link.");
        return match.Groups[1].Value;
    }

    /// <summary>Opens the link as the page's script does: posts the fragment's token, then follows the redirect with the cookie.</summary>
    public static async Task<HttpResponseMessage> OpenAsync(HttpClient family, string token, string culture)
    {
        var page = $"/Family/Answer?culture={culture}";
        var opened = await Forms.PostAsync(family, page, $"/Family/Answer?culture={culture}&handler=Open", new Dictionary<string, string> { ["Token"] = token });
        Assert.Equal(System.Net.HttpStatusCode.Redirect, opened.StatusCode);
        Assert.Equal(page, opened.Headers.Location!.OriginalString);
        return await family.GetAsync(page);
    }

    public static async Task<HttpResponseMessage> AnswerAsync(HttpClient family, string culture, string arrived = "yes", string rating = "4", string comment = "",
        string meetAgain = "true", bool thank = false)
    {
        var page = $"/Family/Answer?culture={culture}";
        var fields = new Dictionary<string, string> { ["Input.Arrived"] = arrived, ["Input.Rating"] = rating, ["Input.Comment"] = comment, ["Input.MeetAgain"] = meetAgain };
        if (thank)
        {
            fields["Input.ThankChurch"] = "true";
        }

        return await Forms.PostAsync(family, page, fields);
    }

    public static HttpClient Family(CarePortalApp app) =>
        app.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    [GeneratedRegex(@"/Family/Answer\?culture=(?:en|es)#([A-Za-z0-9_-]{43})")]
    private static partial Regex Link();
}
