using System.Net;
using System.Net.Http.Json;
using CarePortal.Web.Features.Champions;
using CarePortal.Web.Features.Churches;
using CarePortal.Web.Features.Organisations;
using CarePortal.Web.Features.Requests;
using CarePortal.Web.Tests.Features.Accounts;
using CarePortal.Web.Tests.Features.Churches;
using CarePortal.Web.Tests.Features.Requests;
using Deque.AxeCore.Playwright;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using Xunit;

namespace CarePortal.Web.Tests.Browser;

/// <summary>
/// Champions and connecting churches in Chromium at phone width (375 px): a church opts in as a connecting church in its
/// settings; a business registers signed out; the platform admin approves it; the champion posts a standing offer (also at
/// 1280 px), which a caseworker composing nearby sees by the champion's kind alone and the request opened next matches; the champion offers to fund an item of that need (the no-cash note on the
/// page); the church's point person claims the offer, records the vendor and uploads the receipt; the champion sees which church took
/// it on, and the standing offer is down by what the church took. Nothing off the side of the phone, no axe-core violation of any impact.
/// </summary>
[Trait("Tier", "Browser")]
public sealed class ChampionsBrowserTests(SqliteApp app, Chromium chromium) : IClassFixture<SqliteApp>, IClassFixture<Chromium>
{
    private const int Phone = 375;
    private readonly Uri site = Kestrel.SiteOf(app);

