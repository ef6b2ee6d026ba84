using System.Net;
using CarePortal.Web.Features.Accounts;
using CarePortal.Web.Features.AuditLog;
using CarePortal.Web.Tests.Features.Accounts;
using CarePortal.Web.Tests.Features.Requests;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Xunit;

namespace CarePortal.Web.Tests.Features.People;

/// <summary>
/// The agency admin's people pages through the app's pipeline: invite (the role is the invitee's only once they accept the
/// emailed link), change a role, deactivate (sessions and API tokens end at once), reassign the requests of someone gone,
/// and the last administrator who cannot leave the agency without one. Bad input is said at its field and changes nothing.
/// </summary>
public abstract class PeopleTests<TApp>(TApp app) where TApp : CarePortalApp
{
    public const string Password = "Agency-pass-2026";

    [Fact]
    public async Task An_invited_address_gets_the_role_only_when_its_owner_accepts_the_link_and_the_invitation_is_audited()
    {
        var admin = await Forms.SignedInAsync(app, DemoPeople.AgencyAdmin);
        var email = $"new.caseworker.{Guid.NewGuid():N}@dcs.example";
        var knoxOffice = await PlaceIdAsync("Knox County Office");

        var invited = await InviteAsync(admin, email, Roles.Caseworker, knoxOffice);
        var userId = await app.UserIdAsync(email);
        var before = await RolesAsync(userId);
        var signInBefore = await SignInAsync(email, Password);
        var accepted = await AccountLinkMail.FollowAsync(Anonymous(), await AccountLinkMail.FromOutboxAsync(app, email), Password);

        Assert.Equal(HttpStatusCode.Redirect, invited.StatusCode);
        Assert.Empty(before);
        Assert.Equal(HttpStatusCode.OK, signInBefore.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, accepted.StatusCode);
        Assert.Equal([(Roles.Caseworker, knoxOffice)], await RolesAsync(userId));
        Assert.Equal(HttpStatusCode.Redirect, (await SignInAsync(email, Password)).StatusCode);
        var list = await admin.GetStringAsync(new Uri("/People", UriKind.Relative));
        Assert.Contains(email, list, StringComparison.Ordinal);
        Assert.True(await app.QueryAsync(db => db.AdminActions.AnyAsync(e => e.Action == AuditActions.Invited && e.SubjectUserId == userId)));
    }

    [Fact]
    public async Task A_county_representative_is_invited_to_several_counties_and_takes_them_all()
    {
        var admin = await Forms.SignedInAsync(app, DemoPeople.AgencyAdmin);
        var email = $"county.{Guid.NewGuid():N}@dcs.example";
        var knox = await PlaceIdAsync("Knox County");
        var blount = await PlaceIdAsync("Blount County");

        Assert.Equal(HttpStatusCode.Redirect, (await InviteAsync(admin, email, Roles.CountyRepresentative, knox, blount)).StatusCode);
        await AccountLinkMail.AcceptFromOutboxAsync(app, email, Password);

        Assert.Equal(new[] { (Roles.CountyRepresentative, blount), (Roles.CountyRepresentative, knox) }.Order(), (await RolesAsync(await app.UserIdAsync(email))).Order());
    }

