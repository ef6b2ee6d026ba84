using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace CarePortal.Load;

/// <summary>What the mixed traffic asks for.</summary>
public enum Kind
{
    /// <summary>A church point person reads the requests sent to the church (API, bearer token).</summary>
    ChurchFeed,

    /// <summary>A caseworker opens a request's page (Razor page, sign-in cookie).</summary>
    RequestPage,

    /// <summary>The composer reviews a description as it is typed (POST /api/review, bearer token).</summary>
    Review,

    /// <summary>A county representative writes and submits a request: it opens at once and emails the nearby churches.</summary>
    Write,
}

/// <summary>The demo people's sessions and the requests they make; each call answers its status (0 when no answer came).</summary>
public sealed partial class Traffic : IDisposable
{
    public const string Password = "CarePortal-demo-1";
    private const string Description = "A cheerful 8-year-old girl who loves soccer needs a warm winter coat, size 8, for the walk to school. "
        + "Her grandmother is caring for her and would love to meet the church that helps.";

    /// <summary>The review's body, serialized once: the driver's CPU is taken from the nodes it measures.</summary>
    private static readonly byte[] ReviewBody = JsonSerializer.SerializeToUtf8Bytes(new { text = Description, need = "clothing" });

    private readonly HttpClient http;
    private string caseworkerCookie = "";
    private string caseworkerToken = "";
    private string pastorToken = "";
    private string countyRepToken = "";
    private int churchId;
    private int requestId;
    private int countyId;

    private Traffic(Uri url)
    {
        // One connection pool for every person: each request carries its own cookie or token.
        http = new HttpClient(new SocketsHttpHandler
        {
            UseCookies = false,
            AllowAutoRedirect = false,
            MaxConnectionsPerServer = 1024,
            PooledConnectionIdleTimeout = TimeSpan.FromSeconds(30),
        })
        { BaseAddress = url, Timeout = Timeout.InfiniteTimeSpan };
    }

    /// <summary>Signs the demo people in through the sign-in page and issues their API tokens.</summary>
    public static async Task<Traffic> PrepareAsync(Uri url, CancellationToken cancellationToken)
    {
        var traffic = new Traffic(url);
        traffic.caseworkerCookie = await traffic.SignInAsync("caseworker@dcs.example", cancellationToken);
        traffic.caseworkerToken = await traffic.IssueTokenAsync(traffic.caseworkerCookie, cancellationToken);
        var pastorCookie = await traffic.SignInAsync("pastor1@church.example", cancellationToken);
        traffic.pastorToken = await traffic.IssueTokenAsync(pastorCookie, cancellationToken);
        traffic.countyRepToken = await traffic.IssueTokenAsync(await traffic.SignInAsync("county.rep@dcs.example", cancellationToken), cancellationToken);

        var me = await traffic.GetJsonAsync("/api/accounts/me", traffic.pastorToken, cancellationToken);
        traffic.churchId = me["memberships"]!.AsArray().Select(m => m!.GetValue<string>())
            .Where(m => m.StartsWith("church-point-person@", StringComparison.Ordinal))
            .Select(m => int.Parse(m[(m.IndexOf('@', StringComparison.Ordinal) + 1)..], CultureInfo.InvariantCulture)).First();
        var organisations = await traffic.GetJsonAsync("/api/organisations", traffic.countyRepToken, cancellationToken);
        traffic.countyId = organisations.AsArray().First(o => o!["name"]!.GetValue<string>() == "Knox County")!["id"]!.GetValue<int>();
        var requests = await traffic.GetJsonAsync("/api/requests", traffic.caseworkerToken, cancellationToken);
        traffic.requestId = requests.AsArray().First(r => r!["state"]!.GetValue<string>() == "open")!["id"]!.GetValue<int>();
        return traffic;
    }

    /// <summary>The share of each kind, interleaved: 45 % church feed, 35 % request page, 19 % review, 1 % writes.</summary>
    public static Kind Mix(long i) => (i * 37 % 100) switch
    {
        0 => Kind.Write,
        <= 45 => Kind.ChurchFeed,
        <= 80 => Kind.RequestPage,
        _ => Kind.Review,
    };

    /// <summary>One request of this kind; a write answers the id of the request it opened (or null).</summary>
    public async Task<(int Status, int? Opened)> SendAsync(Kind kind, CancellationToken cancellationToken)
    {
        switch (kind)
        {
            case Kind.ChurchFeed:
                return (await StatusAsync(Get($"/api/churches/{churchId}/requests", token: pastorToken), cancellationToken), null);
            case Kind.RequestPage:
                return (await StatusAsync(Get($"/Requests/Details/{requestId}", cookie: caseworkerCookie), cancellationToken), null);
            case Kind.Review:
                var review = new HttpRequestMessage(HttpMethod.Post, "/api/review") { Content = new ByteArrayContent(ReviewBody) };
                review.Content.Headers.ContentType = new("application/json") { CharSet = "utf-8" };
                review.Headers.Authorization = new("Bearer", caseworkerToken);
                return (await StatusAsync(review, cancellationToken), null);
            default:
                return await WriteAsync(cancellationToken);
        }
    }

    /// <summary>How many requests the church feed the load reads holds now.</summary>
    public async Task<int> ChurchFeedCountAsync(CancellationToken cancellationToken) =>
        (await GetJsonAsync($"/api/churches/{churchId}/requests", pastorToken, cancellationToken)).AsArray().Count;

