using System.Net;
using System.Net.Http.Json;
using CarePortal.Web.Features.Accounts;
using CarePortal.Web.Features.AuditLog;
using CarePortal.Web.Features.Churches;
using CarePortal.Web.Features.Organisations;
using Microsoft.EntityFrameworkCore;
using Xunit;

namespace CarePortal.Web.Tests.Features.AuditLog;

/// <summary>
/// Every view of people's contact data on a list or a person's page is one line of the audit log, not one per person: the
/// agency admin's people page and a person's page (in the agency's log), the church's members page and its responders' list
/// (the point person's; a team leader, who forwards by name, gets no email and nothing is recorded), the platform admin's
/// champions list. A refused view records nothing; a view another site started shows no email and records nothing; the
/// answer is not stored by the browser.
/// </summary>
public abstract class ContactViewsTests<TApp>(TApp app) where TApp : CarePortalApp
{
    /// <summary>How the audit log names such a view (AuditActions.ContactsViewed).</summary>
    private const string ContactsViewed = "contacts-viewed";

    [Fact]
    public async Task The_people_page_and_a_persons_page_are_one_line_each_in_the_agencys_log_and_a_refused_or_cross_site_view_none()
    {
        var admin = await Forms.SignedInAsync(app, DemoPeople.AgencyAdmin);
        var adminId = await app.UserIdAsync(DemoPeople.AgencyAdmin);
        var caseworkerId = await app.UserIdAsync(DemoPeople.Caseworker);
        var agency = await app.QueryAsync(db => db.Organisations.Where(o => o.Name == "Department of Children's Services").Select(o => o.Id).SingleAsync());
        var before = await ViewsAsync(adminId);

        var list = await admin.GetAsync(new Uri("/People", UriKind.Relative));
        var person = await admin.GetStringAsync(new Uri($"/People/Person/{agency}/{caseworkerId}", UriKind.Relative));
        var refused = await (await Forms.SignedInAsync(app, DemoPeople.Caseworker)).GetAsync(new Uri("/People", UriKind.Relative));
        using var fromElsewhere = new HttpRequestMessage(HttpMethod.Get, new Uri("/People", UriKind.Relative));
        fromElsewhere.Headers.Add("Sec-Fetch-Site", "cross-site");
        var crossSite = await (await admin.SendAsync(fromElsewhere)).Content.ReadAsStringAsync();

        Assert.Contains(DemoPeople.Caseworker, await list.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("no-store", list.Headers.CacheControl?.ToString(), StringComparison.Ordinal);
        Assert.Contains(DemoPeople.Caseworker, person, StringComparison.Ordinal);
        Assert.InRange((int)refused.StatusCode, 403, 404);
        Assert.DoesNotContain(DemoPeople.Caseworker, crossSite, StringComparison.Ordinal);
        Assert.Contains("Emails are shown only when this page is opened from CarePortal's own pages", crossSite, StringComparison.Ordinal);
        Assert.Equal([(agency, "emails on the people page", (string?)null), (agency, "email on the person's page", caseworkerId)],
            (await ViewsAsync(adminId)).Skip(before.Count).Select(v => (v.OrganisationId!.Value, v.Detail, v.SubjectUserId)));
        Assert.Empty(await ViewsAsync(await app.UserIdAsync(DemoPeople.Caseworker)));

        var log = await admin.GetStringAsync(new Uri($"/AuditLog?action={ContactsViewed}", UriKind.Relative));
        Assert.Contains("Viewed people&#x27;s contacts", log, StringComparison.Ordinal);
        Assert.Contains("email on the person&#x27;s page", log, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_churchs_members_page_and_its_responders_list_are_recorded_for_its_point_person_and_a_team_leader_sees_no_email()
    {
        var pointId = await app.UserIdAsync(DemoPeople.PointPerson);
        var church = await app.QueryAsync(db => db.Memberships.Where(m => m.UserId == pointId && m.Role == Roles.ChurchPointPerson).Select(m => m.OrganisationId).FirstAsync());
        var leaderId = await app.UserIdAsync(DemoPeople.TeamLeader);
        Assert.True(await app.QueryAsync(db => db.Memberships.AnyAsync(m => m.UserId == leaderId && m.Role == Roles.TeamLeader && m.Organisation!.ParentId == church)));
        var before = await ViewsAsync(pointId);

        var page = await (await Forms.SignedInAsync(app, DemoPeople.PointPerson)).GetStringAsync(new Uri($"/Churches/Settings/Members/{church}", UriKind.Relative));
        var forPastor = await (await app.ClientForAsync(DemoPeople.PointPerson)).GetFromJsonAsync<List<ResponderView>>($"/api/churches/{church}/responders", Json.Options);
        var forLeader = await (await app.ClientForAsync(DemoPeople.TeamLeader)).GetFromJsonAsync<List<ResponderView>>($"/api/churches/{church}/responders", Json.Options);

        Assert.Contains(DemoPeople.Responder, page, StringComparison.Ordinal);
        Assert.Contains(DemoPeople.Responder, forPastor!.Select(r => r.Email));
        Assert.NotEmpty(forLeader!);
        Assert.All(forLeader!, r => Assert.Equal("", r.Email));
        Assert.Equal([(church, "emails on the church's members page"), (church, "emails of the church's responders")],
            (await ViewsAsync(pointId)).Skip(before.Count).Select(v => (v.OrganisationId!.Value, v.Detail)));
        Assert.Empty(await ViewsAsync(leaderId));
    }

    [Fact]
    public async Task Each_view_of_the_champions_list_is_recorded_for_the_platform_admin()
    {
        var adminId = await app.UserIdAsync(DemoPeople.PlatformAdmin);
        var before = await ViewsAsync(adminId);

        var answer = await (await app.ClientForAsync(DemoPeople.PlatformAdmin)).GetAsync(new Uri("/api/champions", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        Assert.Equal([((int?)null, "emails on the champions list")], (await ViewsAsync(adminId)).Skip(before.Count).Select(v => (v.OrganisationId, v.Detail)));
    }

    [Fact]
    public async Task The_tier_two_approvals_the_churches_applicants_and_the_needs_leaders_pages_are_recorded_once_a_view()
    {
        var agencyAdmin = await app.UserIdAsync(DemoPeople.AgencyAdmin);
        var platformAdmin = await app.UserIdAsync(DemoPeople.PlatformAdmin);
        var pointId = await app.UserIdAsync(DemoPeople.PointPerson);
        var agency = await app.QueryAsync(db => db.Organisations.Where(o => o.Name == "Department of Children's Services").Select(o => o.Id).SingleAsync());
        var church = await app.QueryAsync(db => db.Memberships.Where(m => m.UserId == pointId && m.Role == Roles.ChurchPointPerson).Select(m => m.OrganisationId).FirstAsync());
        var applicant = $"applicant.{Guid.NewGuid():N}@church.example";
        var applied = await app.CreateClient().PostAsJsonAsync("/api/churches/applications",
            new { name = "Applying Church", zip = "37403", needs = new[] { "food" }, pointPersonEmail = applicant, pointPersonName = "Ann Applicant" });
        Assert.True(applied.IsSuccessStatusCode, await applied.Content.ReadAsStringAsync());
        var counts = (await ViewsAsync(agencyAdmin)).Count + (await ViewsAsync(platformAdmin)).Count + (await ViewsAsync(pointId)).Count;

        Assert.Equal(HttpStatusCode.OK, (await (await Forms.SignedInAsync(app, DemoPeople.AgencyAdmin)).GetAsync(new Uri($"/Tiers/Approvals/{agency}", UriKind.Relative))).StatusCode);
        Assert.Contains(applicant, await (await Forms.SignedInAsync(app, DemoPeople.PlatformAdmin)).GetStringAsync(new Uri("/Platform/Churches", UriKind.Relative)), StringComparison.Ordinal);
        Assert.Contains(DemoPeople.NeedsLeader, await (await Forms.SignedInAsync(app, DemoPeople.PointPerson)).GetStringAsync(new Uri($"/ChurchNeeds/Leaders/{church}", UriKind.Relative)), StringComparison.Ordinal);

        string[] details = [.. (await ViewsAsync(agencyAdmin)).Concat(await ViewsAsync(platformAdmin)).Concat(await ViewsAsync(pointId)).Select(v => v.Detail)];
        Assert.Equal(counts + 3, details.Length);
        Assert.Contains("emails on the tier-2 approvals list", details);
        Assert.Contains("emails of the churches' applicants", details);
        Assert.Contains("emails of the church's needs leaders", details);
    }

    [Fact]
    public async Task A_form_refused_on_a_page_that_shows_the_emails_again_is_a_view_and_a_refusal_on_the_error_page_is_none()
    {
        var adminId = await app.UserIdAsync(DemoPeople.AgencyAdmin);
        var caseworkerId = await app.UserIdAsync(DemoPeople.Caseworker);
        var pointId = await app.UserIdAsync(DemoPeople.PointPerson);
        var agency = await app.QueryAsync(db => db.Organisations.Where(o => o.Name == "Department of Children's Services").Select(o => o.Id).SingleAsync());
        var church = await app.QueryAsync(db => db.Memberships.Where(m => m.UserId == pointId && m.Role == Roles.ChurchPointPerson).Select(m => m.OrganisationId).FirstAsync());
        var admin = await Forms.SignedInAsync(app, DemoPeople.AgencyAdmin);
        var pastor = await Forms.SignedInAsync(app, DemoPeople.PointPerson);
        var person = $"/People/Person/{agency}/{caseworkerId}";
        var members = $"/Churches/Settings/Members/{church}";
        var before = (await ViewsAsync(adminId)).Count;
        var pastorBefore = (await ViewsAsync(pointId)).Count;

        // Each form is posted from its page (a view), refused at a field (400) and shown again with the emails (a second view).
        var invite = await Forms.PostAsync(admin, "/People", "/People?handler=Invite", new Dictionary<string, string> { ["Email"] = "not an address", ["Name"] = "Ina", ["Role"] = Roles.Caseworker });
        var role = await Forms.PostAsync(admin, person, $"{person}?handler=Role", new Dictionary<string, string> { ["Role"] = "no-such-role" });
        var responder = await Forms.PostAsync(pastor, members, $"{members}?handler=Invite", new Dictionary<string, string> { ["Email"] = "not an address", ["Name"] = "Rae" });

        Assert.Equal([HttpStatusCode.BadRequest, HttpStatusCode.BadRequest, HttpStatusCode.BadRequest], new[] { invite.StatusCode, role.StatusCode, responder.StatusCode });
        Assert.Contains(DemoPeople.Caseworker, await invite.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains(DemoPeople.Caseworker, await role.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains(DemoPeople.Responder, await responder.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("no-store", invite.Headers.CacheControl?.ToString(), StringComparison.Ordinal);
        Assert.Equal(["emails on the people page", "emails on the people page", "email on the person's page", "email on the person's page"],
            (await ViewsAsync(adminId)).Skip(before).Select(v => v.Detail));
        Assert.Equal(["emails on the church's members page", "emails on the church's members page"], (await ViewsAsync(pointId)).Skip(pastorBefore).Select(v => v.Detail));

        // A refusal shown on the error page shows no email and records nothing: a person the agency does not have (404), and a
        // caseworker posting the people page's form (refused before anything is read).
        var missing = await Forms.PostAsync(admin, person, $"/People/Person/{agency}/no-such-person?handler=Role", new Dictionary<string, string> { ["Role"] = Roles.Caseworker });
        var caseworker = await Forms.SignedInAsync(app, DemoPeople.Caseworker);
        var notAdmin = await Forms.PostAsync(caseworker, "/Requests", "/People?handler=Invite", new Dictionary<string, string> { ["Email"] = "ina@example.org", ["Name"] = "Ina", ["Role"] = Roles.Caseworker });

        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.InRange((int)notAdmin.StatusCode, 403, 404);
        Assert.DoesNotContain(DemoPeople.Caseworker, await missing.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(before + 5, (await ViewsAsync(adminId)).Count);
        Assert.Empty(await ViewsAsync(caseworkerId));
    }

    private Task<List<AdminAction>> ViewsAsync(string userId) =>
        app.QueryAsync(db => db.AdminActions.AsNoTracking().Where(a => a.UserId == userId && a.Action == ContactsViewed).OrderBy(a => a.Id).ToListAsync());
}

public sealed class ContactViewsTests_Sqlite(SqliteApp app) : ContactViewsTests<SqliteApp>(app), IClassFixture<SqliteApp>;

[Trait("Tier", "Postgres")]
public sealed class ContactViewsTests_Postgres(PostgresApp app) : ContactViewsTests<PostgresApp>(app), IClassFixture<PostgresApp>;
