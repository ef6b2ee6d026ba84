using System.Net;
using System.Text.RegularExpressions;
using CarePortal.Web.Features.Approvals;
using CarePortal.Web.Features.Requests;
using CarePortal.Web.Tests.Features.Requests;
using CarePortal.Web.Tests.Features.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace CarePortal.Web.Tests.Features.Approvals;

/// <summary>Approving, returning and denying from the signed, expiring links of the approval email, over real HTTP.</summary>
public abstract partial class ApprovalLinkTests<TApp>(TApp app) where TApp : CarePortalApp
{
    private ApprovalLinks Links => app.Services.GetRequiredService<ApprovalLinks>();

    private async Task<int> GasCardAwaitingSupervisorAsync()
    {
        var caseworker = new RequestsClient(await app.ClientForAsync(DemoPeople.Caseworker));
        var knox = await DemoPlaces.CountyIdAsync(app, "Knox County");
        var draft = await caseworker.CreateAsync(RequestsClient.Draft(knox, "transportation", Descriptions.GasCard, await app.UserIdAsync(DemoPeople.Supervisor)));
        Assert.Equal(RequestState.AwaitingApproval, (await caseworker.SubmitAsync(draft.Id)).State);
        return draft.Id;
    }

    private async Task<string> LinkAsync(int id, Decision action) =>
        Links.PathFor(await app.QueryAsync(db => db.Requests.SingleAsync(r => r.Id == id)), await app.UserIdAsync(DemoPeople.Supervisor), action);

    private Task<RequestState> StateAsync(int id) => app.QueryAsync(db => db.Requests.Where(r => r.Id == id).Select(r => r.State).SingleAsync());

    /// <summary>The page the link opens for this client (its token posted from the fragment, as the page's script does).</summary>
    private static async Task<string> OpenAsync(HttpClient client, string link) =>
        await (await new SecretLinks(client).OpenAsync(link)).Content.ReadAsStringAsync();

    private static async Task<HttpResponseMessage> ConfirmAsync(HttpClient client, string link, string? note = null)
    {
        var page = await OpenAsync(client, link);
        var fields = new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = Forms.TokenIn(page),
            ["t"] = WebUtility.HtmlDecode(Hidden().Match(page).Groups[1].Value),
        };
        if (note is not null)
        {
            fields["Note"] = note;
        }

