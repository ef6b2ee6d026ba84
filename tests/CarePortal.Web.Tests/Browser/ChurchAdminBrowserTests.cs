using Microsoft.Playwright;
using Xunit;

namespace CarePortal.Web.Tests.Browser;

/// <summary>
/// The church point person's journey in Chromium at phone (375 px) and desktop (1280 px) width: from the home to the
/// church's settings (a refused ZIP said beside its field, then saved), an invitation, a team and its leader, the profile,
/// and the feed filtered by need; nothing runs off the side and axe-core finds no violation on any page.
/// </summary>
[Trait("Tier", "Browser")]
public sealed class ChurchAdminBrowserTests(SqliteApp app, Chromium chromium) : IClassFixture<SqliteApp>, IClassFixture<Chromium>
{
    private readonly Uri site = Kestrel.SiteOf(app);

    [Fact]
    public async Task Point_person_runs_the_church_from_the_home_on_a_phone_and_a_desktop()
    {
        foreach (var width in new[] { 375, 1280 })
        {
            var page = await chromium.SignedInAsync(site, DemoPeople.PointPerson, width);
            await page.GotoAsync("/");
            await PlatformBrowserTests.CheckAsync(page, width, "church-home");
            await page.ClickAsync("a:has-text('Settings: needs, radius')");
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Settings of Grace Church Knoxville", Level = 1 })).ToBeVisibleAsync();

            await page.FillAsync("#zip", "1");
            await page.ClickAsync("button:has-text('Save the settings')");
            await Assertions.Expect(page.Locator("#zip-error")).ToContainTextAsync("five-digit ZIP");
            await PlatformBrowserTests.CheckAsync(page, width, "church-settings-refused");
            await page.FillAsync("#zip", "37917");
            await page.FillAsync("#address", $"{width} Broadway, Knoxville");
            await page.SelectOptionAsync("#time-zone", "America/New_York");
            await page.ClickAsync("button:has-text('Save the settings')");
            await Assertions.Expect(page.Locator(".usa-alert--success")).ToContainTextAsync("Saved.");
            await PlatformBrowserTests.CheckAsync(page, width, "church-settings-saved");

            await page.ClickAsync("nav[aria-label='Your church'] >> text=Members");
            await page.FillAsync("#invite-name", $"Helper {width}");
            await page.FillAsync("#invite-email", $"helper.{width}@church.example");
            await page.ClickAsync("button:has-text('Send the invitation')");
            await Assertions.Expect(page.Locator(".usa-alert--success")).ToContainTextAsync($"helper.{width}@church.example");
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Invited, not yet accepted" })).ToBeVisibleAsync();
            await PlatformBrowserTests.CheckAsync(page, width, "church-members");

            await page.ClickAsync("nav[aria-label='Your church'] >> text=Teams");
            await page.FillAsync("#team-name", $"Closet {width}");
            await page.ClickAsync("button:has-text('Add the team')");
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = $"Closet {width}" })).ToBeVisibleAsync();
            await PlatformBrowserTests.CheckAsync(page, width, "church-teams");

            await page.ClickAsync("nav[aria-label='Your church'] >> text=Profile");
            await page.FillAsync("#about", "We run a clothing closet on Saturdays.");
            await page.ClickAsync("button:has-text('Save the profile')");
            await Assertions.Expect(page.Locator(".usa-intro")).ToContainTextAsync("clothing closet");
            await PlatformBrowserTests.CheckAsync(page, width, "church-profile");

            await page.GotoAsync("/Churches/Feed");
            if (width < 640)
            {
                // Folded on a phone, so the first request shows on the first screen.
                await Assertions.Expect(page.Locator("#filter-need")).ToBeHiddenAsync();
                await page.ClickAsync("#feed-filter summary");
            }

            await page.SelectOptionAsync("#filter-need", "bed");
            await page.SelectOptionAsync("#filter-sort", "nearest");
            await page.ClickAsync("button:has-text('Show requests')");
            Assert.Contains("need=bed", page.Url, StringComparison.Ordinal);
            await Assertions.Expect(page.Locator("#filter-need")).ToHaveValueAsync("bed");
            await PlatformBrowserTests.CheckAsync(page, width, "church-feed-filtered");
            await page.Context.CloseAsync();
        }
    }
}
