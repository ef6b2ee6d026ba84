using CarePortal.Web.Features.Organisations;
using CarePortal.Web.Tests.Features.Churches;
using CarePortal.Web.Tests.Features.Requests;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using Xunit;

namespace CarePortal.Web.Tests.Browser;

/// <summary>
/// The admin pages issue #16's last items change, in Chromium at phone (375 px) and desktop (1280 px) width: an agency paused
/// from /Platform and what its caseworker reads on their home; a county's "Change" opened in the agency's settings with a
/// refused name said beside it; an invitation waiting on the people page. Nothing runs off the side and axe-core finds no violation.
/// </summary>
[Trait("Tier", "Browser")]
public sealed class AdminPagesBrowserTests(SqliteApp app, Chromium chromium) : IClassFixture<SqliteApp>, IClassFixture<Chromium>
{
    private readonly Uri site = Kestrel.SiteOf(app);

    [Theory]
    [InlineData(375)]
    [InlineData(1280)]
    public async Task A_paused_agency_is_shown_to_the_platform_admin_and_to_its_caseworker(int width)
    {
        var agency = await TestAgency.CreateAsync(app, ApprovalOption.None);
        var name = await app.QueryAsync(db => db.Organisations.Where(o => o.Id == agency.CountyId).Select(o => o.Parent!.Parent!.Name).SingleAsync());
        await ChurchPeople.GivePasswordAsync(app, agency.Caseworker, DemoPeople.Password);
        var admin = await chromium.SignedInAsync(site, DemoPeople.PlatformAdmin, width);
        await admin.GotoAsync("/Platform");
        await admin.GetByRole(AriaRole.Button, new() { Name = $"Pause {name}" }).ClickAsync();
        await Assertions.Expect(admin.GetByRole(AriaRole.Status)).ToContainTextAsync($"{name} is paused");
        await Assertions.Expect(admin.GetByRole(AriaRole.Button, new() { Name = $"Reactivate {name}" })).ToBeVisibleAsync();
        await PlatformBrowserTests.CheckAsync(admin, width, "platform-paused");

        var caseworker = await chromium.SignedInAsync(site, agency.Caseworker, width);
        await caseworker.GotoAsync("/");
        await Assertions.Expect(caseworker.GetByRole(AriaRole.Heading, new() { Name = "Your agency is paused" })).ToBeVisibleAsync();
        await PlatformBrowserTests.CheckAsync(caseworker, width, "home-paused");

        await admin.GetByRole(AriaRole.Button, new() { Name = $"Reactivate {name}" }).ClickAsync();
        await Assertions.Expect(admin.GetByRole(AriaRole.Status)).ToContainTextAsync($"{name} is active again");
        await admin.Context.CloseAsync();
        await caseworker.Context.CloseAsync();
    }

    [Theory]
    [InlineData(375)]
    [InlineData(1280)]
    public async Task The_agency_admin_changes_a_county_and_sees_the_invitations_waiting(int width)
    {
        var page = await chromium.SignedInAsync(site, DemoPeople.AgencyAdmin, width);
        await page.GotoAsync("/Organisations/Settings");
        await page.Locator("summary", new() { HasText = "the county Williamson County" }).ClickAsync();
        var williamson = await app.QueryAsync(db => db.Organisations.Where(o => o.Name == "Williamson County").Select(o => o.Id).SingleAsync());
        await page.FillAsync($"#place-name-{williamson}", "Davidson County");
        await page.ClickAsync($"form:has(#place-name-{williamson}) button:has-text('Rename')");
        await Assertions.Expect(page.Locator($"#place-name-{williamson}-error")).ToContainTextAsync("The agency has a county named Davidson County already.");
        await PlatformBrowserTests.CheckAsync(page, width, "settings-place-refused");

        await page.ClickAsync("button:has-text('Remove the county Williamson County')");
        await Assertions.Expect(page.Locator($"#place-remove-{williamson}-error")).ToContainTextAsync("cannot be removed");
        await PlatformBrowserTests.CheckAsync(page, width, "settings-place-in-use");

        var email = $"waiting.{width}@dcs.example";
        await page.GotoAsync("/People");
        await page.GetByLabel("Email", new() { Exact = true }).FillAsync(email);
        await page.GetByLabel("Name", new() { Exact = true }).FillAsync("Wren Waiting");
        await page.GetByLabel("Role", new() { Exact = true }).SelectOptionAsync("caseworker");
        await page.Locator("label", new() { HasTextRegex = new System.Text.RegularExpressions.Regex("^Knox County Office$") }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Send the invitation" }).ClickAsync();
        await Assertions.Expect(page.Locator(".pending-invitations")).ToContainTextAsync(email);
        await PlatformBrowserTests.CheckAsync(page, width, "people-pending");
        await page.Context.CloseAsync();
    }
}
