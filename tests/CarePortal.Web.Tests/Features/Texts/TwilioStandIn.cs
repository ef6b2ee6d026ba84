using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace CarePortal.Web.Tests.Features.Texts;

/// <summary>
/// A stand-in for Twilio on a free loopback port, speaking the part of its documented Messages API that CarePortal uses:
/// <c>POST /2010-04-01/Accounts/{AccountSid}/Messages.json</c> with HTTP basic authentication (the account sid and auth token)
/// and the form fields To, From or MessagingServiceSid, Body and StatusCallback; it answers 201 with the message resource as
/// JSON (<c>sid</c> SM…, <c>status</c> queued), or Twilio's error body (<c>code</c>, <c>message</c>, <c>more_info</c>, <c>status</c>):
/// 401/20003 for bad credentials, 400/21211 for a To that is not a phone number, 400/21610 for a number that texted STOP
/// (<see cref="Unsubscribed"/>), 503 while <see cref="Down"/>. It can sign a delivery report as Twilio does.
/// </summary>
public sealed class TwilioStandIn : IAsyncDisposable
{
    public const string AccountSid = "AC00000000000000000000000000000001";

    public const string AuthToken = "stand-in-auth-token-0123456789ab";

    public const string From = "+16155550100";

    /// <summary>The app's key for the short links of texts (required beside Twilio): 32 bytes, base64.</summary>
    public const string LinkKey = "c3RhbmQtaW4gbGluayBrZXkgb2YgdGhpcnR5LXR3byBieXRlcw==";

    private readonly WebApplication app;

    private int next;

    private TwilioStandIn(WebApplication app) => this.app = app;

    /// <summary>Every message accepted, in order: its form fields.</summary>
    public ConcurrentQueue<Dictionary<string, string>> Accepted { get; } = new();

    public HashSet<string> Unsubscribed { get; } = [];

    public bool Down { get; set; }

    public string BaseUrl => app.Urls.Single();

    public static async Task<TwilioStandIn> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var standIn = new TwilioStandIn(app);
        app.MapPost("/2010-04-01/Accounts/{sid}/Messages.json", standIn.CreateAsync);
        await app.StartAsync();
        return standIn;
    }

    private async Task<IResult> CreateAsync(string sid, HttpRequest request)
    {
        if (Down)
        {
            return Results.Text("Service Unavailable", statusCode: 503);
        }

        if (sid != AccountSid || request.Headers.Authorization.ToString() != "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes($"{AccountSid}:{AuthToken}")))
        {
            return Error(401, 20003, "Authenticate");
        }

        var form = (await request.ReadFormAsync()).ToDictionary(f => f.Key, f => f.Value.ToString(), StringComparer.Ordinal);
        var to = form.GetValueOrDefault("To") ?? "";
        if (!to.StartsWith('+') || to.Length < 8 || !to[1..].All(char.IsAsciiDigit))
        {
            return Error(400, 21211, $"Invalid 'To' Phone Number: {to}");
        }

        if (Unsubscribed.Contains(to))
        {
            return Error(400, 21610, "Attempt to send to unsubscribed recipient");
        }

        if (!form.ContainsKey("From") && !form.ContainsKey("MessagingServiceSid") || string.IsNullOrEmpty(form.GetValueOrDefault("Body")))
        {
            return Error(400, 21602, "Message body is required.");
        }

        Accepted.Enqueue(form);
        var messageSid = "SM" + Interlocked.Increment(ref next).ToString("x32", CultureInfo.InvariantCulture);
        var now = DateTimeOffset.UtcNow.ToString("ddd, dd MMM yyyy HH:mm:ss +0000", CultureInfo.InvariantCulture);
        return Results.Json(new Dictionary<string, object?>
        {
            ["account_sid"] = AccountSid,
            ["api_version"] = "2010-04-01",
            ["body"] = form["Body"],
            ["date_created"] = now,
            ["date_sent"] = null,
            ["date_updated"] = now,
            ["direction"] = "outbound-api",
            ["error_code"] = null,
            ["error_message"] = null,
            ["from"] = form.GetValueOrDefault("From"),
            ["messaging_service_sid"] = form.GetValueOrDefault("MessagingServiceSid"),
            ["num_media"] = "0",
            ["num_segments"] = "1",
            ["price"] = null,
            ["price_unit"] = "USD",
            ["sid"] = messageSid,
            ["status"] = "queued",
            ["subresource_uris"] = new Dictionary<string, string> { ["media"] = $"/2010-04-01/Accounts/{AccountSid}/Messages/{messageSid}/Media.json" },
            ["to"] = to,
            ["uri"] = $"/2010-04-01/Accounts/{AccountSid}/Messages/{messageSid}.json",
        }, statusCode: 201);
    }

    private static IResult Error(int status, int code, string message) => Results.Json(new Dictionary<string, object>
    {
        ["code"] = code,
        ["message"] = message,
        ["more_info"] = $"https://www.twilio.com/docs/errors/{code}",
        ["status"] = status,
    }, statusCode: status);

    /// <summary>Twilio's signature of a post to <paramref name="url"/>: HMAC-SHA1 with the auth token over the address and each field (name, value) in name order, base64.</summary>
    public static string Sign(string url, IReadOnlyDictionary<string, string> fields, string authToken = AuthToken)
    {
        var text = new StringBuilder(url);
        foreach (var (name, value) in fields.OrderBy(f => f.Key, StringComparer.Ordinal))
        {
            text.Append(name).Append(value);
        }

#pragma warning disable CA5350 // Twilio signs with HMAC-SHA1: the stand-in must too.
        return Convert.ToBase64String(HMACSHA1.HashData(Encoding.UTF8.GetBytes(authToken), Encoding.UTF8.GetBytes(text.ToString())));
#pragma warning restore CA5350
    }

    /// <summary>Posts a signed callback to the app as Twilio would (signed for the public <paramref name="url"/>, sent to its path).</summary>
    public static async Task<HttpStatusCode> PostSignedAsync(HttpClient app, string url, Dictionary<string, string> fields, string? signature = null)
    {
        using var post = new HttpRequestMessage(HttpMethod.Post, new Uri(url).PathAndQuery) { Content = new FormUrlEncodedContent(fields) };
        post.Headers.TryAddWithoutValidation("X-Twilio-Signature", signature ?? Sign(url, fields));
        post.Headers.UserAgent.Add(new ProductInfoHeaderValue("TwilioProxy", "1.1"));
        using var response = await app.SendAsync(post);
        return response.StatusCode;
    }

    public async ValueTask DisposeAsync() => await app.DisposeAsync();
}
