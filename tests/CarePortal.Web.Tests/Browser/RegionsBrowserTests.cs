using Microsoft.Playwright;
using Xunit;

namespace CarePortal.Web.Tests.Browser;

/// <summary>
/// The regional manager's journey in Chromium at phone (375 px) and desktop (1280 px) width: from the header to the county
/// reach page, a value out of range said beside its county, then saved; nothing runs off the side and axe-core finds no violation.
/// </summary>
[Trait("Tier", "Browser")]
public sealed class RegionsBrowserTests(SqliteApp app, Chromium chromium) : IClassFixture<SqliteApp>, IClassFixture<Chromium>
{
    private readonly Uri site = Kestrel.SiteOf(app);

    [Theory]
    [InlineData(375)]
    [InlineData(1280)]
    public async Task The_regional_manager_sets_a_countys_reach_from_the_header(int width)
    {
        var knox = await app.QueryAsync(db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.SingleAsync(db.Organisations.Where(o => o.Name == "Knox County").Select(o => o.Id)));
        var page = await chromium.SignedInAsync(site, DemoPeople.RegionalManager, width);
        await page.GotoAsync("/");
        if (await page.Locator(".usa-menu-btn").IsVisibleAsync())
        {
            await page.Locator(".usa-menu-btn").ClickAsync();
        }

        await page.ClickAsync("header a[href='/Regions'] >> visible=true");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "County reach", Level = 1 })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Group, new() { Name = "Knox County" })).ToBeVisibleAsync();
        await PlatformBrowserTests.CheckAsync(page, width, "regions");

        await page.FillAsync($"#radius-{knox}", "500");
        await page.ClickAsync("button:has-text('Save Knox County')");
        await Assertions.Expect(page.Locator($"#first-{knox}-error")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator($"#radius-{knox}")).ToHaveValueAsync("500");
        await PlatformBrowserTests.CheckAsync(page, width, "regions-refused");

        await page.FillAsync($"#radius-{knox}", "20");
        await page.FillAsync($"#churches-{knox}", "6");
        await page.ClickAsync("button:has-text('Save Knox County')");
        await Assertions.Expect(page.Locator("#reach-saved")).ToContainTextAsync("Knox County");
        await Assertions.Expect(page.Locator($"#radius-{knox}")).ToHaveValueAsync("20");
        await PlatformBrowserTests.CheckAsync(page, width, "regions-saved");
        await page.Context.CloseAsync();
    }
}