        return await client.PostAsync(new Uri(ApprovalLinks.PagePath, UriKind.Relative), new FormUrlEncodedContent(fields));
    }

    [Fact]
    public async Task Submitting_for_approval_writes_the_named_supervisors_email_whose_body_carries_the_three_signed_links()
    {
        var id = await GasCardAwaitingSupervisorAsync();
        var supervisorId = await app.UserIdAsync(DemoPeople.Supervisor);

        var row = await app.QueryAsync(db => db.Notifications.SingleAsync(n => n.CareRequestId == id && n.Kind == CarePortal.Web.Features.Notifications.Emails.ApprovalRequestedEmail.RequestedKind));
        var links = LinkInBody().Matches(row.TextBody ?? "").Select(m => m.Value).ToList();

        Assert.Equal((supervisorId, DemoPeople.Supervisor), (row.RecipientId, row.RecipientEmail));
        Assert.Equal(3, links.Count);
        Assert.Equal([Decision.Approve, Decision.Return, Decision.Deny], links.Select(l => Links.Check(SecretLinks.TokenOf(l)).Link!.Action));
        Assert.All(links, l => Assert.Equal(LinkProblem.None, Links.Check(SecretLinks.TokenOf(l)).Problem));
    }

    [Fact]
    public async Task Link_shows_the_request_and_findings_and_approves_only_on_the_signed_in_approvers_post()
    {
        var id = await GasCardAwaitingSupervisorAsync();
        var link = await LinkAsync(id, Decision.Approve);
        var supervisor = await Forms.SignedInAsync(app, DemoPeople.Supervisor);

        var anonymous = new SecretLinks(app.CreateClient(new() { AllowAutoRedirect = false }));
        await anonymous.OpenAsync(link);
        var page = await OpenAsync(supervisor, link);
        var stateAfterGet = await StateAsync(id);
        var confirmed = await ConfirmAsync(supervisor, link);

        Assert.Contains("/Accounts/Login", anonymous.Seen[^1], StringComparison.Ordinal);
        Assert.Contains(WebUtility.HtmlEncode("gas card"), page, StringComparison.Ordinal);
        Assert.Contains("gas-card", page, StringComparison.Ordinal);
        Assert.Contains($"Approve request {id}", page, StringComparison.Ordinal);
        Assert.Equal(RequestState.AwaitingApproval, stateAfterGet);
        Assert.Equal(HttpStatusCode.Redirect, confirmed.StatusCode);
        Assert.Equal(RequestState.Open, await StateAsync(id));
    }

    [Fact]
    public async Task Return_link_needs_a_note_then_returns_the_request()
    {
        var id = await GasCardAwaitingSupervisorAsync();
        var link = await LinkAsync(id, Decision.Return);
        var supervisor = await Forms.SignedInAsync(app, DemoPeople.Supervisor);

        var withoutNote = await ConfirmAsync(supervisor, link);
        var stateWithoutNote = await StateAsync(id);
        var withNote = await ConfirmAsync(supervisor, link, "Say which days she drives.");

        Assert.Contains("Say why", await withoutNote.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(RequestState.AwaitingApproval, stateWithoutNote);
        Assert.Equal(HttpStatusCode.Redirect, withNote.StatusCode);
        Assert.Equal(RequestState.ReturnedForChanges, await StateAsync(id));
    }

    [Fact]
    public async Task Used_link_says_the_request_no_longer_waits_and_changes_nothing()
    {
        var id = await GasCardAwaitingSupervisorAsync();
        var deny = await LinkAsync(id, Decision.Deny);
        var approve = await LinkAsync(id, Decision.Approve);
        var supervisor = await Forms.SignedInAsync(app, DemoPeople.Supervisor);
        await ConfirmAsync(supervisor, approve);

        var page = await OpenAsync(supervisor, deny);
        var post = await PostWithoutFormAsync(supervisor, deny);

        Assert.Contains("no longer waits for a decision", page, StringComparison.Ordinal);
        Assert.Contains("no longer waits for a decision", await post.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(RequestState.Open, await StateAsync(id));
    }

    [Fact]
    public async Task Expired_forged_and_someone_elses_links_change_nothing()
    {
        var id = await GasCardAwaitingSupervisorAsync();
        var link = await LinkAsync(id, Decision.Approve);
        var token = SecretLinks.TokenOf(link);
        var forged = $"{ApprovalLinks.PagePath}#{token[..^4] + (token[^4..] == "AAAA" ? "BBBB" : "AAAA")}";
        var supervisor = await Forms.SignedInAsync(app, DemoPeople.Supervisor);
        var representative = await Forms.SignedInAsync(app, DemoPeople.CountyRepresentative);

        var forgedPage = await OpenAsync(supervisor, forged);
        var forgedPost = await PostWithoutFormAsync(supervisor, forged);
        var othersPage = await OpenAsync(representative, link);
        var othersPost = await PostWithoutFormAsync(representative, link);
        app.Clock.Advance(ApprovalLinks.Lifetime + TimeSpan.FromMinutes(1));
        var expiredPage = await OpenAsync(supervisor, link);
        var expiredPost = await PostWithoutFormAsync(supervisor, link);

        Assert.Contains("This link is not valid", forgedPage, StringComparison.Ordinal);
        Assert.Contains("This link is not valid", await forgedPost.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("sent to someone else", othersPage, StringComparison.Ordinal);
        Assert.Contains("sent to someone else", await othersPost.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("This link expired", expiredPage, StringComparison.Ordinal);
        Assert.Contains("This link expired", await expiredPost.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(RequestState.AwaitingApproval, await StateAsync(id));
    }

    [Fact]
    public async Task Post_without_the_antiforgery_token_is_refused()
    {
        var id = await GasCardAwaitingSupervisorAsync();
        var link = await LinkAsync(id, Decision.Approve);
        var supervisor = await Forms.SignedInAsync(app, DemoPeople.Supervisor);

        var post = await supervisor.PostAsync(new Uri(ApprovalLinks.PagePath, UriKind.Relative),
            new FormUrlEncodedContent(new Dictionary<string, string> { ["t"] = SecretLinks.TokenOf(link) }));

        Assert.Equal(HttpStatusCode.BadRequest, post.StatusCode);
        Assert.Equal(RequestState.AwaitingApproval, await StateAsync(id));
    }

    /// <summary>Posts a link's token with a valid antiforgery token taken from another page, as a crafted form would.</summary>
    private static async Task<HttpResponseMessage> PostWithoutFormAsync(HttpClient client, string link)
    {
        var queue = await client.GetStringAsync(new Uri("/Requests/Create", UriKind.Relative));
        var token = SecretLinks.TokenOf(link);
        return await client.PostAsync(new Uri(ApprovalLinks.PagePath, UriKind.Relative), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = Forms.TokenIn(queue),
            ["t"] = token,
        }));
    }

    [GeneratedRegex("name=\"t\" value=\"([^\"]+)\"")]
    private static partial Regex Hidden();

    [GeneratedRegex(@"https?://\S+/Approvals/Link#\S+", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex LinkInBody();
}

public sealed class ApprovalLinkTests_Sqlite(SqliteApp app) : ApprovalLinkTests<SqliteApp>(app), IClassFixture<SqliteApp>;

[Trait("Tier", "Postgres")]
public sealed class ApprovalLinkTests_Postgres(PostgresApp app) : ApprovalLinkTests<PostgresApp>(app), IClassFixture<PostgresApp>;
