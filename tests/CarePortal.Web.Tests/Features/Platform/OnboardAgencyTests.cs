using System.Net;
using System.Net.Http.Json;
using CarePortal.Web.Features.Accounts;
using CarePortal.Web.Features.Organisations;
using CarePortal.Web.Features.Platform;
using CarePortal.Web.Tests.Features.Accounts;
using CarePortal.Web.Tests.Features.Notifications;
using CarePortal.Web.Tests.Features.Requests;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Xunit;

namespace CarePortal.Web.Tests.Features.Platform;

/// <summary>
/// A platform admin onboards an agency from the guided form: the agency, its regions, counties and offices, its approval
/// option and time zone, and its first agency admin, who takes the role by the emailed link. Bad input is said beside its field
/// and makes nothing; only a platform admin onboards.
/// </summary>
public abstract class OnboardAgencyTests<TApp>(TApp app) where TApp : CarePortalApp
{
    private const string Page = "/Platform/Onboard";

    private static Dictionary<string, string> Form(string name, string adminEmail) => new()
    {
        ["Name"] = name, ["TimeZone"] = "America/New_York", ["ApprovalOption"] = "CountyRepresentative",
        ["Offices[0].Region"] = "Coastal Region", ["Offices[0].County"] = "Harbor County", ["Offices[0].Office"] = "Harbor Office", ["Offices[0].Zip"] = "37917",
        ["Offices[1].Region"] = "Coastal Region", ["Offices[1].County"] = "Harbor County", ["Offices[1].Office"] = "Harbor North Office", ["Offices[1].Zip"] = "37918",
        ["Offices[2].Region"] = "Hill Region", ["Offices[2].County"] = "Ridge County", ["Offices[2].Office"] = "", ["Offices[2].Zip"] = "",
        ["Offices[3].Region"] = "", ["Offices[3].County"] = "", ["Offices[3].Office"] = "", ["Offices[3].Zip"] = "",
        ["AdminName"] = "Ada Admin", ["AdminEmail"] = adminEmail,
    };

    [Fact]
    public async Task Platform_admin_onboards_an_agency_and_its_first_admin_takes_the_role_by_the_emailed_link()
    {
        await using var smtp = await SmtpSink.StartAsync();
        var tag = Guid.NewGuid().ToString("N")[..8];
        var email = $"ada.{tag}@agency.example";
        var admin = await Forms.SignedInAsync(app, DemoPeople.PlatformAdmin);

        var made = await Forms.PostAsync(admin, Page, Form($"Harbor Services {tag}", email));

        var body = await made.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, made.StatusCode);
        Assert.Contains($"Harbor Services {tag} is on the platform", body, StringComparison.Ordinal);
        var agency = await app.QueryAsync(db => db.Organisations.AsNoTracking().SingleAsync(o => o.Name == $"Harbor Services {tag}"));
        Assert.Equal((OrganisationKind.Agency, ApprovalOption.CountyRepresentative, "America/New_York"), (agency.Kind, agency.ApprovalOption, agency.TimeZone));
        var tree = await app.QueryAsync(db => db.Organisations.AsNoTracking().Where(o => o.Parent!.Id == agency.Id || o.Parent!.Parent!.Id == agency.Id || o.Parent!.Parent!.Parent!.Id == agency.Id)
            .Select(o => new { o.Kind, o.Name, o.Zip, Parent = o.Parent!.Name }).ToListAsync());
        Assert.Equal(["Coastal Region", "Hill Region"], tree.Where(o => o.Kind == OrganisationKind.Region).Select(o => o.Name).Order());
        Assert.Equal(["Harbor County/Coastal Region", "Ridge County/Hill Region"], tree.Where(o => o.Kind == OrganisationKind.County).Select(o => $"{o.Name}/{o.Parent}").Order());
        Assert.Equal(["Harbor North Office 37918 Harbor County", "Harbor Office 37917 Harbor County"],
            tree.Where(o => o.Kind == OrganisationKind.Office).Select(o => $"{o.Name} {o.Zip} {o.Parent}").Order());
        var audited = await app.QueryAsync(db => db.AdminActions.AsNoTracking().SingleAsync(a => a.OrganisationId == agency.Id));
        Assert.Equal(("agency-onboarded", await app.UserIdAsync(DemoPeople.PlatformAdmin), await app.UserIdAsync(email)), (audited.Action, audited.UserId, audited.SubjectUserId));

