using System.Net;
using System.Text.RegularExpressions;
using CarePortal.Web.Data;
using CarePortal.Web.Features.Accounts;
using CarePortal.Web.Features.Approvals;
using CarePortal.Web.Features.Notifications;
using CarePortal.Web.Features.Notifications.Emails;
using CarePortal.Web.Features.Organisations;
using CarePortal.Web.Features.Requests;
using CarePortal.Web.Tests.Features.Notifications;
using CarePortal.Web.Tests.Features.Requests;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using MimeKit;
using CarePortal.Web.Tests.Features.Security;
using Xunit;

namespace CarePortal.Web.Tests.Features.Approvals;

/// <summary>
/// Every person who may approve on the county-representative and regional-manager routes gets an email through real
/// SMTP with signed links of their own; the first decision makes everyone else's links say it is already decided.
/// </summary>
public abstract partial class ApprovalEmailTests<TApp>(TApp app) where TApp : CarePortalApp
{
    private ApprovalLinks Links => app.Services.GetRequiredService<ApprovalLinks>();

    [Fact]
    public async Task Each_county_representative_gets_links_of_their_own_and_the_first_decision_closes_the_others()
    {
        var agency = await TestAgency.CreateAsync(app, ApprovalOption.CountyRepresentative);
        var first = await PersonAsync(Roles.CountyRepresentative, agency.CountyId);
        var second = await PersonAsync(Roles.CountyRepresentative, agency.CountyId);
        var caseworker = new RequestsClient(await app.ClientForAsync(agency.Caseworker));
        var draft = await caseworker.CreateAsync(RequestsClient.Draft(agency.CountyId));
        await using var smtp = await SmtpSink.StartAsync();

        Assert.Equal(RequestState.AwaitingApproval, (await caseworker.SubmitAsync(draft.Id)).State);
        var mails = await DeliverAsync(smtp, draft.Id, [agency.CountyRepresentative, first.Email, second.Email]);

        Assert.Equal(3, mails.Count);
        foreach (var (address, mail) in mails)
        {
            var links = LinksIn(mail);
            var approverId = await app.UserIdAsync(address);
            Assert.Equal([Decision.Approve, Decision.Return, Decision.Deny], links.Select(l => Links.Check(TokenOf(l)).Link!.Action));
            Assert.All(links, l => Assert.Equal(approverId, Links.Check(TokenOf(l)).Link!.ApproverId));
            Assert.Contains(Descriptions.Ready, mail.TextBody, StringComparison.Ordinal);
        }

        var firstClient = await Forms.SignedInAsync(app, first.Email);
        var secondClient = await Forms.SignedInAsync(app, second.Email);
        var notForMe = await OpenAsync(secondClient, LinksIn(mails[first.Email])[0]);
        var approved = await ConfirmAsync(firstClient, LinksIn(mails[first.Email])[0]);
        var othersApprovePage = await OpenAsync(secondClient, LinksIn(mails[second.Email])[0]);
        var othersDeny = await ConfirmAsync(secondClient, LinksIn(mails[second.Email])[2], "Too late?", expectForm: false);
        var reused = await OpenAsync(firstClient, LinksIn(mails[first.Email])[0]);

        Assert.Contains("sent to someone else", notForMe, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, approved.StatusCode);
        Assert.Contains($"Already decided: {first.Name} approved this request", othersApprovePage, StringComparison.Ordinal);
        Assert.Contains("Already decided", await othersDeny.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("Already decided", reused, StringComparison.Ordinal);
        Assert.DoesNotContain($"Approve request {draft.Id}<", othersApprovePage, StringComparison.Ordinal);
        Assert.Equal(RequestState.Open, (await caseworker.GetAsync(draft.Id)).State);
        Assert.Single((await caseworker.HistoryAsync(draft.Id)), t => t.Action is RequestAction.Approve or RequestAction.Deny);
    }

    [Fact]
    public async Task Regional_managers_get_the_exception_with_its_reason_and_links_from_a_returned_submission_stay_closed()
    {
        var knox = await DemoPlaces.CountyIdAsync(app, "Knox County");
        var east = await app.QueryAsync(db => db.Organisations.Where(o => o.Id == knox).Select(o => o.ParentId!.Value).SingleAsync());
        var otherManager = await PersonAsync(Roles.RegionalManager, east);
        var caseworker = new RequestsClient(await app.ClientForAsync(DemoPeople.Caseworker));
        var reason = "Groceries this week " + Guid.NewGuid().ToString("N")[..6];
        var draft = await caseworker.CreateAsync(RequestsClient.Draft(knox, "food", Descriptions.GiftCard,
            exceptionReason: reason, alternativesTried: "The food bank was closed for the holiday."));
        await using var smtp = await SmtpSink.StartAsync();

        await caseworker.SubmitAsync(draft.Id);
        var firstRound = await DeliverAsync(smtp, draft.Id, [DemoPeople.RegionalManager, otherManager.Email]);
        var manager = await Forms.SignedInAsync(app, DemoPeople.RegionalManager);
        var other = await Forms.SignedInAsync(app, otherManager.Email);
        var returned = await ConfirmAsync(manager, LinksIn(firstRound[DemoPeople.RegionalManager])[1], "Name the store near her.");
        var afterReturn = await OpenAsync(other, LinksIn(firstRound[otherManager.Email])[0]);

        app.Clock.Advance(TimeSpan.FromHours(1));
        await caseworker.SubmitAsync(draft.Id);
        var secondRound = await DeliverAsync(smtp, draft.Id, [DemoPeople.RegionalManager, otherManager.Email]);
        var oldLinkNow = await OpenAsync(other, LinksIn(firstRound[otherManager.Email])[0]);
        var approved = await ConfirmAsync(other, LinksIn(secondRound[otherManager.Email])[0]);

        Assert.All(firstRound.Values, m => Assert.Contains(reason, m.TextBody, StringComparison.Ordinal));
        Assert.All(firstRound.Values, m => Assert.Contains("The food bank was closed for the holiday.", m.HtmlBody, StringComparison.Ordinal));
        Assert.All(firstRound.Values, m => Assert.Contains("regional manager", m.TextBody, StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.Redirect, returned.StatusCode);
        Assert.Contains("returned this request for changes", afterReturn, StringComparison.Ordinal);
        Assert.Contains("Already decided", oldLinkNow, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, approved.StatusCode);
        Assert.Equal(RequestState.Open, (await caseworker.GetAsync(draft.Id)).State);
    }

    [Fact]
    public async Task Expired_and_forged_county_representative_links_change_nothing()
    {
        var agency = await TestAgency.CreateAsync(app, ApprovalOption.CountyRepresentative);
        var representative = await PersonAsync(Roles.CountyRepresentative, agency.CountyId);
        var caseworker = new RequestsClient(await app.ClientForAsync(agency.Caseworker));
        var draft = await caseworker.CreateAsync(RequestsClient.Draft(agency.CountyId));
        await caseworker.SubmitAsync(draft.Id);
        var row = await app.QueryAsync(db => db.Notifications.SingleAsync(n => n.CareRequestId == draft.Id && n.RecipientEmail == representative.Email));
        var approve = LinkIn().Matches(row.TextBody!).Select(m => m.Value).First();
        var token = TokenOf(approve);
        var forged = $"{ApprovalLinks.PagePath}#{token[..^4] + (token[^4..] == "AAAA" ? "BBBB" : "AAAA")}";
        var client = await Forms.SignedInAsync(app, representative.Email);

        var forgedPage = await OpenAsync(client, forged);
        app.Clock.Advance(ApprovalLinks.Lifetime + TimeSpan.FromMinutes(1));
        var expired = await ConfirmAsync(client, approve, expectForm: false);

        Assert.Equal((ApprovalRequestedEmail.RequestedKind, NotificationStatus.Pending), (row.Kind, row.Status));
        Assert.Contains("This link is not valid", forgedPage, StringComparison.Ordinal);
        Assert.Contains("This link expired", await expired.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(RequestState.AwaitingApproval, (await caseworker.GetAsync(draft.Id)).State);
    }

    private sealed record Person(string Email, string Name);

    /// <summary>A person with the demo password holding one role at one organisation.</summary>
    private async Task<Person> PersonAsync(string role, int organisationId)
    {
        var tag = Guid.NewGuid().ToString("N")[..8];
        var email = $"{role}.{tag}@agency.example";
        var name = $"Approver {tag}";
        await using var scope = app.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var user = new AppUser { UserName = email, Email = email, DisplayName = name };
        Assert.True((await users.CreateAsync(user, DemoPeople.Password)).Succeeded);
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        db.Memberships.Add(new Membership { UserId = user.Id, OrganisationId = organisationId, Role = role });
        await db.SaveChangesAsync();
        return new Person(email, name);
    }

    /// <summary>Sends the outbox through the SMTP server on loopback and returns the request's approval emails by recipient.</summary>
    private async Task<Dictionary<string, MimeMessage>> DeliverAsync(SmtpSink smtp, int requestId, IReadOnlyList<string> expected)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var options = Options.Create(new MailOptions
        {
            Delivery = MailDelivery.Smtp,
            Smtp = new SmtpOptions { Host = "127.0.0.1", Port = smtp.Port, Security = MailKit.Security.SecureSocketOptions.None, Timeout = TimeSpan.FromSeconds(10) },
        });
        var sender = new OutboxSender(scope.ServiceProvider.GetRequiredService<AppDbContext>(),
            new MailTransportFactory(options, scope.ServiceProvider.GetRequiredService<DataPaths>()), options, app.Clock, NullLogger<OutboxSender>.Instance);
        while (await sender.SendDueAsync(CancellationToken.None) > 0)
        {
        }

        // The newest approval email of this request for each recipient (a second submission sends new ones).
        var newest = (await app.QueryAsync(db => db.Notifications
                .Where(n => n.CareRequestId == requestId && n.Kind == ApprovalRequestedEmail.RequestedKind && n.RecipientEmail != null)
                .Select(n => new { n.Id, n.RecipientEmail }).ToListAsync()))
            .GroupBy(n => n.RecipientEmail!).ToDictionary(g => g.Key, g => $"notification-{g.Max(n => n.Id)}@careportal");
        // The sink saves a message before it answers 250, and the sender returns once every message is answered: all are in.
        var arrived = smtp.Messages().Where(m => m.MessageId is { } id && newest.ContainsValue(id))
            .ToDictionary(m => m.To.Mailboxes.Single().Address, m => m);

        Assert.Equal(expected.Order(), arrived.Keys.Order());
        return arrived;
    }

    private static List<string> LinksIn(MimeMessage mail) => [.. LinkIn().Matches(mail.TextBody ?? "").Select(m => m.Value)];

    private static string TokenOf(string link) => SecretLinks.TokenOf(link);

    /// <summary>The page the link opens for this client (its token posted from the fragment, as the page's script does).</summary>
    private static async Task<string> OpenAsync(HttpClient client, string link) =>
        await (await new SecretLinks(client).OpenAsync(link)).Content.ReadAsStringAsync();

    /// <summary>Opens a link and posts its confirmation form; with no form on the page (a refusal), posts the token as a crafted form would.</summary>
    private static async Task<HttpResponseMessage> ConfirmAsync(HttpClient client, string link, string? note = null, bool expectForm = true)
    {
        var page = await OpenAsync(client, link);
        var antiforgery = expectForm ? page : await client.GetStringAsync(new Uri("/Requests/Create", UriKind.Relative));
        var fields = new Dictionary<string, string> { ["__RequestVerificationToken"] = Forms.TokenIn(antiforgery), ["t"] = TokenOf(link) };
        if (note is not null)
        {
            fields["Note"] = note;
        }

        return await client.PostAsync(new Uri(ApprovalLinks.PagePath, UriKind.Relative), new FormUrlEncodedContent(fields));
    }

    [GeneratedRegex(@"https?://\S+/Approvals/Link#[^\s""<]+", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex LinkIn();
}

public sealed class ApprovalEmailTests_Sqlite(SqliteApp app) : ApprovalEmailTests<SqliteApp>(app), IClassFixture<SqliteApp>;

[Trait("Tier", "Postgres")]
public sealed class ApprovalEmailTests_Postgres(PostgresApp app) : ApprovalEmailTests<PostgresApp>(app), IClassFixture<PostgresApp>;