    [Theory]
    [InlineData("", "caseworker", "Knox County Office", "Give the person&#x27;s email address")]
    [InlineData("not-an-address", "caseworker", "Knox County Office", "Give the person&#x27;s email address")]
    [InlineData("ok@dcs.example", "", "Knox County Office", "Choose a role")]
    [InlineData("ok@dcs.example", "platform-admin", "Knox County Office", "Choose a role")]
    [InlineData("ok@dcs.example", "caseworker", "Knox County", "Choose the one office where the caseworker works.")]
    [InlineData("ok@dcs.example", "regional-manager", "", "Choose the one region the regional manager manages.")]
    [InlineData("ok@dcs.example", "county-representative", "Knox County Office", "Choose one county or more")]
    public async Task Bad_invitations_are_said_at_their_field_and_send_nothing(string email, string role, string place, string message)
    {
        var admin = await Forms.SignedInAsync(app, DemoPeople.AgencyAdmin);
        var notices = await app.QueryAsync(db => db.Notifications.CountAsync());
        var fields = new Dictionary<string, string> { ["Email"] = email, ["Name"] = "Bea Bad", ["Role"] = role };
        if (place.Length > 0)
        {
            fields["Places"] = (await PlaceIdAsync(place)).ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        var refused = await Forms.PostAsync(admin, "/People", "/People?handler=Invite", fields);
        var page = await refused.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains(message, page, StringComparison.Ordinal);
        Assert.Contains("usa-form-group--error", page, StringComparison.Ordinal);
        Assert.Contains("value=\"Bea Bad\"", page, StringComparison.Ordinal);
        Assert.Equal(notices, await app.QueryAsync(db => db.Notifications.CountAsync()));
    }

    [Fact]
    public async Task A_place_of_another_agency_is_refused()
    {
        var admin = await Forms.SignedInAsync(app, DemoPeople.AgencyAdmin);
        var church = await PlaceIdAsync("Grace Church Knoxville");

        var refused = await InviteAsync(admin, "elsewhere@dcs.example", Roles.Caseworker, church);

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("Choose the one office", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_agency_admin_changes_a_role_and_the_person_is_signed_out_to_take_it()
    {
        var admin = await Forms.SignedInAsync(app, DemoPeople.AgencyAdmin);
        var (email, userId) = await JoinedAsync(admin, Roles.Caseworker, await PlaceIdAsync("Knox County Office"));
        var person = await SignedInWithAsync(email);
        var east = await PlaceIdAsync("East Region");

        var changed = await Forms.PostAsync(admin, $"/People/Person/{await AgencyIdAsync()}/{userId}", $"/People/Person/{await AgencyIdAsync()}/{userId}?handler=Role",
            new Dictionary<string, string> { ["Role"] = Roles.RegionalManager, ["Places"] = $"{east}" });

        Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode);
        Assert.Equal([(Roles.RegionalManager, east)], await RolesAsync(userId));
        Assert.Equal(HttpStatusCode.Redirect, (await person.GetAsync(new Uri("/Requests", UriKind.Relative))).StatusCode);
        Assert.True(await app.QueryAsync(db => db.AdminActions.AnyAsync(e => e.Action == AuditActions.RoleChanged && e.SubjectUserId == userId)));
    }

    [Fact]
    public async Task The_last_agency_admin_can_neither_demote_nor_deactivate_themselves()
    {
        var admin = await Forms.SignedInAsync(app, DemoPeople.AgencyAdmin);
        var me = await app.UserIdAsync(DemoPeople.AgencyAdmin);
        var page = $"/People/Person/{await AgencyIdAsync()}/{me}";
        var others = await app.QueryAsync(db => db.Memberships.Where(m => m.Role == Roles.AgencyAdmin && m.UserId != me).ToListAsync());
        Assert.Empty(others);

        var demoted = await Forms.PostAsync(admin, page, $"{page}?handler=Role", new Dictionary<string, string> { ["Role"] = Roles.Caseworker, ["Places"] = $"{await PlaceIdAsync("Knox County Office")}" });
        var deactivated = await Forms.PostAsync(admin, page, $"{page}?handler=Deactivate", new Dictionary<string, string>());

        Assert.Equal(HttpStatusCode.BadRequest, demoted.StatusCode);
        Assert.Contains("You are the agency&#x27;s last administrator", await demoted.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, deactivated.StatusCode);
        Assert.Contains("You are the agency&#x27;s last administrator", await deactivated.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal([(Roles.AgencyAdmin, await AgencyIdAsync())], await RolesAsync(me));
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync(new Uri("/People", UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task Deactivation_ends_sessions_and_api_tokens_at_once_and_the_requests_they_write_are_reassigned()
    {
        var admin = await Forms.SignedInAsync(app, DemoPeople.AgencyAdmin);
        var knoxOffice = await PlaceIdAsync("Knox County Office");
        var (email, userId) = await JoinedAsync(admin, Roles.Caseworker, knoxOffice);
        var session = await SignedInWithAsync(email);
        var token = await app.ClientForAsync(email);
        var draft = await new RequestsClient(token).CreateAsync(RequestsClient.Draft(await DemoPlaces.CountyIdAsync(app, "Knox County")));
        var page = $"/People/Person/{await AgencyIdAsync()}/{userId}";

        var deactivated = await Forms.PostAsync(admin, page, $"{page}?handler=Deactivate", new Dictionary<string, string>());
        var shown = await admin.GetStringAsync(new Uri(page, UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, deactivated.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await token.GetAsync(new Uri("/api/requests", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await session.GetAsync(new Uri("/Requests", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await SignInAsync(email, Password)).StatusCode);
        Assert.Contains("Deactivated", shown, StringComparison.Ordinal);
        Assert.Contains($"id=\"request-{draft.Id}\"", shown, StringComparison.Ordinal);

        var other = await app.UserIdAsync(DemoPeople.Caseworker2);
        var davidson = await app.UserIdAsync(DemoPeople.OtherCaseworker);
        var wrongOffice = await Forms.PostAsync(admin, page, $"{page}?handler=Reassign", new Dictionary<string, string> { ["Requests"] = $"{draft.Id}", ["To"] = davidson });
        var reassigned = await Forms.PostAsync(admin, page, $"{page}?handler=Reassign", new Dictionary<string, string> { ["Requests"] = $"{draft.Id}", ["To"] = other });

        Assert.Equal(HttpStatusCode.BadRequest, wrongOffice.StatusCode);
        Assert.Contains("does not work at Knox County Office", await wrongOffice.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, reassigned.StatusCode);
        Assert.Equal(other, await app.QueryAsync(db => db.Requests.Where(r => r.Id == draft.Id).Select(r => r.CaseworkerId).SingleAsync()));
        Assert.Equal(HttpStatusCode.OK, (await (await app.ClientForAsync(DemoPeople.Caseworker2)).GetAsync(new Uri($"/api/requests/{draft.Id}", UriKind.Relative))).StatusCode);
        Assert.True(await app.QueryAsync(db => db.AdminActions.AnyAsync(e => e.Action == AuditActions.Deactivated && e.SubjectUserId == userId)));
        Assert.True(await app.QueryAsync(db => db.AdminActions.AnyAsync(e => e.Action == AuditActions.Reassigned && e.CareRequestId == draft.Id)));
    }

    [Fact]
    public async Task Nobody_but_the_agencys_admins_opens_or_acts_on_the_people_pages()
    {
        var target = await app.UserIdAsync(DemoPeople.Caseworker2);
        var agency = await AgencyIdAsync();
        var caseworker = await Forms.SignedInAsync(app, DemoPeople.Caseworker);
        var supervisor = await Forms.SignedInAsync(app, DemoPeople.Supervisor);

        Assert.Equal(HttpStatusCode.Forbidden, (await caseworker.GetAsync(new Uri($"/People/{agency}", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await supervisor.GetAsync(new Uri($"/People/Person/{agency}/{target}", UriKind.Relative))).StatusCode);
        var post = await Forms.PostAsync(supervisor, "/", $"/People/Person/{agency}/{target}?handler=Deactivate", new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.Forbidden, post.StatusCode);
        Assert.False(await app.QueryAsync(db => db.Users.Where(u => u.Id == target).Select(u => u.LockoutEnd != null).SingleAsync()));
    }

    private static Task<HttpResponseMessage> InviteAsync(HttpClient admin, string email, string role, params int[] places) =>
        PeopleForms.InviteAsync(admin, email, role, places);

    /// <summary>A new person of the agency in <paramref name="role"/>: invited and accepted, with <see cref="Password"/>.</summary>
    private async Task<(string Email, string UserId)> JoinedAsync(HttpClient admin, string role, params int[] places)
    {
        var email = $"person.{Guid.NewGuid():N}@dcs.example";
        Assert.Equal(HttpStatusCode.Redirect, (await InviteAsync(admin, email, role, places)).StatusCode);
        await AccountLinkMail.AcceptFromOutboxAsync(app, email, Password);
        return (email, await app.UserIdAsync(email));
    }

    private async Task<HttpClient> SignedInWithAsync(string email)
    {
        var client = Anonymous();
        var login = await Forms.PostAsync(client, "/Accounts/Login", new Dictionary<string, string> { ["Email"] = email, ["Password"] = Password });
        Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri("/Requests", UriKind.Relative))).StatusCode);
        return client;
    }

    private Task<List<(string Role, int At)>> RolesAsync(string userId) =>
        app.QueryAsync(async db => (await db.Memberships.Where(m => m.UserId == userId).Select(m => new { m.Role, m.OrganisationId }).ToListAsync())
            .Select(m => (m.Role, m.OrganisationId)).ToList());

    private Task<int> PlaceIdAsync(string name) => app.QueryAsync(db => db.Organisations.Where(o => o.Name == name).Select(o => o.Id).SingleAsync());

    private Task<int> AgencyIdAsync() => PlaceIdAsync("Department of Children's Services");

    private Task<HttpResponseMessage> SignInAsync(string email, string password) =>
        Forms.PostAsync(Anonymous(), "/Accounts/Login", new Dictionary<string, string> { ["Email"] = email, ["Password"] = password });

    private HttpClient Anonymous() => app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
}

public sealed class PeopleTests_Sqlite(SqliteApp app) : PeopleTests<SqliteApp>(app), IClassFixture<SqliteApp>;

[Trait("Tier", "Postgres")]
public sealed class PeopleTests_Postgres(PostgresApp app) : PeopleTests<PostgresApp>(app), IClassFixture<PostgresApp>;
