using System.Net;
using System.Text.RegularExpressions;
using CarePortal.Web.Tests.Features.Churches;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Xunit;

namespace CarePortal.Web.Tests.Features.Accounts;

/// <summary>Follows the links CarePortal emails to an address (confirm it, join a church) as its owner's browser does.</summary>
public static partial class AccountLinkMail
{
    /// <summary>The newest link to the join page in the emails written to this address (as stored to be sent).</summary>
    public static async Task<string> FromOutboxAsync(CarePortalApp app, string email)
    {
        var userId = await app.UserIdAsync(email);
        var bodies = await app.QueryAsync(db => db.Notifications.AsNoTracking().Where(n => n.RecipientId == userId)
            .OrderByDescending(n => n.Id).Select(n => n.TextBody).ToListAsync());
        return bodies.Select(b => Link().Match(b ?? "")).FirstOrDefault(m => m.Success)?.Groups[1].Value
            ?? throw new InvalidOperationException($"No link was emailed to {email}.");
    }

    /// <summary>A link in an email's text, as the path and fragment (the test clients call the app's own pipeline).</summary>
    public static string? In(string? text) => Link().Match(text ?? "") is { Success: true } m ? m.Groups[1].Value : null;

    /// <summary>What the page's script does: the page as first served, then the fragment posted to it; the page it answers.</summary>
    public static async Task<(HttpResponseMessage Response, string Page)> OpenAsync(HttpClient client, string link)
    {
        var at = link.IndexOf('#', StringComparison.Ordinal);
        var (path, token) = at < 0 ? (link, "") : (link[..at], link[(at + 1)..]);
        var first = await client.GetStringAsync(new Uri(path, UriKind.Relative));
        Assert.Contains("data-link-token", first, StringComparison.Ordinal);
        var opened = await client.PostAsync(new Uri(path + "?handler=Open", UriKind.Relative), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = Forms.TokenIn(first),
            ["Token"] = token,
        }));
        return (opened, await opened.Content.ReadAsStringAsync());
    }

    /// <summary>Opens the link and presses its button, choosing <paramref name="password"/> twice when the page asks for one.</summary>
    public static async Task<HttpResponseMessage> FollowAsync(HttpClient client, string link, string password = ChurchPeople.Password, string? confirm = null)
    {
        var (opened, page) = await OpenAsync(client, link);
        Assert.True(opened.StatusCode == HttpStatusCode.OK, page);
        var token = link[(link.IndexOf('#', StringComparison.Ordinal) + 1)..];
        var fields = new Dictionary<string, string> { ["__RequestVerificationToken"] = Forms.TokenIn(page), ["Token"] = token };
        if (page.Contains("name=\"Password\"", StringComparison.Ordinal))
        {
            fields["Password"] = password;
            fields["Confirm"] = confirm ?? password;
        }

        // Where the page's own form posts, as a browser would (not the address the page was answered at, ?handler=Open).
        var form = FormWithToken().Matches(page).FirstOrDefault(m => m.Groups[2].Value.Contains("name=\"Token\"", StringComparison.Ordinal));
        Assert.True(form is not null, page);
        var action = System.Net.WebUtility.HtmlDecode(form.Groups[1].Value);
        return await client.PostAsync(new Uri(action, UriKind.Relative), new FormUrlEncodedContent(fields));
    }

    /// <summary>
    /// The address's owner follows the newest link emailed to it (choosing <see cref="ChurchPeople.Password"/> if asked), with
    /// <paramref name="browser"/> when the app runs on a real server (it needs no redirects followed and keeps cookies).
    /// </summary>
    public static async Task AcceptFromOutboxAsync(CarePortalApp app, string email, string password = ChurchPeople.Password, HttpClient? browser = null)
    {
        var client = browser ?? app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var accepted = await FollowAsync(client, await FromOutboxAsync(app, email), password);
        Assert.True(accepted.StatusCode == HttpStatusCode.Redirect, await accepted.Content.ReadAsStringAsync());
    }

    [GeneratedRegex("<form method=\"post\" action=\"([^\"]*)\"[^>]*>(.*?)</form>", RegexOptions.Singleline, matchTimeoutMilliseconds: 1000)]
    private static partial Regex FormWithToken();

    [GeneratedRegex(@"https?://[^/\s]+(/Accounts/Join#[A-Za-z0-9_-]+)", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Link();
}
