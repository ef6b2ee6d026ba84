using System.Net;
using CarePortal.Web.Features.Accounts;
using CarePortal.Web.Tests.Features.Accounts;
using CarePortal.Web.Tests.Features.People;
using Deque.AxeCore.Playwright;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using Xunit;

namespace CarePortal.Web.Tests.Browser;

/// <summary>
/// The agency admin's journey in Chromium at phone (375 px) and desktop (1280 px) width: from the home to the people page, an
/// invitation refused at its field then sent, a person's page, and the audit log as a table; nothing runs off the side of a
/// phone and axe-core finds no violation of any impact on any of them.
/// </summary>
[Trait("Tier", "Browser")]
public sealed class PeopleBrowserTests(SqliteApp app, Chromium chromium) : IClassFixture<SqliteApp>, IClassFixture<Chromium>
{
    private readonly Uri site = Kestrel.SiteOf(app);

    [Theory]
    [InlineData(375)]
    [InlineData(1280)]
    public async Task The_agency_admin_invites_someone_opens_a_person_and_reads_the_audit_log(int width)
    {
        var page = await chromium.SignedInAsync(site, DemoPeople.AgencyAdmin, width);
        await page.GotoAsync("/");
        await page.GetByRole(AriaRole.Link, new() { Name = "People: invite, change roles, deactivate" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "People of Department of Children's Services", Level = 1 })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Corey Caseworker" })).ToBeVisibleAsync();
        await CheckAsync(page, width, "people");

        var email = $"browser.{width}@dcs.example";
        await page.GetByLabel("Email", new() { Exact = true }).FillAsync(email);
        await page.GetByLabel("Name", new() { Exact = true }).FillAsync("Bri Browser");
        await page.GetByLabel("Role", new() { Exact = true }).SelectOptionAsync("caseworker");
        await page.GetByRole(AriaRole.Button, new() { Name = "Send the invitation" }).ClickAsync();
        await Assertions.Expect(page.Locator(".usa-form-group--error .usa-error-message")).ToContainTextAsync("Choose the one office where the caseworker works.");
        await Assertions.Expect(page.GetByLabel("Name", new() { Exact = true })).ToHaveValueAsync("Bri Browser");
        await CheckAsync(page, width, "people-error");

        // USWDS draws the checkbox on its label; the input itself is off-screen, so a person (and the test) clicks the label.
        await page.Locator("label", new() { HasTextRegex = new System.Text.RegularExpressions.Regex("^Knox County Office$") }).ClickAsync();
        await Assertions.Expect(page.GetByLabel("Knox County Office")).ToBeCheckedAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Send the invitation" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync($"Invitation sent to {email}");

        await page.GetByRole(AriaRole.Link, new() { Name = "Corey Caseworker" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Corey Caseworker", Level = 1 })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Send a password-reset link" })).ToBeVisibleAsync();
        await CheckAsync(page, width, "person");

        await page.GotoAsync("/");
        await page.GetByRole(AriaRole.Link, new() { Name = "The audit log: who did what, and when" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Table)).ToContainTextAsync("Invited a person");
        await Assertions.Expect(page.GetByRole(AriaRole.Table)).ToContainTextAsync(email);
        await CheckAsync(page, width, "audit-log");

        await page.GetByLabel("Request number").FillAsync("0");
        await page.GetByRole(AriaRole.Button, new() { Name = "Show the log" }).ClickAsync();
        await Assertions.Expect(page.Locator(".usa-error-message")).ToContainTextAsync("A request number is 1 or more.");
        await CheckAsync(page, width, "audit-log-error");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task A_long_email_wraps_in_the_people_list_and_the_invitations_instead_of_running_off_a_phone()
    {
        // 60 characters with nowhere to break: a member who accepted, and an invitation still waiting.
        var member = $"{Guid.NewGuid():N}.member.caseworker@dcs-longname.example"[..44] + "@dcs.example.org";
        var invitee = $"{Guid.NewGuid():N}.invitee.caseworker@dcs-longname.example"[..44] + "@dcs.example.org";
        Assert.Equal(60, member.Length);
        var office = await app.QueryAsync(db => db.Organisations.Where(o => o.Name == "Knox County Office").Select(o => o.Id).SingleAsync());
        var admin = Browser();
        Assert.Equal(HttpStatusCode.Redirect, (await Forms.PostAsync(admin, "/Accounts/Login", new Dictionary<string, string> { ["Email"] = DemoPeople.AgencyAdmin, ["Password"] = DemoPeople.Password })).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await PeopleForms.InviteAsync(admin, member, Roles.Caseworker, office)).StatusCode);
        await AccountLinkMail.AcceptFromOutboxAsync(app, member, browser: Browser());
        Assert.Equal(HttpStatusCode.Redirect, (await PeopleForms.InviteAsync(admin, invitee, Roles.Caseworker, office)).StatusCode);

        foreach (var width in new[] { 375, 1280 })
        {
            var page = await chromium.SignedInAsync(site, DemoPeople.AgencyAdmin, width);
            await page.GotoAsync("/People");
            await Assertions.Expect(page.Locator(".people-list")).ToContainTextAsync(member);
            await Assertions.Expect(page.Locator(".pending-invitations")).ToContainTextAsync(invitee);
            await CheckAsync(page, width, "people-long-email");
            await page.Context.CloseAsync();
        }
    }

    /// <summary>A client of the real server that keeps its cookies and follows no redirect, as the forms' helpers expect.</summary>
    private HttpClient Browser() => new(new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = new CookieContainer() }) { BaseAddress = site };

    /// <summary>Screenshots the page (first, so a failure leaves its picture), then checks nothing runs off the side and axe-core finds nothing.</summary>
    private static async Task CheckAsync(IPage page, int width, string name)
    {
        var shot = Path.Combine(AppContext.BaseDirectory, "TestResults", "browser", $"{name}-{width}.png");
        Directory.CreateDirectory(Path.GetDirectoryName(shot)!);
        await page.ScreenshotAsync(new() { Path = shot, FullPage = true });
        Assert.True(await page.EvaluateAsync<bool>("document.documentElement.scrollWidth <= window.innerWidth"), $"{name} runs off the side at {width} px");
        var violations = (await page.RunAxe()).Violations.Select(v => $"{v.Impact} {v.Id}: {v.Help} at {string.Join(" | ", v.Nodes.Select(n => n.Target?.ToString()))}");
        Assert.Empty(violations);
    }
}