    /// <summary>
    /// Whether the request a write opened is there and open. A 5xx or no answer is no answer about the request (after an
    /// overload nginx answers 502 at once while it holds the one live node as failed): asked again every 2 s, up to a minute.
    /// </summary>
    public async Task<bool> IsOpenAsync(int id, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                using var response = await http.SendAsync(Get($"/api/requests/{id}", token: countyRepToken), cancellationToken);
                if ((int)response.StatusCode < 500 || attempt == 30)
                {
                    return response.IsSuccessStatusCode
                        && (await response.Content.ReadFromJsonAsync<JsonNode>(cancellationToken))!["state"]!.GetValue<string>() == "open";
                }
            }
            catch (HttpRequestException) when (attempt < 30)
            {
            }

            await Task.Delay(TimeSpan.FromSeconds(2), cancellationToken);
        }
    }

    public void Dispose() => http.Dispose();

    private async Task<(int Status, int? Opened)> WriteAsync(CancellationToken cancellationToken)
    {
        var create = new HttpRequestMessage(HttpMethod.Post, "/api/requests")
        {
            Content = JsonContent.Create(new
            {
                need = "clothing",
                tier = 1,
                description = Description,
                zip = "37917",
                countyId,
                urgency = "normal",
                items = new[] { new { name = "Winter coat, size 8", quantity = 1, unitValue = 45m } },
                children = new[] { new { age = 8, gender = "girl", size = "8" } },
            }),
        };
        create.Headers.Authorization = new("Bearer", countyRepToken);
        using var created = await http.SendAsync(create, cancellationToken);
        if (created.StatusCode != HttpStatusCode.Created)
        {
            return ((int)created.StatusCode, null);
        }

        var id = (await created.Content.ReadFromJsonAsync<JsonNode>(cancellationToken))!["id"]!.GetValue<int>();
        var submit = new HttpRequestMessage(HttpMethod.Post, $"/api/requests/{id}/submit") { Content = JsonContent.Create(new { familyConsent = true }) };
        submit.Headers.Authorization = new("Bearer", countyRepToken);
        using var submitted = await http.SendAsync(submit, cancellationToken);
        return ((int)submitted.StatusCode, submitted.IsSuccessStatusCode ? id : null);
    }

    private async Task<int> StatusAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        using (request)
        {
            using var response = await http.SendAsync(request, HttpCompletionOption.ResponseContentRead, cancellationToken);
            return (int)response.StatusCode;
        }
    }

    private static HttpRequestMessage Get(string path, string? token = null, string? cookie = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (token is not null)
        {
            request.Headers.Authorization = new("Bearer", token);
        }

        if (cookie is not null)
        {
            request.Headers.Add("Cookie", cookie);
        }

        return request;
    }

    private async Task<JsonNode> GetJsonAsync(string path, string token, CancellationToken cancellationToken)
    {
        using var response = await http.SendAsync(Get(path, token: token), cancellationToken);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonNode>(cancellationToken))!;
    }

    /// <summary>Signs in through the page as a browser does (antiforgery cookie and field) and answers the sign-in cookie.</summary>
    private async Task<string> SignInAsync(string email, CancellationToken cancellationToken)
    {
        using var page = await http.GetAsync(new Uri("/Accounts/Login", UriKind.Relative), cancellationToken);
        var antiforgery = Cookies(page).First(c => c.StartsWith(".AspNetCore.Antiforgery", StringComparison.Ordinal));
        var field = AntiforgeryField().Match(await page.Content.ReadAsStringAsync(cancellationToken));
        using var login = new HttpRequestMessage(HttpMethod.Post, "/Accounts/Login")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["Email"] = email,
                ["Password"] = Password,
                ["__RequestVerificationToken"] = field.Groups[1].Value,
            }),
        };
        login.Headers.Add("Cookie", antiforgery);
        using var answer = await http.SendAsync(login, cancellationToken);
        var signedIn = Cookies(answer).FirstOrDefault(c => c.StartsWith("careportal=", StringComparison.Ordinal))
            ?? throw new InvalidOperationException($"Signing in as {email} failed ({(int)answer.StatusCode}): is the demo data there (--demo)?");
        return $"{signedIn}; {antiforgery}";
    }

    /// <summary>Issues an API token as the browser would: a cookie-signed API post carries the signed-in page's antiforgery token.</summary>
    private async Task<string> IssueTokenAsync(string cookie, CancellationToken cancellationToken)
    {
        using var home = await http.SendAsync(Get("/", cookie: cookie), cancellationToken);
        var field = AntiforgeryField().Match(await home.Content.ReadAsStringAsync(cancellationToken));
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/accounts/tokens") { Content = JsonContent.Create(new { name = "load test" }) };
        request.Headers.Add("Cookie", cookie);
        request.Headers.Add("RequestVerificationToken", field.Groups[1].Value);
        using var response = await http.SendAsync(request, cancellationToken);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonNode>(cancellationToken))!["token"]!.GetValue<string>();
    }

    private static IEnumerable<string> Cookies(HttpResponseMessage response) =>
        response.Headers.TryGetValues("Set-Cookie", out var values) ? values.Select(v => v.Split(';')[0]) : [];

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"", RegexOptions.None, 1000)]
    private static partial Regex AntiforgeryField();
}
