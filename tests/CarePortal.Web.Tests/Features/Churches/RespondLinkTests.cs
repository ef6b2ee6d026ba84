using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using CarePortal.Web.Features.Requests;
using CarePortal.Web.Tests.Features.Notifications;
using CarePortal.Web.Tests.Features.Requests;
using CarePortal.Web.Tests.Features.Security;
using Microsoft.EntityFrameworkCore;
using Xunit;

namespace CarePortal.Web.Tests.Features.Churches;

/// <summary>
/// The church's email: what the need is (items, sizes, urgency, due date, distance) and the one-tap "Yes, I can help",
/// a signed link that only opens a page; the page's POST commits, once, as the person it was sent to.
/// </summary>
public abstract partial class RespondLinkTests<TApp>(TApp app) where TApp : CarePortalApp
{
    private readonly ChurchesClient churches = new(app);

    [Fact]
    public async Task The_church_email_says_the_items_sizes_urgency_due_date_and_distance_and_carries_a_yes_link_but_no_private_detail()
    {
        await using var smtp = await SmtpSink.StartAsync();
        await churches.RetireAllAsync();
        var church = await churches.OnboardAsync("37402");
        await OutboxDrain.ToAsync(app, smtp, church.PointPerson);
        var (request, _) = await churches.OpenAsync("37402", radius: 5, churches: 1, urgency: Urgency.High,
            items: [new ItemInput("Winter coat, size 8", 2, 45m), new ItemInput("Snow boots, size 2", 1, 30m)]);

        var email = Assert.Single(await OutboxDrain.ToAsync(app, smtp, church.PointPerson), m => m.Subject!.Contains("clothing", StringComparison.Ordinal));

        var due = request.DueAt!.Value.UtcDateTime.ToString("dddd d MMMM", System.Globalization.CultureInfo.InvariantCulture);
        Assert.Contains($"Urgency: high - Needed by {due} - about", email.TextBody, StringComparison.Ordinal);
        Assert.Contains("2 × Winter coat, size 8\n1 × Snow boots, size 2", email.TextBody!.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        Assert.Contains("For: 8-year-old girl, size 8", email.TextBody, StringComparison.Ordinal);
        Assert.Matches(YesLink(), email.TextBody);
        Assert.Contains(">Yes, I can help</a>", email.HtmlBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Opening_the_link_commits_nothing_and_its_page_commits_once_as_the_person_it_was_sent_to()
    {
        var (request, church, link) = await RoutedAsync();
        var phone = app.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        // A mail scanner follows the link: a page, no commitment.
        var page = await OpenAsync(phone, link);
        Assert.Contains("Yes, I can help with everything still needed", page, StringComparison.Ordinal);
        Assert.Equal(0, await ResponsesAsync(request.Id));

        var antiforgery = Forms.TokenIn(page);
        var yes = await phone.PostAsync(Page, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = antiforgery, ["message"] = "We can bring it Saturday.",
        }));
        Assert.Equal(HttpStatusCode.Redirect, yes.StatusCode);
        var after = await phone.GetStringAsync(yes.Headers.Location!);
        Assert.Contains("Thank you:", after, StringComparison.Ordinal);
        var pastor = await app.UserIdAsync(church.PointPerson);
        var response = await app.QueryAsync(db => db.ChurchResponses.AsNoTracking().SingleAsync(r => r.CareRequestId == request.Id));
        Assert.Equal((church.Id, pastor, "We can bring it Saturday."), (response.ChurchId, response.UserId, response.Message));
        Assert.Equal(1, await app.QueryAsync(db => db.ItemClaims.CountAsync(c => c.CareRequestId == request.Id && c.ChurchId == church.Id)));

        // Posted again (a second tap, the form sent twice): says so, commits nothing more.
        var again = await phone.PostAsync(Page, new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = antiforgery }));
        Assert.Contains("has said \"Yes, I can help\" already", WebUtility.HtmlDecode(await BodyAsync(phone, again)), StringComparison.Ordinal);
        Assert.Equal(1, await ResponsesAsync(request.Id));
    }

    [Fact]
    public async Task A_forged_link_commits_nothing()
    {
        var (request, _, link) = await RoutedAsync();
        var token = SecretLinks.TokenOf(link);
        var forged = "/Churches/Yes#" + token[..^4] + (token[^4] == 'A' ? "B" : "A") + token[^3..];
        var phone = app.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var antiforgery = Forms.TokenIn(await OpenAsync(phone, link));

        Assert.Contains("This link is not valid", await OpenAsync(phone, forged), StringComparison.Ordinal);
        var posted = await phone.PostAsync(Page, new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = antiforgery }));

        Assert.Contains("This link is not valid", await BodyAsync(phone, posted), StringComparison.Ordinal);
        Assert.Equal(0, await ResponsesAsync(request.Id));
    }

    [Fact]
    public async Task An_expired_link_commits_nothing()
    {
        var (request, _, link) = await RoutedAsync();
        var phone = app.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var page = await OpenAsync(phone, link);
        var token = Forms.TokenIn(page);

        app.Clock.Advance(request.DueAt!.Value - app.Clock.GetUtcNow() + TimeSpan.FromMinutes(1));
        var posted = await phone.PostAsync(Page, new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }));

        Assert.Contains("This link has expired", await BodyAsync(phone, posted), StringComparison.Ordinal);
        Assert.Equal(0, await ResponsesAsync(request.Id));
    }

    [Fact]
    public async Task A_link_opened_by_someone_else_signed_in_commits_nothing()
    {
        var (request, _, link) = await RoutedAsync();
        var caseworker = await Forms.SignedInAsync(app, DemoPeople.Caseworker);

        var page = await OpenAsync(caseworker, link);
        var posted = await caseworker.PostAsync(Page, new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = Forms.TokenIn(page) }));

        Assert.Contains("This link was sent to someone else", await BodyAsync(caseworker, posted), StringComparison.Ordinal);
        Assert.Equal(0, await ResponsesAsync(request.Id));
    }

    /// <summary>A request open near a new church; the link of the email its point person is about to get.</summary>
    private async Task<(RequestView Request, (int Id, string PointPerson) Church, string Link)> RoutedAsync()
    {
        await churches.RetireAllAsync();
        var church = await churches.OnboardAsync("37402");
        var (request, _) = await churches.OpenAsync("37402", radius: 5, churches: 1);
        var text = await app.QueryAsync(db => db.Notifications.Where(n => n.CareRequestId == request.Id && n.Kind == "request-routed" && n.RecipientEmail == church.PointPerson)
            .Select(n => n.TextBody).SingleAsync());
        return (request, church, YesLink().Match(text!).Value);
    }

    private static readonly Uri Page = new("/Churches/Yes", UriKind.Relative);

    /// <summary>The page the link opens for this client (its token posted from the fragment, as the page's script does).</summary>
    private static async Task<string> OpenAsync(HttpClient client, string link) =>
        await (await new SecretLinks(client).OpenAsync(link)).Content.ReadAsStringAsync();

    private Task<int> ResponsesAsync(int requestId) => app.QueryAsync(db => db.ChurchResponses.CountAsync(r => r.CareRequestId == requestId));

    /// <summary>The page the answer shows, following its redirect (post-redirect-get) when there is one.</summary>
    private static async Task<string> BodyAsync(HttpClient client, HttpResponseMessage response) =>
        response.StatusCode == HttpStatusCode.Redirect ? await client.GetStringAsync(response.Headers.Location!) : await response.Content.ReadAsStringAsync();

    [GeneratedRegex(@"https?://[^\s]+/Churches/Yes#[A-Za-z0-9_\-]+", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex YesLink();
}

public sealed class RespondLinkTests_Sqlite(SqliteApp app) : RespondLinkTests<SqliteApp>(app), IClassFixture<SqliteApp>;

[Trait("Tier", "Postgres")]
public sealed class RespondLinkTests_Postgres(PostgresApp app) : RespondLinkTests<PostgresApp>(app), IClassFixture<PostgresApp>;
