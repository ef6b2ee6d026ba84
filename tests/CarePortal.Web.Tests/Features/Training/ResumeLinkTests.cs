using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using CarePortal.Web.Features.Notifications;
using CarePortal.Web.Features.Requests;
using CarePortal.Web.Features.Training;
using Microsoft.EntityFrameworkCore;
using Xunit;

namespace CarePortal.Web.Tests.Features.Training;

/// <summary>Saving with an email: the outbox carries a one-time, expiring link that restores exactly what was saved.</summary>
public abstract partial class ResumeLinkTests<TApp>(TApp app) where TApp : CarePortalApp
{
    private static readonly TrainingModule Module = TrainingModuleTests.Load();

    [Fact]
    public async Task Saving_with_an_email_writes_an_email_whose_link_restores_the_place_and_answers_once()
    {
        var email = $"learner-{Guid.NewGuid():N}@example.org";
        var jargon = Module.Section("jargon")!;
        var state = new
        {
            section = jargon.Id,
            answers = new Dictionary<string, int> { [Module.Sections[0].Check[0].Id] = Module.Sections[0].Check[0].Answer },
            rewrites = new Dictionary<string, string> { [Module.Sections[0].Exercises[0].Id] = Module.Sections[0].Exercises[0].Sample! },
            passed = Array.Empty<string>(),
        };

        var saved = await new TrainingClient(app.CreateClient()).PostAsync("Email", new { email, state });

        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        var link = await LinkSentToAsync(email);
        // The token is in the fragment, which no server or log sees: the page's script posts it.
        Assert.StartsWith("http://localhost:5080/Training/Resume#", link, StringComparison.Ordinal);
        Assert.DoesNotContain("?", link, StringComparison.Ordinal);

        // Another device: a fresh client with no cookie. Opening the link spends nothing.
        var device = app.CreateClient();
        var opened = await OpenAsync(device, Token(link));
        var openedAgain = await (await OpenAsync(device, Token(link))).Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, opened.StatusCode);
        Assert.Equal("no-referrer", Assert.Single(opened.Headers.GetValues("Referrer-Policy")));
        Assert.Contains("Continue where I stopped", openedAgain, StringComparison.Ordinal);

        var restored = await PostResumeAsync(device, Token(link));
        Assert.Equal(HttpStatusCode.OK, restored.StatusCode);
        var restoredState = RestoredState(await restored.Content.ReadAsStringAsync());
        Assert.Equal("jargon", restoredState.GetProperty("section").GetString());
        Assert.Equal(Module.Sections[0].Check[0].Answer, restoredState.GetProperty("answers").GetProperty(Module.Sections[0].Check[0].Id).GetInt32());
        Assert.Equal([Module.Sections[0].Exercises[0].Id], restoredState.GetProperty("passed").EnumerateArray().Select(p => p.GetString()));

