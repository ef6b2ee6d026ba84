using CarePortal.Web.Features.CoworkerReads;
using CarePortal.Web.Tests.Features.Requests;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using Xunit;

namespace CarePortal.Web.Tests.Browser;

/// <summary>The coworker-read queue in Debian's Chromium: axe-core finds nothing serious, and the keyboard alone marks a draft read.</summary>
[Trait("Tier", "Browser")]
public abstract class CoworkerReadBrowserTests<TApp>(TApp app, Chromium chromium) where TApp : CarePortalApp
{
    // Started before anything else touches the app: Kestrel must be chosen before the host is built.
    private readonly Uri site = Kestrel.SiteOf(app);

    [Fact]
    public async Task Coworker_reads_the_queue_and_marks_a_draft_read_with_a_note_by_keyboard_and_the_page_is_axe_clean()
    {
        var http = new HttpClient { BaseAddress = site };
        http.DefaultRequestHeaders.Authorization = (await app.ClientForAsync(DemoPeople.Caseworker)).DefaultRequestHeaders.Authorization;
        var caseworker = new RequestsClient(http);
        var draft = await caseworker.CreateAsync(RequestsClient.Draft(await DemoPlaces.CountyIdAsync(app, "Knox County"),
            description: "Mom is doing great on her TTV plan. Her 8-year-old daughter needs a warm winter coat, size 8."));
        var asked = await caseworker.PostAsync($"/api/requests/{draft.Id}/coworker-reads", new AskInput(await app.UserIdAsync(DemoPeople.Caseworker2)));
        Assert.True(asked.IsSuccessStatusCode, await asked.Content.ReadAsStringAsync());

        var page = await chromium.SignedInAsync(site, DemoPeople.Caseworker2);
        await page.GotoAsync("/CoworkerReads");
        var article = page.Locator("article.coworker-read").Filter(new() { HasText = $"Request {draft.Id}:" });
        await Assertions.Expect(article).ToContainTextAsync("What the reviewer finds");
        await Assertions.Expect(article.Locator(".finding-warning").First).ToContainTextAsync("TTV");
        Assert.Empty(await Chromium.SeriousViolationsAsync(page));

        // Keyboard alone: tab to this draft's note, type, tab to its button, press Enter.
        var note = article.GetByLabel("Note to", new() { Exact = false });
        for (var i = 0; i < 80 && !await note.EvaluateAsync<bool>("e => e === document.activeElement"); i++)
        {
            await page.Keyboard.PressAsync("Tab");
        }

        Assert.True(await note.EvaluateAsync<bool>("e => e === document.activeElement"), "the note field was never reached with Tab");
        await page.Keyboard.TypeAsync("Say the school's name, not the street.");
        await page.Keyboard.PressAsync("Tab");
        await Assertions.Expect(page.Locator(":focus")).ToHaveTextAsync($"Mark request {draft.Id} read");
        await page.Keyboard.PressAsync("Enter");

        await Assertions.Expect(page.Locator("#confirmation")).ToContainTextAsync($"Marked request {draft.Id} read");
        await Assertions.Expect(page.Locator("#confirmation")).ToBeFocusedAsync();
        Assert.Empty(await Chromium.SeriousViolationsAsync(page));
        var saved = await app.QueryAsync(db => db.Set<CoworkerRead>().Where(r => r.CareRequestId == draft.Id).Select(r => new { r.Note, r.ReadAt }).SingleAsync());
        Assert.Equal("Say the school's name, not the street.", saved.Note);
        Assert.NotNull(saved.ReadAt);

        // The caseworker sees the note on their own page.
        var writer = await chromium.SignedInAsync(site, DemoPeople.Caseworker);
        await writer.GotoAsync("/CoworkerReads");
        await Assertions.Expect(writer.Locator("table")).ToContainTextAsync("Say the school's name, not the street.");
        Assert.Empty(await Chromium.SeriousViolationsAsync(writer));
    }
}

public sealed class CoworkerReadBrowserTests_Sqlite(SqliteApp app, Chromium chromium)
    : CoworkerReadBrowserTests<SqliteApp>(app, chromium), IClassFixture<SqliteApp>, IClassFixture<Chromium>;

[Trait("Tier", "Postgres")]
public sealed class CoworkerReadBrowserTests_Postgres(PostgresApp app, Chromium chromium)
    : CoworkerReadBrowserTests<PostgresApp>(app, chromium), IClassFixture<PostgresApp>, IClassFixture<Chromium>;
