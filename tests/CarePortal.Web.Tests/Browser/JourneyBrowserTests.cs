using System.Text.RegularExpressions;
using CarePortal.Web.Features.Requests;
using CarePortal.Web.Tests.Features.Requests;
using Deque.AxeCore.Playwright;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using Xunit;

namespace CarePortal.Web.Tests.Browser;

/// <summary>
/// Each demo role as a person uses CarePortal, in Chromium at phone (375 px) and desktop (1280 px) width: signs in, lands on
/// their home, reaches their main task through the header, with axe-core finding no violation of any impact on either page;
/// and a caseworker writes and submits a request with the keyboard alone.
/// </summary>
[Trait("Tier", "Browser")]
public sealed class JourneyBrowserTests(SqliteApp app, Chromium chromium) : IClassFixture<SqliteApp>, IClassFixture<Chromium>
{
    private readonly Uri site = Kestrel.SiteOf(app);

    /// <summary>Each role, the header link to its main task, and the heading of the page it lands on.</summary>
    public static TheoryData<string, string, string> Tasks => new()
    {
        { DemoPeople.Caseworker, "Write a request", "Write a request" },
        { DemoPeople.Supervisor, "Approvals", "Waiting for your approval" },
        { DemoPeople.CountyRepresentative, "Approvals", "Waiting for your approval" },
        { DemoPeople.RegionalManager, "Approvals", "Waiting for your approval" },
        { DemoPeople.AgencyAdmin, "People", "People of" },
        { DemoPeople.PointPerson, "Church feed", "Your church's requests" },
        { DemoPeople.TeamLeader, "Church feed", "Your church's requests" },
        { DemoPeople.Responder, "Church feed", "Your church's requests" },
        { DemoPeople.PlatformAdmin, "Agencies", "Agencies" },
    };

    [Theory]
    [MemberData(nameof(Tasks))]
    public async Task Each_role_signs_in_lands_home_and_reaches_its_main_task_at_phone_and_desktop_width(string person, string link, string heading)
    {
        foreach (var width in new[] { 375, 1280 })
        {
            var page = await chromium.SignedInAsync(site, person, width);
            Assert.Equal("/", new Uri(page.Url).AbsolutePath);
            Assert.Empty(await ViolationsAsync(page));

            if (width < 1024)
            {
                await page.GetByRole(AriaRole.Button, new() { Name = "Menu" }).ClickAsync();
            }

            await page.GetByRole(AriaRole.Navigation, new() { Name = "Main" }).GetByRole(AriaRole.Link, new() { Name = link, Exact = true }).ClickAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync(heading);
            Assert.True(await page.EvaluateAsync<bool>("document.documentElement.scrollWidth <= window.innerWidth"), $"{person}'s {link} runs off the side at {width} px");
            Assert.Empty(await ViolationsAsync(page));
            await page.ScreenshotAsync(new() { Path = Shot($"journey-{person.Split('@')[0]}-{width}.png"), FullPage = true });
            await page.Context.CloseAsync();
        }
    }

    [Fact]
    public async Task A_caseworker_writes_and_submits_a_request_with_the_keyboard_alone()
    {
        var page = await chromium.SignedInAsync(site, DemoPeople.Caseworker);
        var keys = page.Keyboard;

        await TabToAsync(page, "nav a[href='/Requests/Create']");
        await keys.PressAsync("Enter");
        await page.WaitForURLAsync("**/Requests/Create");
        await TabToAsync(page, "select[name='Form.Need']");
        await keys.TypeAsync("clothing");
        await TabToAsync(page, "textarea[name='Form.Description']");
        await keys.TypeAsync(Descriptions.Ready);
        await TabToAsync(page, "input[name='Form.Children[0].Age']");
        await keys.TypeAsync("8");
        await keys.PressAsync("Tab");
        await keys.TypeAsync("girl");
        await keys.PressAsync("Tab");
        await keys.TypeAsync("8");
        await TabToAsync(page, "input[name='Form.Items[0].Name']");
        await keys.TypeAsync("Winter coat, size 8");
        await TabToAsync(page, "input[name='Form.Items[0].UnitValue']");
        await keys.TypeAsync("45");
        await TabToAsync(page, "select[name='Form.CountyId']");
        await keys.TypeAsync("Knox");
        await TabToAsync(page, "input[name='Form.Zip']");
        await keys.TypeAsync("37917");
        await TabToAsync(page, "select[name='Form.SupervisorId']");
        await keys.PressAsync("ArrowDown");
        await TabToAsync(page, "#FamilyConsent");
        await keys.PressAsync("Space");
        await Assertions.Expect(page.Locator("#submit-reason")).ToHaveTextAsync("Ready to submit.");
        await TabToAsync(page, "#submit-button");
        await keys.PressAsync("Enter");

        await page.WaitForURLAsync(new Regex("/Requests/Details/[0-9]+$"));
        await Assertions.Expect(page.Locator(".usa-alert--success")).ToContainTextAsync("is submitted: it waits for the supervisor");
        var id = int.Parse(page.Url[(page.Url.LastIndexOf('/') + 1)..], System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(RequestState.AwaitingApproval, await app.QueryAsync(db => db.Requests.Where(r => r.Id == id).Select(r => r.State).SingleAsync()));
        Assert.Empty(await ViolationsAsync(page));
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task On_a_phone_the_church_feed_folds_its_filters_so_the_first_request_shows_on_the_first_screen()
    {
        var page = await chromium.SignedInAsync(site, DemoPeople.PointPerson, 375);
        await page.SetViewportSizeAsync(375, 667);
        await page.GotoAsync("/Churches/Feed");

        var first = await page.Locator(".feed li a").First.BoundingBoxAsync();
        Assert.True(first!.Y + first.Height <= 667, $"The first request is at {first.Y} px, below the first screen (667 px).");
        await Assertions.Expect(page.Locator("#filter-need")).ToBeHiddenAsync();
        await page.ScreenshotAsync(new() { Path = Shot("feed-375.png") });
        await page.GetByText("Filter and sort").ClickAsync();
        await Assertions.Expect(page.Locator("#filter-need")).ToBeVisibleAsync();
        Assert.Empty(await ViolationsAsync(page));

        await page.SetViewportSizeAsync(1280, 900);
        await page.ReloadAsync();
        await Assertions.Expect(page.Locator("#filter-need")).ToBeVisibleAsync();
        await page.ScreenshotAsync(new() { Path = Shot("feed-1280.png") });
        await page.Context.CloseAsync();
    }

    /// <summary>Presses Tab until <paramref name="selector"/> has the focus (as a person would), at most 120 times.</summary>
    private static async Task TabToAsync(IPage page, string selector)
    {
        for (var i = 0; i < 120; i++)
        {
            if (await page.EvaluateAsync<bool>("s => document.activeElement?.matches(s) ?? false", selector))
            {
                return;
            }

            await page.Keyboard.PressAsync("Tab");
        }

        Assert.Fail($"Tab never reached {selector}.");
    }

    private static async Task<List<string>> ViolationsAsync(IPage page) =>
        [.. (await page.RunAxe()).Violations.Select(v => $"{page.Url} {v.Impact} {v.Id}: {v.Help} at {string.Join(" | ", v.Nodes.Select(n => n.Target?.ToString()))}")];

    private static string Shot(string name)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "TestResults", "browser", name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        return path;
    }
}