        var mail = Assert.Single(await OutboxDrain.ToAsync(app, smtp, email));
        Assert.Equal($"You are invited to run Harbor Services {tag} on CarePortal", mail.Subject);
        var link = AccountLinkMail.In(mail.TextBody) ?? throw new InvalidOperationException(mail.TextBody);
        var invitee = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var (_, offer) = await AccountLinkMail.OpenAsync(invitee, link);
        Assert.Contains($"join <strong>Harbor Services {tag}</strong> as its agency admin", offer, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await AccountLinkMail.FollowAsync(invitee, link, "Harbor-admin-2026")).StatusCode);
        var userId = await app.UserIdAsync(email);
        Assert.True(await app.QueryAsync(db => db.Memberships.AnyAsync(m => m.UserId == userId && m.OrganisationId == agency.Id && m.Role == Roles.AgencyAdmin)));
        var settings = await invitee.GetAsync(new Uri("/Organisations/Settings", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, settings.StatusCode);
        Assert.Contains($"Settings of Harbor Services {tag}", await settings.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Bad_input_is_said_beside_each_field_and_makes_nothing()
    {
        var admin = await Forms.SignedInAsync(app, DemoPeople.PlatformAdmin);
        var before = await app.QueryAsync(db => db.Organisations.CountAsync());
        var form = Form("", "not-an-address");
        form["TimeZone"] = "Eastern";
        form.Remove("ApprovalOption");
        form["Offices[1].Zip"] = "99999";
        form["Offices[2].Region"] = "Other Region";
        form["Offices[2].County"] = "Harbor County";

        var refused = await Forms.PostAsync(admin, Page, form);
        var existing = await Forms.PostAsync(admin, Page, Form("Department of Children's Services", "x@agency.example"));

        var page = WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("There is a problem", page, StringComparison.Ordinal);
        Assert.Contains("id=\"agency-name-error\">Give the agency's name", page, StringComparison.Ordinal);
        Assert.Contains("id=\"time-zone-error\">Choose the agency's time zone", page, StringComparison.Ordinal);
        Assert.Contains("id=\"approval-error\">Choose who approves", page, StringComparison.Ordinal);
        Assert.Contains("id=\"row-1-error\">Row 2: give the office's five-digit ZIP", page, StringComparison.Ordinal);
        Assert.Contains("id=\"row-2-error\">Row 3: Harbor County is in Coastal Region already", page, StringComparison.Ordinal);
        Assert.Contains("id=\"admin-email-error\">Give the first agency admin's email", page, StringComparison.Ordinal);
        Assert.Contains("value=\"Harbor North Office\"", page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, existing.StatusCode);
        Assert.Contains("is on the platform already", WebUtility.HtmlDecode(await existing.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.Equal(before, await app.QueryAsync(db => db.Organisations.CountAsync()));
    }

    [Fact]
    public async Task Adding_a_row_keeps_what_was_typed_and_saves_nothing()
    {
        var admin = await Forms.SignedInAsync(app, DemoPeople.PlatformAdmin);
        var before = await app.QueryAsync(db => db.Organisations.CountAsync());

        var added = await Forms.PostAsync(admin, Page, $"{Page}?handler=AddRow", Form("Row Adders", "row@agency.example"));

        var page = await added.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, added.StatusCode);
        Assert.Contains("name=\"Offices[4].Region\"", page, StringComparison.Ordinal);
        Assert.Contains("value=\"Harbor North Office\"", page, StringComparison.Ordinal);
        Assert.DoesNotContain("There is a problem", page, StringComparison.Ordinal);
        Assert.Equal(before, await app.QueryAsync(db => db.Organisations.CountAsync()));
    }

    [Fact]
    public async Task The_platform_pages_send_anyone_else_to_the_refusal_and_make_nothing()
    {
        var agencyAdmin = await Forms.SignedInAsync(app, DemoPeople.AgencyAdmin);
        var before = await app.QueryAsync(db => db.Organisations.CountAsync());

        var list = await agencyAdmin.GetAsync(new Uri("/Platform", UriKind.Relative));
        var form = await agencyAdmin.GetAsync(new Uri(Page, UriKind.Relative));
        var posted = await Forms.PostAsync(agencyAdmin, "/", Page, Form("Not Theirs", "not.theirs@agency.example"));

        Assert.All([list, form, posted], answer => Assert.StartsWith("/Accounts/Denied", answer.Headers.Location?.OriginalString, StringComparison.Ordinal));
        Assert.Equal(before, await app.QueryAsync(db => db.Organisations.CountAsync()));
    }

    [Fact]
    public async Task The_api_onboards_for_a_platform_admin_and_refuses_everyone_else()
    {
        var tag = Guid.NewGuid().ToString("N")[..8];
        var input = new AgencyInput($"Api Agency {tag}", "America/Chicago", ApprovalOption.NamedSupervisor,
            [new OfficeRow("North", "Lake County", "Lake Office", "37804")], "Api Admin", $"api.{tag}@agency.example");

        var byAgencyAdmin = await (await app.ClientForAsync(DemoPeople.AgencyAdmin)).PostAsJsonAsync("/api/platform/agencies", input, Json.Options);
        var noOffice = await (await app.ClientForAsync(DemoPeople.PlatformAdmin)).PostAsJsonAsync("/api/platform/agencies",
            input with { Offices = [new OfficeRow("North", "Lake County", null, null)] }, Json.Options);
        var made = await (await app.ClientForAsync(DemoPeople.PlatformAdmin)).PostAsJsonAsync("/api/platform/agencies", input, Json.Options);

        await RequestsClient.ProblemAsync(byAgencyAdmin, HttpStatusCode.Forbidden);
        var problem = await RequestsClient.ProblemAsync(noOffice, HttpStatusCode.BadRequest);
        Assert.Contains("at least one office", problem.GetProperty("errors").GetProperty("offices")[0].GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Created, made.StatusCode);
        var agency = (await made.Content.ReadFromJsonAsync<OnboardedAgency>(Json.Options))!;
        Assert.Equal((1, 1, 1), (agency.Regions, agency.Counties, agency.Offices));
        Assert.Equal(1, await app.QueryAsync(db => db.Organisations.CountAsync(o => o.Name.StartsWith("Api Agency ") && o.Name.EndsWith(tag))));
    }
}

public sealed class OnboardAgencyTests_Sqlite(SqliteApp app) : OnboardAgencyTests<SqliteApp>(app), IClassFixture<SqliteApp>;

[Trait("Tier", "Postgres")]
public sealed class OnboardAgencyTests_Postgres(PostgresApp app) : OnboardAgencyTests<PostgresApp>(app), IClassFixture<PostgresApp>;