    [Fact]
    public async Task A_business_champion_funds_an_item_on_a_phone_and_the_connecting_church_claims_it()
    {
        var churchName = $"Connecting Church {Guid.NewGuid().ToString("N")[..6]}";
        var pastorEmail = $"pastor.{Guid.NewGuid():N}@church.example";
        var onboarded = await (await ApiAsync(DemoPeople.PlatformAdmin)).PostAsJsonAsync("/api/churches",
            new ChurchInput(churchName, "37402", null, ["clothing"], pastorEmail, "Pat Pastor"), Json.Options);
        Assert.Equal(HttpStatusCode.Created, onboarded.StatusCode);
        var churchId = (await onboarded.Content.ReadFromJsonAsync<ChurchView>(Json.Options))!.Id;
        await AccountLinkMail.AcceptFromOutboxAsync(app, pastorEmail, DemoPeople.Password, Visitor());
        var pastor = await chromium.SignedInAsync(site, pastorEmail, Phone);
        await pastor.GotoAsync($"/Churches/Settings/{churchId}");
        await pastor.Locator("label[for='connecting']").ClickAsync();
        await pastor.ClickAsync("button:has-text('Save the settings')");
        await Assertions.Expect(pastor.Locator(".usa-alert--success")).ToContainTextAsync("Saved.");
        await Assertions.Expect(pastor.Locator("#connecting")).ToBeCheckedAsync();
        await AssertReadableAsync(pastor, "champions-connecting-settings-375");

        var tag = Guid.NewGuid().ToString("N")[..6];
        var email = $"hardware.{tag}@example.com";
        var visitor = await (await chromium.Browser.NewContextAsync(new() { BaseURL = site.ToString(), ViewportSize = new() { Width = Phone, Height = 900 } })).NewPageAsync();
        await visitor.GotoAsync("/Champions/Register");
        await AssertReadableAsync(visitor, "champions-register-375");
        await visitor.GetByLabel("Your name, or your organisation's").FillAsync($"Main Street Hardware {tag}");
        await visitor.Locator("label[for='kind-Business']").ClickAsync();
        await visitor.GetByLabel("Your ZIP code").FillAsync("37402");
        await visitor.GetByLabel("How far you will help, in miles").FillAsync("10");
        await visitor.GetByLabel("Contact's name").FillAsync("Dana Hardware");
        await visitor.GetByLabel("Contact's email").FillAsync(email);
        await visitor.GetByRole(AriaRole.Button, new() { Name = "Register" }).ClickAsync();
        await Assertions.Expect(visitor.Locator("#registered")).ToContainTextAsync("A platform admin reviews the registration");
        await AssertReadableAsync(visitor, "champions-registered-375");
        await visitor.Context.CloseAsync();
        await AccountLinkMail.AcceptFromOutboxAsync(app, email, DemoPeople.Password, Visitor());

        var admin = await chromium.SignedInAsync(site, DemoPeople.PlatformAdmin, Phone);
        await admin.GotoAsync("/Champions/Applications");
        await AssertReadableAsync(admin, "champions-applications-375");
        await admin.GetByRole(AriaRole.Button, new() { Name = $"Approve Main Street Hardware {tag}" }).ClickAsync();
        await Assertions.Expect(admin.Locator("#champion-done")).ToContainTextAsync("is approved");
        await admin.Context.CloseAsync();

        // The champion posts a standing offer first; the request that opens after it matches and tells them.
        var champion = await chromium.SignedInAsync(site, email, Phone);
        await champion.GotoAsync("/Champions");
        await champion.GetByRole(AriaRole.Link, new() { Name = "Post a standing offer" }).ClickAsync();
        await champion.GetByLabel("Need you offer to meet").SelectOptionAsync("clothing");
        await champion.GetByLabel("What you offer").FillAsync("Winter coats, children's sizes");
        await champion.GetByLabel("How many").FillAsync("4");
        await champion.GetByRole(AriaRole.Button, new() { Name = "Post the offer" }).ClickAsync();
        await Assertions.Expect(champion.Locator("#confirmation")).ToContainTextAsync("Posted: 4 × Winter coats, children's sizes");
        await Assertions.Expect(champion.Locator("#offer-list")).ToContainTextAsync("4 × Winter coats, children's sizes");
        await AssertReadableAsync(champion, "champions-standing-offers-375");
        await champion.SetViewportSizeAsync(1280, 900);
        await AssertReadableAsync(champion, "champions-standing-offers-1280");
        await champion.SetViewportSizeAsync(Phone, 900);

        // A caseworker composing a tier-1 request nearby sees the offer by the champion's kind alone; a tier-2 one matches no offer.
        var composer = await chromium.SignedInAsync(site, DemoPeople.Caseworker, Phone);
        await composer.GotoAsync("/Requests/Create");
        await composer.GetByLabel("Need", new() { Exact = true }).SelectOptionAsync("clothing");
        await composer.GetByLabel("ZIP code (never an address)").FillAsync("37402");
        var nearby = composer.Locator("#offers-nearby");
        await Assertions.Expect(nearby).ToContainTextAsync("A community partner (business) through a connecting church: 4 × Winter coats, children's sizes");
        Assert.DoesNotContain("Main Street Hardware", await nearby.InnerTextAsync(), StringComparison.Ordinal);
        await nearby.ScrollIntoViewIfNeededAsync();
        await AssertReadableAsync(composer, "champions-composer-offer-375");
        await composer.GetByLabel("Tier", new() { Exact = true }).SelectOptionAsync("2");
        await Assertions.Expect(nearby).ToBeHiddenAsync();
        await composer.Context.CloseAsync();
        var agency = await TestAgency.CreateAsync(app, ApprovalOption.None);
        var caseworker = new RequestsClient(await ApiAsync(agency.Caseworker));
        var draft = await caseworker.CreateAsync(RequestsClient.Draft(agency.CountyId) with { Zip = "37402", Items = [new ItemInput("Winter coat, size 8", 2, 45m)] });
        var request = await caseworker.SubmitAsync(draft.Id);
        var championId = await app.UserIdAsync(email);
        Assert.True(await app.QueryAsync(db => db.Notifications.AnyAsync(n => n.RecipientId == championId && n.Kind == "champion-offer-matched")));

        await champion.GotoAsync("/Champions");
        await Assertions.Expect(champion.Locator("#no-cash")).ToContainTextAsync("you pay a vendor directly");
        var need = champion.Locator($"article[aria-labelledby='need-{request.Id}']");
        await Assertions.Expect(need).ToContainTextAsync(Descriptions.Ready);
        await Assertions.Expect(need).ToContainTextAsync("Matches your offer Winter coats, children's sizes");
        Assert.DoesNotContain("37402", await need.InnerTextAsync(), StringComparison.Ordinal);
        await need.ScrollIntoViewIfNeededAsync();
        await AssertReadableAsync(champion, "champions-needs-375");
        await need.Locator("label:has-text('I pay a vendor for it')").ClickAsync();
        await need.GetByRole(AriaRole.Button, new() { Name = "Offer Winter coat, size 8" }).ClickAsync();
        await Assertions.Expect(champion.Locator("#confirmation")).ToContainTextAsync("went to the nearest connecting church");
        await Assertions.Expect(champion.Locator("#my-offers")).ToContainTextAsync("sent to the nearest connecting church");
        await AssertReadableAsync(champion, "champions-offered-375");

        var offer = await app.QueryAsync(db => db.Set<ChampionOffer>().Where(o => o.CareRequestId == request.Id).Select(o => new { o.Id, o.ChurchId }).SingleAsync());
        Assert.Equal(churchId, offer.ChurchId);
        await pastor.GotoAsync($"/Champions/Claim/{offer.Id}");
        await Assertions.Expect(pastor.Locator("#champion")).ToContainTextAsync(email);
        await AssertReadableAsync(pastor, "champions-claim-375");
        await pastor.GetByRole(AriaRole.Button, new() { Name = "Claim it as our answer" }).ClickAsync();
        await Assertions.Expect(pastor.Locator("#claimed")).ToBeVisibleAsync();
        await pastor.GetByLabel("Vendor the champion paid").FillAsync("Knox Outfitters");
        await pastor.GetByLabel("Amount paid, in dollars").FillAsync("89.90");
        await pastor.GetByLabel("Receipt number, or where it is filed").FillAsync("Receipt 20417");
        await pastor.Locator("#receipt-upload").SetInputFilesAsync(new FilePayload
        {
            Name = "receipt-20417.pdf", MimeType = "application/pdf", Buffer = "%PDF-1.7\n%%EOF\n"u8.ToArray(),
        });
        await pastor.GetByRole(AriaRole.Button, new() { Name = "Record the vendor and receipt" }).ClickAsync();
        await Assertions.Expect(pastor.Locator("#funding")).ToContainTextAsync("Knox Outfitters: $89.90, receipt Receipt 20417");
        await Assertions.Expect(pastor.Locator("#receipt-file")).ToContainTextAsync("receipt-20417.pdf");
        await AssertReadableAsync(pastor, "champions-recorded-375");
        await pastor.SetViewportSizeAsync(1280, 900);
        await AssertReadableAsync(pastor, "champions-recorded-1280");
        await pastor.Context.CloseAsync();

        // The caseworker finds the funded item and its receipt on the request's page, on a phone and on a desk.
        await ChurchPeople.GivePasswordAsync(app, agency.Caseworker, DemoPeople.Password);
        var writer = await chromium.SignedInAsync(site, agency.Caseworker, Phone);
        await writer.GotoAsync($"/Requests/Details/{request.Id}");
        await Assertions.Expect(writer.Locator("#funding")).ToContainTextAsync("paid to Knox Outfitters, $89.90, receipt Receipt 20417.");
        await Assertions.Expect(writer.Locator("#funding a")).ToHaveAttributeAsync("href", $"/api/champions/offers/{offer.Id}/receipt");
        await writer.Locator("#funding").ScrollIntoViewIfNeededAsync();
        await AssertReadableAsync(writer, "champions-request-funding-375");
        await writer.SetViewportSizeAsync(1280, 900);
        await AssertReadableAsync(writer, "champions-request-funding-1280");
        await writer.Context.CloseAsync();

        await champion.GotoAsync("/Champions");
        await Assertions.Expect(champion.Locator("#my-offers")).ToContainTextAsync($"{churchName} took it on");
        // The two coats the church took on came off the standing offer.
        await champion.GotoAsync("/Champions/StandingOffers");
        await Assertions.Expect(champion.Locator("#offer-list")).ToContainTextAsync("2 × Winter coats, children's sizes");
        await champion.Context.CloseAsync();
    }

