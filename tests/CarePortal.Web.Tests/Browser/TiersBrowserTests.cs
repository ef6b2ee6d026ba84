using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using Xunit;

namespace CarePortal.Web.Tests.Browser;

/// <summary>
/// The agency admin's tiers in Chromium at phone width (375 px), then at 1280 px: from the agency settings to the tier-2
/// approvals, approving a church responder by email (a refused end day said beside its field first), withdrawing it, and
/// setting the information contact that tier-3 requests go to. No page runs off the side; axe-core finds no violation.
/// </summary>
[Trait("Tier", "Browser")]
public sealed class TiersBrowserTests(SqliteApp app, Chromium chromium) : IClassFixture<SqliteApp>, IClassFixture<Chromium>
{
    private readonly Uri site = Kestrel.SiteOf(app);

    [Fact]
    public async Task The_agency_admin_approves_and_withdraws_a_responder_and_sets_the_information_contact_on_a_phone()
    {
        var today = DateOnly.FromDateTime(app.Clock.GetUtcNow().UtcDateTime);
        var page = await chromium.SignedInAsync(site, DemoPeople.AgencyAdmin, 375);
        await page.GotoAsync("/Organisations/Settings");
        await page.GetByLabel("Name", new() { Exact = true }).FillAsync("Fran Foster");
        await page.GetByLabel("Email address").FillAsync("foster.info@dcs.example");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save the information contact" }).ClickAsync();
        await Assertions.Expect(page.Locator("#settings-saved")).ToContainTextAsync("tier-3 requests go to Fran Foster (foster.info@dcs.example)");
        await AssertReadableAsync(page, "settings-375");

        await page.GetByRole(AriaRole.Link, new() { Name = "Tier-2 approvals", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Tier-2 approvals of");
        await AssertReadableAsync(page, "approvals-empty-375");
        await page.GetByLabel("Email of the church person").FillAsync(DemoPeople.Responder);
        await page.GetByLabel("Day of the background check").FillAsync(today.AddDays(-7).ToString("yyyy-MM-dd"));
        await page.GetByLabel("Day the approval ends").FillAsync(today.AddDays(-1).ToString("yyyy-MM-dd"));
        await page.GetByRole(AriaRole.Button, new() { Name = "Approve" }).ClickAsync();
        await Assertions.Expect(page.Locator("#approval-expires-on-error")).ToContainTextAsync("after today");
        await Assertions.Expect(page.GetByLabel("Email of the church person")).ToHaveValueAsync(DemoPeople.Responder);
        await AssertReadableAsync(page, "approvals-refused-375");

        await page.GetByLabel("Day the approval ends").FillAsync(today.AddYears(1).ToString("yyyy-MM-dd"));
        await page.GetByRole(AriaRole.Button, new() { Name = "Approve" }).ClickAsync();
        await Assertions.Expect(page.Locator("#confirmation")).ToContainTextAsync("is approved for tier-2 requests");
        await Assertions.Expect(page.Locator("#approvals")).ToContainTextAsync(DemoPeople.Responder);
        await Assertions.Expect(page.Locator("#approvals")).ToContainTextAsync("current");
        await AssertReadableAsync(page, "approvals-375");
        await page.GetByRole(AriaRole.Button, new() { Name = "Withdraw" }).ClickAsync();
        await Assertions.Expect(page.Locator("#confirmation")).ToContainTextAsync("Withdrawn");
        await Assertions.Expect(page.Locator("#approvals")).ToContainTextAsync("withdrawn");
        var approvals = page.Url;
        await page.Context.CloseAsync();

        var wide = await chromium.SignedInAsync(site, DemoPeople.AgencyAdmin, 1280);
        foreach (var (path, name) in new[] { ("/Organisations/Settings", "settings-1280"), (approvals, "approvals-1280") })
        {
            await wide.GotoAsync(path);
            await AssertReadableAsync(wide, name);
        }

        await wide.Context.CloseAsync();
    }

    private static async Task AssertReadableAsync(IPage page, string name)
    {
        Assert.True(await page.EvaluateAsync<bool>("document.documentElement.scrollWidth <= window.innerWidth"), $"{name} runs off the side");
        var violations = (await page.RunAxe()).Violations.Select(v => $"{v.Impact} {v.Id}: {v.Help} at {string.Join(" | ", v.Nodes.Select(n => n.Target?.ToString()))}");
        Assert.Empty(violations);
        var shot = Path.Combine(AppContext.BaseDirectory, "TestResults", "browser", $"tiers-{name}.png");
        Directory.CreateDirectory(Path.GetDirectoryName(shot)!);
        await page.ScreenshotAsync(new() { Path = shot, FullPage = true });
    }
}
