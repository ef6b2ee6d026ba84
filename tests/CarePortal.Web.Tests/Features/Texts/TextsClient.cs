using System.Net;
using System.Text.RegularExpressions;
using CarePortal.Web.Features.Texts;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace CarePortal.Web.Tests.Features.Texts;

/// <summary>A person's text settings page as their browser drives it, and the texts the app wrote to the pickup folder.</summary>
public static partial class TextsClient
{
    public const string Page = "/Texts/Settings";

    public static Task<HttpResponseMessage> AskCodeAsync(HttpClient person, string phone, string language = "en") =>
        Forms.PostAsync(person, Page, Page + "?handler=Code", new Dictionary<string, string> { ["Phone"] = phone, ["Language"] = language });

    public static Task<HttpResponseMessage> VerifyAsync(HttpClient person, string code) =>
        Forms.PostAsync(person, Page, Page + "?handler=Verify", new Dictionary<string, string> { ["Code"] = code });

    public static Task<HttpResponseMessage> SaveAsync(HttpClient person, bool on, string language, string quietFrom, string quietTo)
    {
        var fields = new Dictionary<string, string> { ["Language"] = language, ["QuietFrom"] = quietFrom, ["QuietTo"] = quietTo };
        if (on)
        {
            fields["On"] = "true";
        }

        return Forms.PostAsync(person, Page, fields);
    }

    /// <summary>Asks for a code, reads it from the text the app wrote, types it back: the number is verified.</summary>
    public static async Task VerifiedAsync(CarePortalApp app, HttpClient person, string phone, string language = "en")
    {
        var asked = await AskCodeAsync(person, phone, language);
        Assert.True(asked.StatusCode == HttpStatusCode.Redirect && asked.Headers.Location!.OriginalString == Page,
            $"{asked.StatusCode} {asked.Headers.Location}: {await asked.Content.ReadAsStringAsync()}");
        var code = CodeIn(await LastTextAsync(app, MobileNumbers.Parse(phone, "US").Number!, TextCodes.Kind));
        Assert.Equal(HttpStatusCode.Redirect, (await VerifyAsync(person, code)).StatusCode);
    }

    /// <summary>Sends the outbox to the pickup folder and reads the latest text of this kind to this number.</summary>
    public static async Task<string> LastTextAsync(CarePortalApp app, string e164, string kind)
    {
        var ids = await app.QueryAsync(db => db.TextMessages.Where(t => t.To == e164 && t.Kind == kind).OrderBy(t => t.Id).Select(t => t.Id).ToListAsync());
        Assert.True(ids.Count > 0, $"no {kind} text to {e164}; texts: "
            + string.Join(", ", await app.QueryAsync(db => db.TextMessages.OrderByDescending(t => t.Id).Take(5).Select(t => t.To + " " + t.Kind).ToListAsync())));
        var id = ids[^1];
        await SendDueAsync(app);
        return await File.ReadAllTextAsync(Path.Combine(app.DataDirectory, "texts", $"text-{id}.txt"));
    }

    public static async Task<int> SendDueAsync(CarePortalApp app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var total = 0;
        while (await scope.ServiceProvider.GetRequiredService<TextSender>().SendDueAsync(CancellationToken.None) is var sent and > 0)
        {
            total += sent;
        }

        return total;
    }

    public static string CodeIn(string text)
    {
        var match = Code().Match(text);
        Assert.True(match.Success, "The text carries no code: " + text);
        return match.Groups[1].Value;
    }

    /// <summary>The site-relative short link in a text (<c>/t/{signature}/…</c>).</summary>
    public static string LinkIn(string text)
    {
        var match = ShortLink().Match(text);
        Assert.True(match.Success, "The text carries no short link: " + text);
        return match.Groups[1].Value;
    }

    [GeneratedRegex(@"\b(\d{6})\b")]
    private static partial Regex Code();

    [GeneratedRegex(@"https?://[^/\s]+(/t/[A-Za-z0-9_-]{12}/\S+)")]
    private static partial Regex ShortLink();
}
