using CarePortal.Web.Features.Requests;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using Xunit;

namespace CarePortal.Web.Tests.Browser;

/// <summary>
/// The main pages in Chromium under the site's real Content-Security-Policy: no violation reported, and the composer still
/// reviews as it is typed. Pages, not data: SQLite only.
/// </summary>
[Trait("Tier", "Browser")]
public sealed class CspBrowserTests(SqliteApp app, Chromium chromium) : IClassFixture<SqliteApp>, IClassFixture<Chromium>
{
    private readonly Uri site = Kestrel.SiteOf(app);

    /// <summary>Everything the browser said about a blocked script, style or frame while the page was open.</summary>
    private static List<string> ListenForViolations(IPage page)
    {
        var violations = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Text.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase) || message.Text.Contains("Refused to", StringComparison.Ordinal))
            {
                violations.Add($"{page.Url}: {message.Text}");
            }
        };
        page.PageError += (_, error) => violations.Add($"{page.Url}: script error {error}");
        return violations;
    }

    [Fact]
    public async Task The_listener_hears_an_inline_script_refused_under_the_sites_policy()
    {
        var policy = (await new HttpClient { BaseAddress = site }.GetAsync(new Uri("/Accounts/Login", UriKind.Relative))).Headers.GetValues("Content-Security-Policy").Single();
        var page = await (await chromium.Browser.NewContextAsync(new() { BaseURL = site.ToString() })).NewPageAsync();
        var violations = ListenForViolations(page);
        await page.RouteAsync("**/csp-probe", route => route.FulfillAsync(new()
        {
            Status = 200,
            ContentType = "text/html",
            Headers = new Dictionary<string, string> { ["Content-Security-Policy"] = policy },
            Body = "<!doctype html><html lang=en><title>probe</title><p style=\"color:red\">x</p><script>document.title='ran'</script></html>",
        }));

        await page.GotoAsync("/csp-probe");

        await Assertions.Expect(page).ToHaveTitleAsync("probe");
        Assert.Contains(violations, v => v.Contains("script", StringComparison.OrdinalIgnoreCase));
    }

    [Theory]
    [InlineData(DemoPeople.Caseworker, "/Requests/Create")]
    [InlineData(DemoPeople.Caseworker, "/Requests")]
    [InlineData(DemoPeople.Caseworker, "request")]
    [InlineData(DemoPeople.Caseworker, "/Training")]
    [InlineData(DemoPeople.Supervisor, "/Approvals")]
    [InlineData(DemoPeople.PlatformAdmin, "/Churches")]
    [InlineData(DemoPeople.Caseworker, "/Notifications/Preferences")]
    [InlineData(DemoPeople.AgencyAdmin, "/Reports")]
    [InlineData(DemoPeople.Caseworker, "/Reports/Public")]
    [InlineData(DemoPeople.Caseworker, "/api/reference/")]
    public async Task Main_pages_raise_no_policy_violation(string person, string path)
    {
        if (path == "request")
        {
            var caseworker = await app.UserIdAsync(DemoPeople.Caseworker);
            var id = await app.QueryAsync(db => db.Requests.Where(r => r.CaseworkerId == caseworker && r.State == RequestState.Open).Select(r => r.Id).FirstAsync());
            path = $"/Requests/Details/{id}";
        }

        var page = await chromium.SignedInAsync(site, person);
        var violations = ListenForViolations(page);

        var response = await page.GotoAsync(path);
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);

        Assert.Equal(200, response!.Status);
        Assert.True(violations.Count == 0, string.Join("\n", violations));
    }

    [Fact]
    public async Task The_composer_reviews_as_it_is_typed_under_the_policy()
    {
        var page = await chromium.SignedInAsync(site, DemoPeople.Caseworker);
        var violations = ListenForViolations(page);
        await page.GotoAsync("/Requests/Create");

        await page.GetByLabel("Public description").PressSequentiallyAsync("A mom of two needs a crib. Call her at 865-555-0134.", new() { Delay = 2 });

        await Assertions.Expect(page.Locator(".mirror mark")).ToContainTextAsync(["865-555-0134"]);
        await Assertions.Expect(page.Locator("#composer-status")).ToContainTextAsync("blocking");
        Assert.Empty(violations);
    }
}
