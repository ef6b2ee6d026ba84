using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using Xunit;

namespace CarePortal.Web.Tests.Browser;

/// <summary>
/// Each role's home in Chromium at phone (375 px) and desktop (1280 px) width: it answers "what needs me now" with the
/// role's own sections, nothing runs off the side of a phone, and axe-core finds no violation of any impact.
/// </summary>
[Trait("Tier", "Browser")]
public sealed class HomeBrowserTests(SqliteApp app, Chromium chromium) : IClassFixture<SqliteApp>, IClassFixture<Chromium>
{
    private readonly Uri site = Kestrel.SiteOf(app);

    public static TheoryData<string, string[], string[]> Homes => new()
    {
        { DemoPeople.Caseworker, ["Returned to you for changes", "Your drafts", "Ready to close", "From the churches", "Learn best practices"], ["Waiting for your approval", "Requests near you"] },
        { DemoPeople.Supervisor, ["Waiting for your approval", "Learn best practices"], ["Exceptions in your region", "Requests near you", "Your drafts"] },
        { DemoPeople.CountyRepresentative, ["Waiting for your approval"], ["Requests near you", "Church applications"] },
        { DemoPeople.RegionalManager, ["Waiting for your approval", "Exceptions in your region"], ["Your drafts", "Requests near you"] },
        { DemoPeople.AgencyAdmin, ["Your agency's requests", "People and settings"], ["Waiting for your approval", "Your drafts"] },
        { DemoPeople.PointPerson, ["Requests near you", "Your church's commitments", "Messages from caseworkers"], ["Your drafts", "Waiting for your approval"] },
        { DemoPeople.TeamLeader, ["Requests near you", "Your church's commitments"], ["Your drafts", "Church applications"] },
        { DemoPeople.Responder, ["Requests near you", "Your church's commitments"], ["Your drafts", "Your agency's requests"] },
        { DemoPeople.PlatformAdmin, ["Church applications", "Agencies"], ["Your drafts", "Requests near you"] },
    };

    [Theory]
    [MemberData(nameof(Homes))]
    public async Task Each_role_has_its_own_home_that_reads_on_a_phone_and_a_desktop_with_no_axe_violation(string person, string[] shown, string[] notShown)
    {
        foreach (var width in new[] { 375, 1280 })
        {
            var page = await chromium.SignedInAsync(site, person, width);
            await page.GotoAsync("/");

            foreach (var heading in shown)
            {
                await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = heading, Level = 2 })).ToBeVisibleAsync();
            }

            foreach (var heading in notShown)
            {
                await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = heading, Level = 2 })).ToHaveCountAsync(0);
            }

            Assert.True(await page.EvaluateAsync<bool>("document.documentElement.scrollWidth <= window.innerWidth"), $"{person}'s home runs off the side at {width} px");
            var violations = (await page.RunAxe()).Violations.Select(v => $"{v.Impact} {v.Id}: {v.Help} at {string.Join(" | ", v.Nodes.Select(n => n.Target?.ToString()))}");
            Assert.Empty(violations);
            var shot = Path.Combine(AppContext.BaseDirectory, "TestResults", "browser", $"home-{person.Split('@')[0]}-{width}.png");
            Directory.CreateDirectory(Path.GetDirectoryName(shot)!);
            await page.ScreenshotAsync(new() { Path = shot, FullPage = true });
            await page.Context.CloseAsync();
        }
    }

    [Fact]
    public async Task Agency_pages_name_states_in_plain_english_and_times_in_the_agencys_zone()
    {
        var page = await chromium.SignedInAsync(site, DemoPeople.Caseworker);
        var ids = await app.QueryAsync(db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.ToListAsync(db.Requests.Select(r => r.Id)));
        string[] codeNames = ["AwaitingApproval", "ReturnedForChanges", "ExpiredNotApproved", "ClosedFullyMet", "ClosedPartiallyMet", "ClosedNotMet"];

        foreach (var path in new[] { "/", "/Requests", "/CoworkerReads" }.Concat(ids.Select(id => $"/Requests/Details/{id}")))
        {
            var response = await page.GotoAsync(path);
            if (response!.Status == 404)
            {
                continue;
            }

            var text = await page.InnerTextAsync("body");
            Assert.DoesNotContain("UTC", text, StringComparison.Ordinal);
            Assert.DoesNotContain(codeNames, name => text.Contains(name, StringComparison.Ordinal));
        }

        await page.GotoAsync("/Requests");
        // The demo agency counts in America/Chicago: Central time, named (CST in winter, CDT in summer).
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync(new System.Text.RegularExpressions.Regex("Dates in C[SD]T"));
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task A_browser_asking_for_a_missing_page_gets_an_html_page_with_a_way_home()
    {
        var page = await chromium.SignedInAsync(site, DemoPeople.Caseworker);

        var response = await page.GotoAsync("/No/Such/Page");

        Assert.Equal(404, response!.Status);
        Assert.StartsWith("text/html", response.Headers["content-type"], StringComparison.Ordinal);
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Go to the start page" })).ToBeVisibleAsync();
        await page.Context.CloseAsync();
    }
}
