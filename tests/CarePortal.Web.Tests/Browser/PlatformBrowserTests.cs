using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using Xunit;

namespace CarePortal.Web.Tests.Browser;

/// <summary>
/// The platform admin's journey in Chromium at phone (375 px) and desktop (1280 px) width: from the home to the onboarding
/// form, refused input said beside its fields, an agency onboarded; nothing runs off the side and axe-core finds no violation.
/// </summary>
[Trait("Tier", "Browser")]
public sealed class PlatformBrowserTests(SqliteApp app, Chromium chromium) : IClassFixture<SqliteApp>, IClassFixture<Chromium>
{
    private readonly Uri site = Kestrel.SiteOf(app);

    [Fact]
    public async Task Platform_admin_onboards_an_agency_from_the_home_on_a_phone_and_a_desktop()
    {
        foreach (var width in new[] { 375, 1280 })
        {
            var page = await chromium.SignedInAsync(site, DemoPeople.PlatformAdmin, width);
            await page.GotoAsync("/");
            await page.ClickAsync("#home-onboard-agency");
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Onboard an agency", Level = 1 })).ToBeVisibleAsync();
            await CheckAsync(page, width, "onboard-empty");

            await page.FillAsync("#agency-name", $"Lakeside Family Services {width}");
            await page.FillAsync("#time-zone", "Central");
            await page.FillAsync("#row-0-region", "Lake Region");
            await page.FillAsync("#row-0-county", "Shore County");
            await page.FillAsync("#row-0-office", "Shore Office");
            await page.FillAsync("#row-0-zip", "37917");
            await page.FillAsync("#admin-name", "Lee Lakeside");
            await page.FillAsync("#admin-email", $"lee.{width}@lakeside.example");
            await page.ClickAsync("button:has-text('Onboard the agency')");
            await Assertions.Expect(page.Locator("#time-zone-error")).ToContainTextAsync("Choose the agency's time zone");
            await Assertions.Expect(page.Locator("#approval-error")).ToBeVisibleAsync();
            await Assertions.Expect(page.Locator("#row-0-office")).ToHaveValueAsync("Shore Office");
            await CheckAsync(page, width, "onboard-refused");

            await page.FillAsync("#time-zone", "America/Chicago");
            await page.ClickAsync("label[for=approval-NamedSupervisor]");
            await page.ClickAsync("button:has-text('Onboard the agency')");
            await Assertions.Expect(page.Locator("#onboarded")).ToContainTextAsync($"lee.{width}@lakeside.example");
            await CheckAsync(page, width, "onboard-done");

            await page.GotoAsync("/Platform");
            await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = $"Lakeside Family Services {width}" })).ToBeVisibleAsync();
            await CheckAsync(page, width, "platform-agencies");
            await page.Context.CloseAsync();
        }
    }

    [Fact]
    public async Task Platform_admin_decides_a_church_application_on_a_phone_and_a_desktop()
    {
        foreach (var width in new[] { 375, 1280 })
        {
            var name = $"Phone Chapel {width}";
            var applied = await app.CreateClient().PostAsync(new Uri("/api/churches/applications", UriKind.Relative), System.Net.Http.Json.JsonContent.Create(new
            {
                name, zip = "37917", needs = new[] { "bed" }, pointPersonEmail = $"chapel.{width}@church.example", pointPersonName = "Cam Chapel",
            }));
            Assert.Equal(System.Net.HttpStatusCode.Created, applied.StatusCode);
            var page = await chromium.SignedInAsync(site, DemoPeople.PlatformAdmin, width);
            await page.GotoAsync("/");
            await page.ClickAsync("a[href='/Platform/Churches'] >> visible=true");
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = name, Level = 3 })).ToBeVisibleAsync();
            await CheckAsync(page, width, "platform-churches");
            await page.ClickAsync($"button:has-text('Approve {name}')");
            await Assertions.Expect(page.Locator("#church-done")).ToContainTextAsync($"{name} is approved");
            await CheckAsync(page, width, "platform-churches-decided");
            await page.Context.CloseAsync();
        }
    }

    [Fact]
    public async Task Agency_admin_finds_the_settings_from_the_home_and_previews_the_reviewer_on_a_phone_and_a_desktop()
    {
        foreach (var width in new[] { 375, 1280 })
        {
            var page = await chromium.SignedInAsync(site, DemoPeople.AgencyAdmin, width);
            await page.GotoAsync("/");
            await page.ClickAsync("a[href='/Organisations/Settings'] >> visible=true");
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Settings of Department of Children's Services", Level = 1 })).ToBeVisibleAsync();
            await CheckAsync(page, width, "agency-settings");

            await page.FillAsync("#glossary", "{\"terms\": [");
            await page.ClickAsync("button:has-text('Save the glossary additions')");
            await Assertions.Expect(page.Locator("#glossary-error")).ToContainTextAsync("Your glossary");
            await CheckAsync(page, width, "agency-settings-refused");

            await page.FillAsync("#glossary", "{\"terms\": [{\"term\": \"bridge family\", \"replacement\": \"a family who helps for a while\", \"plain\": \"a volunteer family who helps for a few weeks\"}]}");
            await page.SelectOptionAsync("#sample-need", "bed");
            await page.FillAsync("#sample", "A bridge family says the mother needs a twin bed for her 6 year old son, who loves to read.");
            await page.ClickAsync("button:has-text('Preview the review')");
            await Assertions.Expect(page.Locator("#review-preview")).ToContainTextAsync("bridge family");
            await CheckAsync(page, width, "agency-settings-preview");
            await page.Context.CloseAsync();
        }
    }

    /// <summary>Nothing wider than the window, no axe violation of any impact, and a screenshot to look at.</summary>
    internal static async Task CheckAsync(IPage page, int width, string name)
    {
        Assert.True(await page.EvaluateAsync<bool>("document.documentElement.scrollWidth <= window.innerWidth"), $"{name} runs off the side at {width} px");
        var violations = (await page.RunAxe()).Violations.Select(v => $"{v.Impact} {v.Id}: {v.Help} at {string.Join(" | ", v.Nodes.Select(n => n.Target?.ToString()))}");
        Assert.Empty(violations);
        var shot = Path.Combine(AppContext.BaseDirectory, "TestResults", "browser", $"{name}-{width}.png");
        Directory.CreateDirectory(Path.GetDirectoryName(shot)!);
        await page.ScreenshotAsync(new() { Path = shot, FullPage = true });
    }
}
