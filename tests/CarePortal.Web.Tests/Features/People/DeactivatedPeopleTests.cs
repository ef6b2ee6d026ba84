using System.Net;
using CarePortal.Web.Features.Accounts;
using CarePortal.Web.Features.AuditLog;
using CarePortal.Web.Features.Organisations;
using CarePortal.Web.Features.Requests;
using CarePortal.Web.Tests.Features.Accounts;
using CarePortal.Web.Tests.Features.Requests;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Xunit;

namespace CarePortal.Web.Tests.Features.People;

/// <summary>
/// A deactivated person no longer counts (issue #16 item 4): no approver, no one named to approve, no one told of a request;
/// an invitation to their address sends nothing (its link would open nothing), and says so only to their own agency, which sees
/// them deactivated on its people page: anyone else is answered as for an address nobody has. Reactivated, they count again
/// with the roles they had.
/// </summary>
public abstract class DeactivatedPeopleTests<TApp>(TApp app) where TApp : CarePortalApp
{
    private const string Password = "Agency-pass-2026";

    [Fact]
    public async Task A_deactivated_supervisor_approves_nothing_their_waiting_requests_go_to_the_office_and_reactivated_they_count_again()
    {
        var admin = await Forms.SignedInAsync(app, DemoPeople.AgencyAdmin);
        var agency = await PlaceIdAsync("Department of Children's Services");
        var knoxOffice = await PlaceIdAsync("Knox County Office");
        var knox = await PlaceIdAsync("Knox County");
        var email = $"supervisor.{Guid.NewGuid():N}@dcs.example";
        Assert.Equal(HttpStatusCode.Redirect, (await PeopleForms.InviteAsync(admin, email, Roles.Supervisor, knoxOffice)).StatusCode);
        await AccountLinkMail.AcceptFromOutboxAsync(app, email, Password);
        var supervisorId = await app.UserIdAsync(email);
        var caseworker = new RequestsClient(await app.ClientForAsync(DemoPeople.Caseworker));
        var waiting = await caseworker.CreateAsync(RequestsClient.Draft(knox, supervisorId: supervisorId));
        await caseworker.SubmitAsync(waiting.Id);
        var page = $"/People/Person/{agency}/{supervisorId}";

        var deactivated = await Forms.PostAsync(admin, page, $"{page}?handler=Deactivate", new Dictionary<string, string>());

        Assert.Equal(HttpStatusCode.Redirect, deactivated.StatusCode);
        Assert.Contains("The 1 request they were named to approve now goes to their office's supervisors.", await ConfirmationAsync(admin, page), StringComparison.Ordinal);
        Assert.Null(await app.QueryAsync(db => db.Requests.Where(r => r.Id == waiting.Id).Select(r => r.SupervisorId).SingleAsync()));
        var office = new RequestsClient(await app.ClientForAsync(DemoPeople.Supervisor));
        var queue = System.Text.Json.JsonDocument.Parse(await office.Http.GetStringAsync(new Uri("/api/approvals", UriKind.Relative))).RootElement;
        Assert.Contains(waiting.Id, queue.EnumerateArray().Select(r => r.GetProperty("id").GetInt32()));
        var named = await caseworker.PostAsync("/api/requests", RequestsClient.Draft(knox, supervisorId: supervisorId));
        Assert.Equal("Name a supervisor of the request's office.", (await RequestsClient.ProblemAsync(named, HttpStatusCode.BadRequest)).GetProperty("errors").GetProperty("supervisorId")[0].GetString());
        Assert.Equal(HttpStatusCode.OK, (await SignInAsync(email)).StatusCode);

        var reactivated = await Forms.PostAsync(admin, page, $"{page}?handler=Reactivate", new Dictionary<string, string>());
        var again = await Forms.PostAsync(admin, page, $"{page}?handler=Reactivate", new Dictionary<string, string>());

        Assert.Equal(HttpStatusCode.Redirect, reactivated.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, again.StatusCode);
        Assert.Contains("is active already.", await again.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await SignInAsync(email)).StatusCode);
        Assert.Equal([(Roles.Supervisor, knoxOffice)], await app.QueryAsync(async db => (await db.Memberships.Where(m => m.UserId == supervisorId).ToListAsync()).Select(m => (m.Role, m.OrganisationId)).ToList()));
        await caseworker.CreateAsync(RequestsClient.Draft(knox, supervisorId: supervisorId));
        var audited = await app.QueryAsync(db => db.AdminActions.Where(a => a.SubjectUserId == supervisorId && a.Action != AuditActions.ContactsViewed).OrderBy(a => a.Id).Select(a => a.Action).ToListAsync());
        Assert.Equal([AuditActions.Invited, AuditActions.Deactivated, AuditActions.Reactivated], audited);
    }

    [Fact]
    public async Task A_deactivated_county_representative_is_told_of_no_request_and_only_their_own_agency_learns_that_an_invitation_found_them_deactivated()
    {
        var agency = await TestAgency.CreateAsync(app, ApprovalOption.CountyRepresentative);
        var agencyId = await app.QueryAsync(db => db.Organisations.Where(o => o.Id == agency.CountyId).Select(o => o.Parent!.ParentId!.Value).SingleAsync());
        var representative = await app.UserIdAsync(agency.CountyRepresentative);
        var caseworker = new RequestsClient(await app.ClientForAsync(agency.Caseworker));
        var first = await caseworker.CreateAsync(RequestsClient.Draft(agency.CountyId));
        await caseworker.SubmitAsync(first.Id);
        Assert.Equal(1, await NoticesAsync(representative));
        var platform = await Forms.SignedInAsync(app, DemoPeople.PlatformAdmin);
        var page = $"/People/Person/{agencyId}/{representative}";

        Assert.Equal(HttpStatusCode.Redirect, (await Forms.PostAsync(platform, page, $"{page}?handler=Deactivate", new Dictionary<string, string>())).StatusCode);
        var second = await caseworker.CreateAsync(RequestsClient.Draft(agency.CountyId));
        var submitted = await caseworker.SubmitAsync(second.Id);
        // Another agency's admin invites the address, and an address nobody has: they are answered alike.
        await app.QueryAsync(db => db.Users.Where(u => u.Id == representative).ExecuteUpdateAsync(u => u.SetProperty(x => x.DisplayName, "Rita Registered")));
        var admin = await Forms.SignedInAsync(app, DemoPeople.AgencyAdmin);
        var office = await PlaceIdAsync("Knox County Office");
        var unknown = $"unknown.{Guid.NewGuid():N}@agency.example";
        var toUnknown = await PeopleForms.InviteAsync(admin, unknown, Roles.Caseworker, office);
        var saidToUnknown = await ConfirmationAsync(admin, "/People");
        var toDeactivated = await PeopleForms.InviteAsync(admin, agency.CountyRepresentative, Roles.Caseworker, office);
        var saidToDeactivated = await ConfirmationAsync(admin, "/People");
        // Their own agency's admin (here the platform admin on its people page) sees them deactivated there, and is told why.
        var byOwnAgency = await InviteAsync(platform, agencyId, agency.CountyRepresentative, Roles.Caseworker, await app.QueryAsync(db =>
            db.Organisations.Where(o => o.ParentId == agency.CountyId).Select(o => o.Id).SingleAsync()));

        Assert.Equal(RequestState.AwaitingApproval, submitted.State);
        Assert.Equal((HttpStatusCode.Redirect, toUnknown.Headers.Location), (toDeactivated.StatusCode, toDeactivated.Headers.Location));
        Assert.Equal($"Invitation sent to {unknown}. The role takes effect when they accept it from the email.", Alert(saidToUnknown));
        Assert.Equal($"Invitation sent to {agency.CountyRepresentative}. The role takes effect when they accept it from the email.", Alert(saidToDeactivated));
        Assert.Contains($"<th scope=\"row\" data-label=\"Email\">{unknown}</th>", saidToDeactivated, StringComparison.Ordinal);
        Assert.Contains($"<th scope=\"row\" data-label=\"Email\">{agency.CountyRepresentative}</th>", saidToDeactivated, StringComparison.Ordinal);
        // The audit log names the invitee by the address typed, not by the account's own name.
        var logged = WebUtility.HtmlDecode(await admin.GetStringAsync(new Uri($"/AuditLog?person={Uri.EscapeDataString(agency.CountyRepresentative)}", UriKind.Relative)));
        Assert.Contains("Invited a person", logged, StringComparison.Ordinal);
        Assert.DoesNotContain("Rita Registered", logged, StringComparison.Ordinal);
        // A deactivated person is sent nothing: the link would open nothing.
        Assert.Equal(1, await NoticesAsync(representative));
        Assert.Equal(HttpStatusCode.BadRequest, byOwnAgency.StatusCode);
        Assert.Contains($"{agency.CountyRepresentative} belongs to a deactivated account, which accepts no invitation",
            WebUtility.HtmlDecode(await byOwnAgency.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.Equal(1, await app.QueryAsync(db => db.AdminActions.CountAsync(a => a.Action == AuditActions.Invited && a.SubjectUserId == representative)));
    }

    /// <summary>The page's success alert (the action's confirmation), or nothing.</summary>
    private static string? Alert(string page)
    {
        var start = page.IndexOf("<p class=\"usa-alert__text\">", StringComparison.Ordinal);
        return start < 0 ? null : page[(start + "<p class=\"usa-alert__text\">".Length)..page.IndexOf("</p>", start, StringComparison.Ordinal)];
    }

    private static async Task<HttpResponseMessage> InviteAsync(HttpClient admin, int agencyId, string email, string role, int place)
    {
        var page = $"/People/{agencyId}";
        return await Forms.PostAsync(admin, page, $"{page}?handler=Invite", new Dictionary<string, string>
        {
            ["Email"] = email, ["Name"] = "Ina Invitee", ["Role"] = role, ["Places"] = place.ToString(System.Globalization.CultureInfo.InvariantCulture),
        });
    }

    private Task<int> NoticesAsync(string userId) => app.QueryAsync(db => db.Notifications.CountAsync(n => n.RecipientId == userId));

    private static async Task<string> ConfirmationAsync(HttpClient client, string page) => WebUtility.HtmlDecode(await client.GetStringAsync(new Uri(page, UriKind.Relative)));

    private Task<int> PlaceIdAsync(string name) => app.QueryAsync(db => db.Organisations.Where(o => o.Name == name).Select(o => o.Id).SingleAsync());

    private Task<HttpResponseMessage> SignInAsync(string email) =>
        Forms.PostAsync(app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false }), "/Accounts/Login",
            new Dictionary<string, string> { ["Email"] = email, ["Password"] = Password });
}

public sealed class DeactivatedPeopleTests_Sqlite(SqliteApp app) : DeactivatedPeopleTests<SqliteApp>(app), IClassFixture<SqliteApp>;

[Trait("Tier", "Postgres")]
public sealed class DeactivatedPeopleTests_Postgres(PostgresApp app) : DeactivatedPeopleTests<PostgresApp>(app), IClassFixture<PostgresApp>;