    /// <summary>A client of the running site that keeps its cookies and follows no redirect, as a person following an emailed link.</summary>
    private HttpClient Visitor() => new(new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = new System.Net.CookieContainer() }) { BaseAddress = site };

    /// <summary>The API as this person, on the Kestrel port (the factory's own clients assume port 80 once Kestrel serves).</summary>
    private async Task<HttpClient> ApiAsync(string email)
    {
        var http = new HttpClient { BaseAddress = site };
        http.DefaultRequestHeaders.Authorization = (await app.ClientForAsync(email)).DefaultRequestHeaders.Authorization;
        return http;
    }

    private static async Task AssertReadableAsync(IPage page, string name)
    {
        Assert.True(await page.EvaluateAsync<bool>("document.documentElement.scrollWidth <= window.innerWidth"), $"{name} runs off the side");
        var violations = (await page.RunAxe()).Violations
            .Select(v => $"{v.Impact} {v.Id}: {v.Help} at {string.Join(" | ", v.Nodes.Select(n => n.Target?.ToString()))}");
        Assert.Empty(violations);
        var shot = Path.Combine(AppContext.BaseDirectory, "TestResults", "browser", $"{name}.png");
        Directory.CreateDirectory(Path.GetDirectoryName(shot)!);
        await page.ScreenshotAsync(new() { Path = shot, FullPage = true });
    }
}
