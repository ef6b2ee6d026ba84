using System.Net.Http.Json;
using CarePortal.Web.Features.Churches;
using CarePortal.Web.Features.Organisations;
using CarePortal.Web.Features.Requests;
using CarePortal.Web.Tests.Features.Churches;
using CarePortal.Web.Tests.Features.Requests;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using Xunit;

namespace CarePortal.Web.Tests.Browser;

/// <summary>
/// On a phone (375 × 740) in Chromium: a point person sees a request on the feed and forwards it, a responder says
/// "Yes, I can help" for one item, the caseworker sees the response and replies; axe-core on the feed and the request page.
/// </summary>
[Trait("Tier", "Browser")]
public abstract class ChurchBrowserTests<TApp>(TApp app, Chromium chromium) where TApp : CarePortalApp
{
    // Started before anything else touches the app: Kestrel must be chosen before the host is built.
    private readonly Uri site = Kestrel.SiteOf(app);

    [Fact]
    public async Task Point_person_forwards_on_a_phone_a_responder_helps_with_one_item_and_the_caseworker_replies()
    {
        var (churchId, churchName, pastorEmail, responderEmail, caseworkerEmail, requestId) = await ArrangeAsync();

        // The point person: the feed, the request, forward to the responder.
        var pastor = await PhoneAsync(pastorEmail);
        await pastor.GotoAsync("/Churches/Feed");
        Assert.Empty(await Chromium.SeriousViolationsAsync(pastor));
        await pastor.GetByRole(AriaRole.Link, new() { Name = $"Request {requestId}: bed" }).ClickAsync();
        await Assertions.Expect(pastor.GetByRole(AriaRole.Heading, new() { Name = $"Request {requestId}: bed" })).ToBeVisibleAsync();
        await Assertions.Expect(pastor.Locator(".description")).ToContainTextAsync("twin bed");
        Assert.Empty(await Chromium.SeriousViolationsAsync(pastor));
        await pastor.GetByRole(AriaRole.Group, new() { Name = "Responders to ask" }).GetByLabel("Rae Responder").CheckAsync();
        await pastor.GetByRole(AriaRole.Button, new() { Name = "Forward the request" }).ClickAsync();
        await Assertions.Expect(pastor.GetByRole(AriaRole.Status)).ToHaveTextAsync("Forwarded to 1 responder.");
        await Assertions.Expect(pastor.Locator("#forward-heading + p")).ToHaveTextAsync("Forwarded to Rae Responder.");
        Assert.True(await app.QueryAsync(db => db.Notifications.AnyAsync(n => n.CareRequestId == requestId && n.Kind == "request-forwarded" && n.RecipientEmail == responderEmail)));

        // The responder, from the feed: how many of one item she can give.
        var responder = await PhoneAsync(responderEmail);
        await responder.GotoAsync("/Churches/Feed");
        await responder.GetByRole(AriaRole.Link, new() { Name = $"Request {requestId}: bed" }).ClickAsync();
        await responder.GetByLabel("How many of Twin bed frame you can give").FillAsync("1");
        await responder.GetByLabel("Message to the caseworker").FillAsync("I can bring the bed frame on Saturday.");
        await responder.GetByRole(AriaRole.Button, new() { Name = "Yes, I can give the numbers I chose" }).ClickAsync();
        await Assertions.Expect(responder.GetByRole(AriaRole.Status)).ToContainTextAsync("your church gives 1 × Twin bed frame");
        await Assertions.Expect(responder.Locator(".items li").First).ToContainTextAsync("Your church is meeting this");
        await Assertions.Expect(responder.Locator(".items li").Nth(1).GetByRole(AriaRole.Spinbutton)).ToBeVisibleAsync();
        Assert.Empty(await Chromium.SeriousViolationsAsync(responder));
        var screenshot = Path.Combine(AppContext.BaseDirectory, "TestResults", "browser", $"church-request-{app.ProviderName}.png");
        Directory.CreateDirectory(Path.GetDirectoryName(screenshot)!);
        await responder.ScreenshotAsync(new() { Path = screenshot, FullPage = true });
        Console.WriteLine($"Church request screenshot: {screenshot}");

        // The caseworker sees the response and replies by message.
        var caseworker = await PhoneAsync(caseworkerEmail);
        await caseworker.GotoAsync($"/Requests/Details/{requestId}");
        var thread = caseworker.GetByRole(AriaRole.Article, new() { Name = churchName });
        await Assertions.Expect(thread).ToContainTextAsync("from Rae Responder");
        await Assertions.Expect(thread).ToContainTextAsync("I can bring the bed frame on Saturday.");
        await Assertions.Expect(thread).ToContainTextAsync("Meeting: 1 × Twin bed frame");
        await thread.GetByLabel($"Reply to {churchName}").FillAsync("Saturday works: the family is home after ten.");
        await thread.GetByRole(AriaRole.Button, new() { Name = $"Send to {churchName}" }).ClickAsync();
        await Assertions.Expect(caseworker.GetByRole(AriaRole.Status)).ToHaveTextAsync("Your message is sent; the church is told by email.");
        await Assertions.Expect(caseworker.GetByRole(AriaRole.List, new() { Name = $"Messages with {churchName}" })).ToContainTextAsync("Saturday works");

        await responder.ReloadAsync();
        await Assertions.Expect(responder.Locator(".thread")).ToContainTextAsync("Saturday works: the family is home after ten.");
        Assert.Equal(churchId, await app.QueryAsync(db => db.RequestMessages.Where(m => m.CareRequestId == requestId).Select(m => m.ChurchId).SingleAsync()));
        foreach (var page in new[] { pastor, responder, caseworker })
        {
            await page.Context.CloseAsync();
        }
    }

