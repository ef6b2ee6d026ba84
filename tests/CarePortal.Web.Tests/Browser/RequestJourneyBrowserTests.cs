using System.Text.RegularExpressions;
using CarePortal.Web.Features.Notifications.Emails;
using CarePortal.Web.Features.Requests;
using CarePortal.Web.Tests.Features.Requests;
using Deque.AxeCore.Playwright;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using Xunit;

namespace CarePortal.Web.Tests.Browser;

/// <summary>
/// One request's life as the people in it live it, in Chromium at phone (375 px) and desktop (1280 px) width: the caseworker
/// writes and submits; the supervisor returns it from the queue with a note; the caseworker reads the note where she edits,
/// fixes and submits again; the supervisor approves from the emailed link; the church responds; the caseworker closes it;
/// the church that helped is thanked and the others told it is no longer needed. axe-core finds no violation of any impact
/// on any page on the way.
/// </summary>
[Trait("Tier", "Browser")]
public sealed partial class RequestJourneyBrowserTests(SqliteApp app, Chromium chromium) : IClassFixture<SqliteApp>, IClassFixture<Chromium>
{
    private const string ReturnNote = "Say whether she would like a hat and gloves too.";

    private readonly Uri site = Kestrel.SiteOf(app);

    [Theory]
    [InlineData(375)]
    [InlineData(1280)]
    public async Task A_request_goes_from_writing_to_thanks_with_each_person_at_this_width(int width)
    {
        // The caseworker writes and submits.
        var caseworker = await chromium.SignedInAsync(site, DemoPeople.Caseworker, width);
        await caseworker.GotoAsync("/Requests/Create");
        await CheckAsync(caseworker, width, "composer");
        await caseworker.GetByLabel("Need", new() { Exact = true }).SelectOptionAsync("clothing");
        await caseworker.GetByLabel("Public description").FillAsync(Descriptions.Ready);
        await caseworker.GetByLabel("Child 1: age").FillAsync("8");
        await caseworker.Locator("select[name='Form.Children[0].Gender']").SelectOptionAsync("girl");
        await caseworker.Locator("input[name='Form.Children[0].Size']").FillAsync("8");
        await caseworker.GetByLabel("Item 1").FillAsync("Winter coat, size 8");
        await caseworker.GetByLabel("Value each").First.FillAsync("45");
        await caseworker.GetByLabel("County of the family").SelectOptionAsync(new SelectOptionValue { Label = "Knox County" });
        await caseworker.GetByLabel("ZIP code").FillAsync("37917");
        await caseworker.GetByLabel("Supervisor who approves").SelectOptionAsync(new SelectOptionValue { Index = 1 });
        await caseworker.GetByLabel("The family could read this description").CheckAsync();
        await Assertions.Expect(caseworker.Locator("#submit-reason")).ToHaveTextAsync("Ready to submit.");
        await caseworker.Locator("#submit-button").ClickAsync();
        await caseworker.WaitForURLAsync(new Regex("/Requests/Details/[0-9]+$"));
        var id = int.Parse(caseworker.Url[(caseworker.Url.LastIndexOf('/') + 1)..], System.Globalization.CultureInfo.InvariantCulture);
        await Assertions.Expect(Confirmation(caseworker)).ToContainTextAsync($"Request {id} is submitted: it waits for the supervisor");
        await CheckAsync(caseworker, width, "submitted");

        // The supervisor returns it from the queue with a note.
        var supervisor = await chromium.SignedInAsync(site, DemoPeople.Supervisor, width);
        await supervisor.GotoAsync("/Approvals");
        await CheckAsync(supervisor, width, "queue");
        var waiting = supervisor.Locator($"#approval-{id}");
        await waiting.GetByLabel("Note to the caseworker").FillAsync(ReturnNote);
        await waiting.GetByRole(AriaRole.Button, new() { Name = $"Return for changes request {id}" }).ClickAsync();
        await Assertions.Expect(Confirmation(supervisor)).ToContainTextAsync($"Request {id} went back to its writer with your note.");
        await Assertions.Expect(supervisor.Locator($"#approval-{id}")).ToHaveCountAsync(0);

        // The caseworker finds it on her home with the note, reads the note again where she edits, fixes it and submits.
        await caseworker.GotoAsync("/");
        var returned = caseworker.Locator("#home-returned").Locator("xpath=ancestor::section[1]");
        await Assertions.Expect(returned).ToContainTextAsync(ReturnNote);
        await CheckAsync(caseworker, width, "home-returned");
        await returned.GetByRole(AriaRole.Link, new() { Name = $"Request {id}:" }).ClickAsync();
        await caseworker.WaitForURLAsync($"**/Requests/Edit/{id}");
        await Assertions.Expect(caseworker.Locator("#return-note")).ToContainTextAsync(ReturnNote);
        await CheckAsync(caseworker, width, "edit-returned");
        await caseworker.GetByLabel("Item 1").FillAsync("Winter coat, size 8, with a hat and gloves");
        await caseworker.GetByLabel("The family could read this description").CheckAsync();
        await Assertions.Expect(caseworker.Locator("#submit-reason")).ToHaveTextAsync("Ready to submit.");
        await caseworker.Locator("#submit-button").ClickAsync();
        await caseworker.WaitForURLAsync($"**/Requests/Details/{id}");
        await Assertions.Expect(Confirmation(caseworker)).ToContainTextAsync($"Request {id} is submitted");
        Assert.Equal(RequestState.AwaitingApproval, await StateAsync(id));

        // The supervisor approves from the link in the email the second submission sent.
        var link = await ApproveLinkAsync(id);
        await supervisor.GotoAsync(link);
        await Assertions.Expect(supervisor.GetByRole(AriaRole.Button, new() { Name = $"Approve request {id}" })).ToBeVisibleAsync();
        await Assertions.Expect(supervisor.Locator("blockquote")).ToContainTextAsync("walk to school");
        await CheckAsync(supervisor, width, "email-link");
        await supervisor.GetByRole(AriaRole.Button, new() { Name = $"Approve request {id}" }).ClickAsync();
        await supervisor.WaitForURLAsync($"**/Requests/Details/{id}");
        await Assertions.Expect(Confirmation(supervisor)).ToContainTextAsync($"Request {id} is approved and open to churches.");
        Assert.Equal(RequestState.Open, await StateAsync(id));

        // The church nearest the family responds.
        var church = await chromium.SignedInAsync(site, DemoPeople.PointPerson, width);
        await church.GotoAsync("/Churches/Feed");
        await CheckAsync(church, width, "feed");
        await church.GetByRole(AriaRole.Link, new() { Name = $"Request {id}:" }).ClickAsync();
        await church.WaitForURLAsync(new Regex($"/Churches/Request/{id}\\?churchId=[0-9]+$"));
        await CheckAsync(church, width, "church-request");
        await church.GetByRole(AriaRole.Button, new() { Name = "Yes, I can help with everything still needed" }).ClickAsync();
        await Assertions.Expect(church.Locator(".usa-alert--success")).ToBeVisibleAsync();
        await Assertions.Expect(church.Locator(".items li").First).ToContainTextAsync("Your church is meeting this");
        await CheckAsync(church, width, "church-responded");

        // The caseworker closes it as fully met.
        await caseworker.GotoAsync($"/Requests/Details/{id}");
        await Assertions.Expect(caseworker.Locator("main")).ToContainTextAsync("Grace Church Knoxville");
        await CheckAsync(caseworker, width, "responded");
        // USWDS draws its own radio and checkbox over the label; the input itself sits off screen, so a person clicks the label.
        await caseworker.Locator("label[for='close-fully']").ClickAsync();
        await caseworker.Locator("label[for^='close-outcome-']").First.ClickAsync();
        await Assertions.Expect(caseworker.Locator("input[name='Closing.ChildOutcomes']").First).ToBeCheckedAsync();
        await caseworker.GetByLabel("Rating of the help (1 to 5)").FillAsync("5");
        await caseworker.GetByRole(AriaRole.Button, new() { Name = "Close the request" }).ClickAsync();
        await Assertions.Expect(Confirmation(caseworker)).ToContainTextAsync($"Request {id} is closed as fully met. The churches that helped are thanked.");
        await CheckAsync(caseworker, width, "closed");
        Assert.Equal(RequestState.ClosedFullyMet, await StateAsync(id));

        // The church that helped is thanked on its notices (and by email); the others are told it is no longer needed.
        await church.GotoAsync("/Notifications");
        await Assertions.Expect(church.Locator(".notice-list")).ToContainTextAsync("Thank you, Grace Church Knoxville");
        await CheckAsync(church, width, "thanked");
        var pastor = await app.UserIdAsync(DemoPeople.PointPerson);
        var notices = await app.QueryAsync(db => db.Notifications.Where(n => n.CareRequestId == id).Select(n => new { n.Kind, n.RecipientId }).ToListAsync());
        Assert.Contains(notices, n => n.Kind == "church-thanked" && n.RecipientId == pastor);
        Assert.Contains(notices, n => n.Kind == "request-no-longer-needed" && n.RecipientId != pastor);
        Assert.DoesNotContain(notices, n => n.Kind == "request-no-longer-needed" && n.RecipientId == pastor);

        foreach (var page in new[] { caseworker, supervisor, church })
        {
            await page.Context.CloseAsync();
        }
    }

