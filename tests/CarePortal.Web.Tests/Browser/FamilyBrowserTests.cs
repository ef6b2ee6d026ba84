using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using Xunit;

namespace CarePortal.Web.Tests.Browser;

/// <summary>
/// The family's say in Chromium at phone (375 px) and desktop (1280 px) width, in Spanish and English: the caseworker asks with
/// the family's consent, the family opens the texted link (its token in the fragment), answers a question it missed beside the
/// question, and is thanked; the link, opened again, says it was used. Nothing runs off the side; axe-core finds no violation.
/// </summary>
[Trait("Tier", "Browser")]
public sealed class FamilyBrowserTests(SqliteApp app, Chromium chromium) : IClassFixture<SqliteApp>, IClassFixture<Chromium>
{
    private readonly Uri site = Kestrel.SiteOf(app);

    [Theory]
    [InlineData(375, "es")]
    [InlineData(1280, "es")]
    [InlineData(375, "en")]
    [InlineData(1280, "en")]
    public async Task The_caseworker_asks_and_the_family_answers_in_their_language(int width, string language)
    {
        var id = await Features.Family.FamilyClient.ClosedRequestAsync(app, site: site);
        var page = await chromium.SignedInAsync(site, DemoPeople.Caseworker, width);
        await page.GotoAsync($"/Requests/Details/{id}");
        await page.GetByRole(AriaRole.Link, new() { Name = "Ask the family how the help was" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Ask the family how the help was", Level = 1 })).ToBeVisibleAsync();
        await page.Locator("label[for=channel-text]").ClickAsync();
        await page.GetByLabel("The family's mobile number (for a text message)").FillAsync("(615) 555-0150");
        await page.GetByLabel("The family's language").SelectOptionAsync(language);
        await page.GetByRole(AriaRole.Button, new() { Name = "Send the link" }).ClickAsync();
        await Assertions.Expect(page.Locator("#consent-error")).ToBeVisibleAsync();
        await CheckAsync(page, width, $"family-ask-error-{language}");
        await page.Locator("label[for=consent]").ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Send the link" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status).First).ToContainTextAsync("The link is on its way to the family by text message");
        await page.Context.CloseAsync();

        var (_, token) = await Features.Family.FamilyClient.TextedTokenAsync(app, id);
        var context = await chromium.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = site.ToString(), ViewportSize = new ViewportSize { Width = width, Height = 900 } });
        context.SetDefaultTimeout(30_000);
        var family = await context.NewPageAsync();
        await family.GotoAsync($"/Family/Answer?culture={language}#{token}");
        var es = language == "es";
        await Assertions.Expect(family.GetByRole(AriaRole.Group, new() { Name = es ? "¿Llegó la ayuda?" : "Did the help arrive?" })).ToBeVisibleAsync();
        Assert.DoesNotContain(token, family.Url, StringComparison.Ordinal);
        Assert.Equal(language, await family.GetAttributeAsync("html", "lang"));
        await CheckAsync(family, width, $"family-answer-{language}");

        await family.Locator("label[for=arrived-yes]").ClickAsync();
        await family.Locator("label[for=rating-5]").ClickAsync();
        await family.GetByRole(AriaRole.Button, new() { Name = es ? "Enviar mis respuestas" : "Send my answers" }).ClickAsync();
        await Assertions.Expect(family.Locator("#family-errors")).ToContainTextAsync(es ? "Diga si le gustaría conocer" : "Say whether you would like to meet");
        await CheckAsync(family, width, $"family-answer-error-{language}");
        await family.Locator("label[for=meet-yes]").ClickAsync();
        await family.GetByLabel(es ? "Cuéntenos en una frase (puede dejarlo en blanco)" : "Tell us in a sentence (you can leave this empty)").FillAsync(es ? "Llegó la cuna. ¡Gracias!" : "The crib came. Thank you!");
        await family.GetByRole(AriaRole.Button, new() { Name = es ? "Enviar mis respuestas" : "Send my answers" }).ClickAsync();
        await Assertions.Expect(family.Locator("#family-done")).ToContainTextAsync(es ? "Gracias." : "Thank you.");
        await CheckAsync(family, width, $"family-thanks-{language}");

        // Opened again from the message (a new load, not a jump within the page).
        await family.GotoAsync("about:blank");
        await family.GotoAsync($"/Family/Answer?culture={language}#{token}");
        await Assertions.Expect(family.Locator("#family-problem")).ToContainTextAsync(es ? "Usted ya respondió." : "You have answered already.");
        await CheckAsync(family, width, $"family-used-{language}");
        await context.CloseAsync();
    }

    private static async Task CheckAsync(IPage page, int width, string name)
    {
        Assert.True(await page.EvaluateAsync<bool>("document.documentElement.scrollWidth <= window.innerWidth"), $"{name} runs off the side at {width} px");
        var violations = (await page.RunAxe()).Violations.Select(v => $"{v.Impact} {v.Id}: {v.Help} at {string.Join(" | ", v.Nodes.Select(n => n.Target?.ToString()))}");
        Assert.Empty(violations);
        var shot = Path.Combine(AppContext.BaseDirectory, "TestResults", "browser", $"{name}-{width}.png");
        Directory.CreateDirectory(Path.GetDirectoryName(shot)!);
        await page.ScreenshotAsync(new() { Path = shot, FullPage = true });
    }
}