    private async Task<IPage> PhoneAsync(string email)
    {
        var page = await chromium.SignedInAsync(site, email, width: 375);
        await page.SetViewportSizeAsync(375, 740);
        return page;
    }

    /// <summary>A church at 37402 with a responder, and an open two-item request of a new agency near it; everyone with the demo password.</summary>
    private async Task<(int ChurchId, string ChurchName, string Pastor, string Responder, string Caseworker, int RequestId)> ArrangeAsync()
    {
        await app.QueryAsync(db => db.Churches.ExecuteUpdateAsync(s => s.SetProperty(c => c.Active, false)));
        var tag = Guid.NewGuid().ToString("N")[..8];
        var pastorEmail = $"pastor.{tag}@church.example";
        var responderEmail = $"rae.{tag}@church.example";
        var admin = await ApiAsync(DemoPeople.PlatformAdmin);
        var onboarded = await admin.PostAsJsonAsync("/api/churches", new ChurchInput($"Hope Church {tag}", "37402", null, ["bed"], pastorEmail, "Pat Pastor"), Json.Options);
        var church = (await onboarded.Content.ReadFromJsonAsync<ChurchView>(Json.Options))!;
        var agency = await TestAgency.CreateAsync(app, ApprovalOption.None);
        Assert.True((await admin.PutAsJsonAsync($"/api/counties/{agency.CountyId}/reach", new CountyReachInput(3, 1), Json.Options)).IsSuccessStatusCode);
        await Features.Accounts.AccountLinkMail.AcceptFromOutboxAsync(app, pastorEmail, DemoPeople.Password, Visitor());
        var pastorApi = await ApiAsync(pastorEmail);
        Assert.True((await pastorApi.PostAsJsonAsync($"/api/churches/{church.Id}/responders", new ResponderInput(responderEmail, "Rae Responder"), Json.Options)).IsSuccessStatusCode);
        await Features.Accounts.AccountLinkMail.AcceptFromOutboxAsync(app, responderEmail, DemoPeople.Password, Visitor());
        var caseworker = new RequestsClient(await ApiAsync(agency.Caseworker));
        var draft = await caseworker.CreateAsync(RequestsClient.Draft(agency.CountyId, need: "bed",
            description: "A dad working two jobs to bring his kids home needs a twin bed for his 6-year-old son. He would love to meet the church that helps.") with
        {
            Zip = "37402",
            Items = [new ItemInput("Twin bed frame", 1, 150m), new ItemInput("Twin mattress", 1, 120m)],
        });
        var opened = await caseworker.SubmitAsync(draft.Id);
        Assert.Equal(RequestState.Open, opened.State);
        foreach (var email in new[] { pastorEmail, responderEmail, agency.Caseworker })
        {
            await ChurchPeople.GivePasswordAsync(app, email, DemoPeople.Password);
        }

        await app.QueryAsync(db => db.Users.Where(u => u.Email == agency.Caseworker).ExecuteUpdateAsync(s => s.SetProperty(u => u.DisplayName, "Casey Caseworker")));
        return (church.Id, church.Name, pastorEmail, responderEmail, agency.Caseworker, opened.Id);
    }

    /// <summary>The API as this person, on the Kestrel port (the factory's own clients assume port 80 once Kestrel serves).</summary>
    /// <summary>A client of the running site that keeps its cookies and follows no redirect, as a person following an emailed link.</summary>
    private HttpClient Visitor() => new(new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = new System.Net.CookieContainer() }) { BaseAddress = site };

    private async Task<HttpClient> ApiAsync(string email)
    {
        var http = new HttpClient { BaseAddress = site };
        http.DefaultRequestHeaders.Authorization = (await app.ClientForAsync(email)).DefaultRequestHeaders.Authorization;
        return http;
    }
}

public sealed class ChurchBrowserTests_Sqlite(SqliteApp app, Chromium chromium)
    : ChurchBrowserTests<SqliteApp>(app, chromium), IClassFixture<SqliteApp>, IClassFixture<Chromium>;
