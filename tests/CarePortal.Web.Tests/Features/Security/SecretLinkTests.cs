using System.Net;
using System.Text.RegularExpressions;
using CarePortal.Web.Features.Notifications.Emails;
using CarePortal.Web.Features.Requests;
using CarePortal.Web.Tests.Features.Churches;
using CarePortal.Web.Tests.Features.Requests;
using Microsoft.EntityFrameworkCore;
using Xunit;

namespace CarePortal.Web.Tests.Features.Security;

/// <summary>
/// The emailed links that act for a person (an approver's decision, a church's one-tap yes) keep their token out of every URL
/// a server, a proxy's log or a Referer sees, from the email to the decision, also across a sign-in (issue #17 item 4).
/// </summary>
public abstract partial class SecretLinkTests<TApp>(TApp app) where TApp : CarePortalApp
{
    [Fact]
    public async Task An_approval_link_opened_before_signing_in_decides_with_its_token_in_no_url_and_no_referrer()
    {
        var caseworker = new RequestsClient(await app.ClientForAsync(DemoPeople.Caseworker));
        var knox = await DemoPlaces.CountyIdAsync(app, "Knox County");
        var draft = await caseworker.CreateAsync(RequestsClient.Draft(knox, "transportation", Descriptions.GasCard, await app.UserIdAsync(DemoPeople.Supervisor)));
        await caseworker.SubmitAsync(draft.Id);
        var body = await app.QueryAsync(db => db.Notifications.Where(n => n.CareRequestId == draft.Id && n.Kind == ApprovalRequestedEmail.RequestedKind)
            .Select(n => n.TextBody).SingleAsync());
        var link = ApprovalLink().Matches(body!).First().Value;
        Assert.DoesNotContain("?", link, StringComparison.Ordinal);
        var token = SecretLinks.TokenOf(link);

        var browser = new SecretLinks(app.CreateClient(new() { AllowAutoRedirect = false }));
        var signIn = await browser.OpenAsync(link);
        var signInPage = await signIn.Content.ReadAsStringAsync();
        Assert.Contains("/Accounts/Login", browser.Seen[^1], StringComparison.Ordinal);
        var decision = await browser.PostAsync(browser.Seen[^1], signInPage,
            new Dictionary<string, string> { ["Email"] = DemoPeople.Supervisor, ["Password"] = DemoPeople.Password });
        var decisionPage = await decision.Content.ReadAsStringAsync();
        Assert.Contains($"Approve request {draft.Id}", decisionPage, StringComparison.Ordinal);
        await browser.PostAsync("/Approvals/Link", decisionPage, new Dictionary<string, string> { ["t"] = Hidden().Match(decisionPage).Groups[1].Value });

        Assert.Equal(RequestState.Open, await app.QueryAsync(db => db.Requests.Where(r => r.Id == draft.Id).Select(r => r.State).SingleAsync()));
        Assert.All(browser.Seen, url => Assert.DoesNotContain(token, Uri.UnescapeDataString(url), StringComparison.Ordinal));
        Assert.All(browser.Answers.Where(a => a.RequestMessage!.RequestUri!.AbsolutePath == "/Approvals/Link"),
            a => Assert.Equal("no-referrer", Assert.Single(a.Headers.GetValues("Referrer-Policy"))));
    }

    [Fact]
    public async Task A_church_yes_link_commits_with_its_token_in_no_url_and_no_referrer()
    {
        var churches = new ChurchesClient(app);
        await churches.RetireAllAsync();
        var church = await churches.OnboardAsync("37402");
        var (request, _) = await churches.OpenAsync("37402", radius: 5, churches: 1);
        var body = await app.QueryAsync(db => db.Notifications.Where(n => n.CareRequestId == request.Id && n.Kind == "request-routed" && n.RecipientEmail == church.PointPerson)
            .Select(n => n.TextBody).SingleAsync());
        var link = YesLink().Match(body!).Value;
        Assert.DoesNotContain("?", link, StringComparison.Ordinal);
        var token = SecretLinks.TokenOf(link);

        var phone = new SecretLinks(app.CreateClient(new() { AllowAutoRedirect = false }));
        var page = await (await phone.OpenAsync(link)).Content.ReadAsStringAsync();
        Assert.Contains("Yes, I can help with everything still needed", page, StringComparison.Ordinal);
        var after = await phone.PostAsync("/Churches/Yes", page, new Dictionary<string, string> { ["t"] = Hidden().Match(page).Groups[1].Value });

        Assert.Contains("Thank you:", await after.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(1, await app.QueryAsync(db => db.ChurchResponses.CountAsync(r => r.CareRequestId == request.Id)));
        Assert.All(phone.Seen, url => Assert.DoesNotContain(token, Uri.UnescapeDataString(url), StringComparison.Ordinal));
        Assert.All(phone.Answers.Where(a => a.RequestMessage!.RequestUri!.AbsolutePath == "/Churches/Yes"),
            a => Assert.Equal("no-referrer", Assert.Single(a.Headers.GetValues("Referrer-Policy"))));
    }

    [GeneratedRegex("name=\"t\" value=\"([^\"]+)\"", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Hidden();

    [GeneratedRegex(@"https?://[^\s""<]+/Approvals/Link[^\s""<]+", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex ApprovalLink();

    [GeneratedRegex(@"https?://[^\s""<]+/Churches/Yes[^\s""<]+", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex YesLink();
}

public sealed class SecretLinkTests_Sqlite(SqliteApp app) : SecretLinkTests<SqliteApp>(app), IClassFixture<SqliteApp>;