        var reused = await PostResumeAsync(app.CreateClient(), Token(link));
        var reopened = await OpenAsync(app.CreateClient(), Token(link));
        Assert.Equal(HttpStatusCode.Gone, reused.StatusCode);
        Assert.Equal(HttpStatusCode.Gone, reopened.StatusCode);
        var page = await reused.Content.ReadAsStringAsync();
        Assert.Contains("This link has already been used", page, StringComparison.Ordinal);
        Assert.DoesNotContain("training-restored-state", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_expired_link_gets_a_clear_page_and_no_progress()
    {
        var email = $"late-{Guid.NewGuid():N}@example.org";
        await new TrainingClient(app.CreateClient()).PostAsync("Email", new { email, state = new { section = "details" } });
        var token = Token(await LinkSentToAsync(email));

        app.Clock.Advance(TimeSpan.FromDays(7) + TimeSpan.FromMinutes(1));
        var client = app.CreateClient();
        var opened = await OpenAsync(client, token);
        var posted = await PostResumeAsync(client, token);

        Assert.Equal(HttpStatusCode.Gone, opened.StatusCode);
        Assert.Contains("This link has expired", await opened.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Gone, posted.StatusCode);
        Assert.DoesNotContain("training-restored-state", await posted.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_forged_or_altered_link_gets_a_clear_page_never_someone_elses_progress()
    {
        var email = $"victim-{Guid.NewGuid():N}@example.org";
        await new TrainingClient(app.CreateClient()).PostAsync("Email", new { email, state = new { section = "no-cash" } });
        var real = Token(await LinkSentToAsync(email));
        var altered = real[..^1] + (real[^1] == 'A' ? 'B' : 'A');

        foreach (var token in new[] { altered, "forged", "", new string('x', 500) })
        {
            var client = app.CreateClient();
            var path = $"/Training/Resume?token={Uri.EscapeDataString(token)}";
            var opened = await client.GetAsync(new Uri(path, UriKind.Relative));
            var page = await opened.Content.ReadAsStringAsync();
            var posted = await PostResumeAsync(client, token);

            Assert.Equal(HttpStatusCode.NotFound, opened.StatusCode);
            Assert.Contains("This link is not valid", page, StringComparison.Ordinal);
            Assert.Equal(HttpStatusCode.NotFound, posted.StatusCode);
            Assert.DoesNotContain("training-restored-state", await posted.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        // The real link still works, for its owner only, once.
        Assert.Equal(HttpStatusCode.OK, (await app.CreateClient().GetAsync(new Uri($"/Training/Resume?token={real}", UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task Two_learners_saving_with_the_same_address_each_get_their_own_snapshot()
    {
        var email = $"shared-{Guid.NewGuid():N}@example.org";
        await new TrainingClient(app.CreateClient()).PostAsync("Email", new { email, state = new { section = "strengths" } });
        await new TrainingClient(app.CreateClient()).PostAsync("Email", new { email, state = new { section = "connect" } });

        var links = await LinksSentToAsync(email);

        Assert.Equal(2, links.Count);
        var sections = new List<string?>();
        foreach (var link in links)
        {
            var client = app.CreateClient();
            var restored = await PostResumeAsync(client, Token(link));
            sections.Add(RestoredState(await restored.Content.ReadAsStringAsync()).GetProperty("section").GetString());
        }

        Assert.Equal(["strengths", "connect"], sections);
    }

    [Fact]
    public async Task Saving_refuses_a_bad_address_and_more_than_five_links_an_hour_to_one_address()
    {
        var client = new TrainingClient(app.CreateClient());
        var email = $"many-{Guid.NewGuid():N}@example.org";

        var bad = await client.PostAsync("Email", new { email = "not an email", state = new { } });
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 6; i++)
        {
            statuses.Add((await client.PostAsync("Email", new { email, state = new { } })).StatusCode);
        }

        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Equal([.. Enumerable.Repeat(HttpStatusCode.OK, 5), HttpStatusCode.TooManyRequests], statuses);
        Assert.Equal(5, (await LinksSentToAsync(email)).Count);
    }

    private async Task<string> LinkSentToAsync(string email) => Assert.Single(await LinksSentToAsync(email));

    private async Task<List<string>> LinksSentToAsync(string email)
    {
        var rows = await app.QueryAsync(db => db.Set<Notification>()
            .Where(n => n.Kind == ResumeEmail.Kind && n.RecipientEmail == email).OrderBy(n => n.Id).ToListAsync());
        Assert.All(rows, n => Assert.Equal(NotificationStatus.Pending, n.Status));
        return [.. rows.Select(n => Link().Match(n.TextBody!).Value)];
    }

    /// <summary>Presses "Continue where I stopped" (the antiforgery token is the client's, from any page that has one).</summary>
    private static async Task<HttpResponseMessage> PostResumeAsync(HttpClient client, string token)
    {
        var antiforgery = Forms.TokenIn(await client.GetStringAsync(new Uri("/Training", UriKind.Relative)));
        return await client.PostAsync(new Uri("/Training/Resume", UriKind.Relative), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Token"] = token, ["__RequestVerificationToken"] = antiforgery,
        }));
    }

    /// <summary>What the page's script does with the link's fragment: posts it to the page, which says what the link would give.</summary>
    private static async Task<HttpResponseMessage> OpenAsync(HttpClient client, string token)
    {
        var page = await client.GetStringAsync(new Uri("/Training/Resume", UriKind.Relative));
        Assert.Contains("data-link-token", page, StringComparison.Ordinal);
        return await client.PostAsync(new Uri("/Training/Resume?handler=Open", UriKind.Relative), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Token"] = token, ["__RequestVerificationToken"] = Forms.TokenIn(page),
        }));
    }

    private static string Token(string link) => link[(link.IndexOf('#', StringComparison.Ordinal) + 1)..];

    private static JsonElement RestoredState(string page)
    {
        var json = Regex.Match(page, "<script type=\"application/json\" id=\"training-restored-state\">(.*?)</script>", RegexOptions.Singleline);
        Assert.True(json.Success, "The page restored no state.");
        return JsonDocument.Parse(json.Groups[1].Value).RootElement;
    }

    [GeneratedRegex(@"http://\S+/Training/Resume#\S+", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Link();
}

public sealed class ResumeLinkTests_Sqlite(SqliteApp app) : ResumeLinkTests<SqliteApp>(app), IClassFixture<SqliteApp>;

[Trait("Tier", "Postgres")]
public sealed class ResumeLinkTests_Postgres(PostgresApp app) : ResumeLinkTests<PostgresApp>(app), IClassFixture<PostgresApp>;
