using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using Xunit;

namespace CarePortal.Web.Tests.Browser;

/// <summary>
/// The needs leader's journey in Chromium at phone width (375 px), then the same pages at 1280 px: from the header to the
/// church's needs, posting one whose description names a child (the reviewer's finding shown, the text kept), fixing it,
/// posting, reading the private note. No page runs off the side and axe-core finds no violation of any impact.
/// </summary>
[Trait("Tier", "Browser")]
public sealed class ChurchNeedsBrowserTests(SqliteApp app, Chromium chromium) : IClassFixture<SqliteApp>, IClassFixture<Chromium>
{
    private const string Named = "Grandma is caring for Aaliyah and her brother Jamal, who need coats in girls size 7 and boys size 10. Grandma works hard.";
    private const string Fixed = "Grandma is caring for her granddaughter and grandson, who need coats in girls size 7 and boys size 10. Grandma works hard and would love to meet the church that helps.";

    private readonly Uri site = Kestrel.SiteOf(app);

    [Fact]
    public async Task The_needs_leader_posts_a_church_need_on_a_phone_with_no_axe_violation()
    {
        var page = await chromium.SignedInAsync(site, DemoPeople.NeedsLeader, 375);
        await page.GotoAsync("/");
        await page.GetByRole(AriaRole.Button, new() { Name = "Menu" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Church needs" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Needs Grace Church Knoxville knows of");
        await AssertReadableAsync(page, "list-375");

        var post = await page.GetByRole(AriaRole.Link, new() { Name = "Post a need" }).GetAttributeAsync("href");
        await page.GetByRole(AriaRole.Link, new() { Name = "Post a need" }).ClickAsync();
        await AssertReadableAsync(page, "post-375");
        await page.SelectOptionAsync("#need", "clothing");
        await page.GetByLabel("How many (items, meals, hours)").FillAsync("2");
        await page.GetByLabel("What is needed, as your church's people will read it").FillAsync(Named);
        await page.GetByLabel("Private note (optional)").FillAsync("The family lives behind the blue church van; call Ms. Rivera first.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Post the need" }).ClickAsync();
        await Assertions.Expect(page.Locator("#findings")).ToContainTextAsync("Aaliyah");
        await Assertions.Expect(page.GetByLabel("What is needed, as your church's people will read it")).ToHaveValueAsync(Named);
        await AssertReadableAsync(page, "post-blocked-375");

        await page.GetByLabel("What is needed, as your church's people will read it").FillAsync(Fixed);
        await page.GetByRole(AriaRole.Button, new() { Name = "Post the need" }).ClickAsync();
        await Assertions.Expect(page.Locator("#confirmation")).ToContainTextAsync("The need is posted");
        await Assertions.Expect(page.Locator("#need-description")).ToHaveTextAsync(Fixed);
        await AssertReadableAsync(page, "need-375");
        await page.GetByRole(AriaRole.Link, new() { Name = "Show the private note" }).ClickAsync();
        await Assertions.Expect(page.Locator("#private-note")).ToContainTextAsync("Ms. Rivera");
        await AssertReadableAsync(page, "note-375");
        var need = page.Url;
        await page.Context.CloseAsync();

        var wide = await chromium.SignedInAsync(site, DemoPeople.NeedsLeader, 1280);
        foreach (var (path, name) in new[] { ("/ChurchNeeds", "list-1280"), (post!, "post-1280"), (need, "need-1280") })
        {
            await wide.GotoAsync(path);
            await AssertReadableAsync(wide, name);
        }

        await wide.Context.CloseAsync();
        foreach (var width in new[] { 375, 1280 })
        {
            var pastor = await chromium.SignedInAsync(site, DemoPeople.PointPerson, width);
            await pastor.GotoAsync("/ChurchNeeds/Leaders");
            await Assertions.Expect(pastor.Locator("#needs-leaders")).ToContainTextAsync("Nora Needs");
            await AssertReadableAsync(pastor, $"leaders-{width}");
            await pastor.Context.CloseAsync();
        }
    }

    private static async Task AssertReadableAsync(IPage page, string name)
    {
        Assert.True(await page.EvaluateAsync<bool>("document.documentElement.scrollWidth <= window.innerWidth"), $"{name} runs off the side");
        var violations = (await page.RunAxe()).Violations.Select(v => $"{v.Impact} {v.Id}: {v.Help} at {string.Join(" | ", v.Nodes.Select(n => n.Target?.ToString()))}");
        Assert.Empty(violations);
        var shot = Path.Combine(AppContext.BaseDirectory, "TestResults", "browser", $"church-needs-{name}.png");
        Directory.CreateDirectory(Path.GetDirectoryName(shot)!);
        await page.ScreenshotAsync(new() { Path = shot, FullPage = true });
    }
}
