using Deque.AxeCore.Playwright;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using Xunit;

namespace CarePortal.Web.Tests.Browser;

/// <summary>
/// Standing offers in Chromium at phone width (375 px): a church's point person posts an offer on a phone; a caseworker writing
/// a request for the same need near the church sees it beside the form (the church's name and the offer, nothing more). No
/// axe-core violation of any impact on either page, and nothing off the side of the phone.
/// </summary>
[Trait("Tier", "Browser")]
public sealed class OffersBrowserTests(SqliteApp app, Chromium chromium) : IClassFixture<SqliteApp>, IClassFixture<Chromium>
{
    private readonly Uri site = Kestrel.SiteOf(app);

    [Fact]
    public async Task A_church_posts_an_offer_on_a_phone_and_the_caseworker_composing_nearby_sees_it()
    {
        var church = await app.QueryAsync(db => db.Churches.Where(c => db.Memberships.Any(m => m.OrganisationId == c.Id && m.User!.Email == DemoPeople.PointPerson))
            .Select(c => new { c.Zip, c.Organisation!.Name }).FirstAsync());

        var pastor = await chromium.SignedInAsync(site, DemoPeople.PointPerson, 375);
        await pastor.GotoAsync("/Offers");
        await pastor.GetByLabel("Need you offer to meet").SelectOptionAsync("clothing");
        await pastor.GetByLabel("What you offer").FillAsync("Winter coats, children's sizes");
        await pastor.GetByLabel("How many").FillAsync("4");
        await pastor.GetByRole(AriaRole.Button, new() { Name = "Post the offer" }).ClickAsync();
        await Assertions.Expect(pastor.Locator("#offer-list")).ToContainTextAsync("4 × Winter coats, children's sizes");
        await AssertReadableAsync(pastor, "offers-375");
        await pastor.Context.CloseAsync();

        var caseworker = await chromium.SignedInAsync(site, DemoPeople.Caseworker, 375);
        await caseworker.GotoAsync("/Requests/Create");
        await caseworker.GetByLabel("Need", new() { Exact = true }).SelectOptionAsync("clothing");
        await caseworker.GetByLabel("ZIP code (never an address)").FillAsync(church.Zip[..5]);
        var offers = caseworker.Locator("#offers-nearby");
        await Assertions.Expect(offers).ToBeVisibleAsync();
        await Assertions.Expect(offers).ToContainTextAsync($"{church.Name}: 4 × Winter coats, children's sizes");
        Assert.DoesNotContain("@", await offers.InnerTextAsync(), StringComparison.Ordinal);
        await offers.ScrollIntoViewIfNeededAsync();
        await AssertReadableAsync(caseworker, "composer-offers-375");
        await caseworker.GetByLabel("Need", new() { Exact = true }).SelectOptionAsync("bed");
        await Assertions.Expect(offers).ToBeHiddenAsync();
        await caseworker.Context.CloseAsync();
    }

    private static async Task AssertReadableAsync(IPage page, string name)
    {
        Assert.True(await page.EvaluateAsync<bool>("document.documentElement.scrollWidth <= window.innerWidth"), $"{name} runs off the side");
        var violations = (await page.RunAxe()).Violations.Select(v => $"{v.Impact} {v.Id}: {v.Help} at {string.Join(" | ", v.Nodes.Select(n => n.Target?.ToString()))}");
        Assert.Empty(violations);
        var shot = Path.Combine(AppContext.BaseDirectory, "TestResults", "browser", $"{name}.png");
        Directory.CreateDirectory(Path.GetDirectoryName(shot)!);
        await page.ScreenshotAsync(new() { Path = shot, FullPage = true });
    }
}