    private static ILocator Confirmation(IPage page) => page.Locator(".usa-alert--success");

    private async Task<RequestState> StateAsync(int id) => await app.QueryAsync(db => db.Requests.Where(r => r.Id == id).Select(r => r.State).SingleAsync());

    /// <summary>The Approve link of the newest approval email to the supervisor for this request, as a path and fragment of this site.</summary>
    private async Task<string> ApproveLinkAsync(int id)
    {
        var supervisor = await app.UserIdAsync(DemoPeople.Supervisor);
        var body = await app.QueryAsync(db => db.Notifications
            .Where(n => n.CareRequestId == id && n.Kind == ApprovalRequestedEmail.RequestedKind && n.RecipientId == supervisor)
            .OrderByDescending(n => n.Id).Select(n => n.TextBody).FirstAsync());
        return ApprovalLink().Match(body ?? "") is { Success: true } m ? m.Groups[1].Value : throw new InvalidOperationException($"No approval link in: {body}");
    }

    /// <summary>No horizontal scrolling, no axe-core violation of any impact, and a screenshot to look at.</summary>
    private static async Task CheckAsync(IPage page, int width, string name)
    {
        Assert.True(await page.EvaluateAsync<bool>("document.documentElement.scrollWidth <= window.innerWidth"), $"{page.Url} runs off the side at {width} px");
        var violations = (await page.RunAxe()).Violations
            .Select(v => $"{page.Url} {v.Impact} {v.Id}: {v.Help} at {string.Join(" | ", v.Nodes.Select(n => n.Target?.ToString()))}");
        Assert.Empty(violations);
        var path = Path.Combine(AppContext.BaseDirectory, "TestResults", "browser", $"request-journey-{name}-{width}.png");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        await page.ScreenshotAsync(new() { Path = path, FullPage = true });
    }

    // The first link of an approval email is Approve: keep its path and fragment (the test site's port is not the mail's).
    [GeneratedRegex(@"https?://[^/\s]+(/Approvals/Link#[^\s""<]+)", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex ApprovalLink();
}
