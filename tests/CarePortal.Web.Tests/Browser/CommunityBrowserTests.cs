using CarePortal.Web.Features.Community;
using CarePortal.Web.Features.Requests;
using Deque.AxeCore.Playwright;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using Xunit;

namespace CarePortal.Web.Tests.Browser;

/// <summary>
/// The community's public pages in Chromium at phone (375 px) and desktop (1280 px) width, signed out: the shared request's
/// page, nothing off the side of a phone, no axe-core violation of any impact.
/// </summary>
[Trait("Tier", "Browser")]
public sealed class CommunityBrowserTests(SqliteApp app, Chromium chromium) : IClassFixture<SqliteApp>, IClassFixture<Chromium>
{
    private readonly Uri site = Kestrel.SiteOf(app);

    [Fact]
    public async Task The_shared_request_reads_on_a_phone_and_a_desktop_signed_out_with_no_axe_violation()
    {
        // The link as sharing makes it (the HTTP tests post the form); here only how its page reads matters.
        var token = Guid.NewGuid().ToString("N")[..22];
        var path = PublicLinkView.PathOf(token);
        await app.QueryAsync(async db =>
        {
            var request = await db.Requests.Where(r => r.State == RequestState.Open).OrderBy(r => r.Id).FirstAsync();
            db.Add(new PublicLink { CareRequestId = request.Id, Token = token, CreatedById = request.CaseworkerId, At = app.Clock.GetUtcNow() });
            return await db.SaveChangesAsync();
        });

        foreach (var width in new[] { 375, 1280 })
        {
            var page = await AnonymousAsync(width);
            await page.GotoAsync(path);
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "A family near you needs help", Level = 1 })).ToBeVisibleAsync();
            await AssertReadableAsync(page, $"shared-{width}");
            await page.Context.CloseAsync();
        }
    }

    [Fact]
    public async Task The_map_of_open_needs_reads_on_a_phone_and_a_desktop_signed_out_with_no_axe_violation()
    {
        foreach (var width in new[] { 375, 1280 })
        {
            var page = await AnonymousAsync(width);
            await page.GotoAsync("/PublicMap");
            await Assertions.Expect(page.Locator("#county-map")).ToBeVisibleAsync();
            await Assertions.Expect(page.Locator("#county-table")).ToBeVisibleAsync();
            await AssertReadableAsync(page, $"map-{width}");
            await page.GetByLabel("or a ZIP").FillAsync("37902");
            await page.GetByRole(AriaRole.Button, new() { Name = "Show" }).ClickAsync();
            await Assertions.Expect(page.Locator("#map-chosen")).ToContainTextAsync("Knox County");
            await AssertReadableAsync(page, $"map-zip-{width}");
            await page.Context.CloseAsync();
        }
    }

    [Fact]
    public async Task A_church_sees_prayer_and_follow_on_its_request_page_with_no_axe_violation()
    {
        foreach (var width in new[] { 375, 1280 })
        {
            var page = await chromium.SignedInAsync(site, DemoPeople.PointPerson, width);
            await page.GotoAsync("/Churches/Feed");
            await page.Locator("a[href^='/Churches/Request/']").First.ClickAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Prayer and followers" })).ToBeVisibleAsync();
            await AssertReadableAsync(page, $"church-{width}");
            await page.Context.CloseAsync();
        }
    }

    private async Task<IPage> AnonymousAsync(int width)
    {
        var context = await chromium.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = site.ToString(), ViewportSize = new ViewportSize { Width = width, Height = 900 } });
        context.SetDefaultTimeout(30_000);
        return await context.NewPageAsync();
    }

    private static async Task AssertReadableAsync(IPage page, string name)
    {
        Assert.True(await page.EvaluateAsync<bool>("document.documentElement.scrollWidth <= window.innerWidth"), $"{name} runs off the side");
        var violations = (await page.RunAxe()).Violations.Select(v => $"{v.Impact} {v.Id}: {v.Help} at {string.Join(" | ", v.Nodes.Select(n => n.Target?.ToString()))}");
        Assert.Empty(violations);
        var shot = Path.Combine(AppContext.BaseDirectory, "TestResults", "browser", $"community-{name}.png");
        Directory.CreateDirectory(Path.GetDirectoryName(shot)!);
        await page.ScreenshotAsync(new() { Path = shot, FullPage = true });
    }
}
