using System.Net;
using Xunit;

namespace CarePortal.Web.Tests.Features.Security;

/// <summary>
/// Opens an emailed secret link as a browser does: the page at the link's path (the fragment is never sent), then what its
/// script does with the fragment (posts it to the page's Open handler), then every redirect. Each address asked for and
/// each redirect's target is kept in <see cref="Seen"/>, so a test can check no URL a server sees carries the token.
/// </summary>
public sealed class SecretLinks(HttpClient client)
{
    public List<string> Seen { get; } = [];

    public List<HttpResponseMessage> Answers { get; } = [];

    /// <summary>The token of a link: what follows its '#'.</summary>
    public static string TokenOf(string link)
    {
        var hash = link.IndexOf('#', StringComparison.Ordinal);
        Assert.True(hash > 0, $"The link keeps no token in its fragment: {link}");
        return link[(hash + 1)..];
    }

    /// <summary>The link's path, site-relative, as the browser asks for it.</summary>
    public static string PathOf(string link)
    {
        var path = link[..link.IndexOf('#', StringComparison.Ordinal)];
        return Uri.TryCreate(path, UriKind.Absolute, out var absolute) ? absolute.PathAndQuery : path;
    }

    /// <summary>Opens the link and follows it to the page it shows (or the sign-in page it asks for).</summary>
    public async Task<HttpResponseMessage> OpenAsync(string link)
    {
        var first = await GetAsync(PathOf(link));
        var page = await first.Content.ReadAsStringAsync();
        Assert.True(page.Contains("data-link-token", StringComparison.Ordinal), page);
        return await PostAsync(PathOf(link) + "?handler=Open", page, new Dictionary<string, string> { ["Token"] = TokenOf(link) });
    }

    /// <summary>Posts a form of <paramref name="page"/> (with its antiforgery token) and follows the redirects.</summary>
    public async Task<HttpResponseMessage> PostAsync(string path, string page, IDictionary<string, string> fields)
    {
        Seen.Add(path);
        var answer = await client.PostAsync(new Uri(path, UriKind.Relative),
            new FormUrlEncodedContent(new Dictionary<string, string>(fields) { ["__RequestVerificationToken"] = Forms.TokenIn(page) }));
        return await FollowAsync(answer);
    }

    public async Task<HttpResponseMessage> GetAsync(string path)
    {
        Seen.Add(path);
        return await FollowAsync(await client.GetAsync(new Uri(path, UriKind.Relative)));
    }

    private async Task<HttpResponseMessage> FollowAsync(HttpResponseMessage answer)
    {
        Answers.Add(answer);
        for (var hops = 0; answer.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.SeeOther && hops < 5; hops++)
        {
            var next = answer.Headers.Location!;
            var path = next.IsAbsoluteUri ? next.PathAndQuery : next.OriginalString;
            Seen.Add(path);
            answer = await client.GetAsync(new Uri(path, UriKind.Relative));
            Answers.Add(answer);
        }

        return answer;
    }
}
