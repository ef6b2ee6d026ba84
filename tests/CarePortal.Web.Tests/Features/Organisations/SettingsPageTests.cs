using System.Net;
using System.Net.Http.Json;
using CarePortal.Web.Features.Organisations;
using CarePortal.Web.Tests.Features.Requests;
using Microsoft.EntityFrameworkCore;
using Xunit;

namespace CarePortal.Web.Tests.Features.Organisations;

/// <summary>
/// The agency's settings in one place (issue #16 item 2): approval option, training before the first request, offices and
/// counties, and the reviewer's glossary additions and need templates checked by the reviewer's own loader with a preview.
/// Each change is audited; a refused value is said beside its field and saves nothing.
/// </summary>
public abstract class SettingsPageTests<TApp>(TApp app) where TApp : CarePortalApp
{
    private const string Glossary = """{"terms": [{"term": "bridge family", "replacement": "a family who helps for a while", "plain": "a volunteer family who helps for a few weeks"}]}""";

    private async Task<(HttpClient Admin, int Id, string Page)> AdminAsync()
    {
        var admin = await Forms.SignedInAsync(app, DemoPeople.AgencyAdmin);
        var id = await app.QueryAsync(db => db.Organisations.Where(o => o.Kind == OrganisationKind.Agency && o.Name == "Department of Children's Services").Select(o => o.Id).SingleAsync());
        return (admin, id, $"/Organisations/Settings/{id}");
    }

    private Task<List<string>> AuditedAsync(int agencyId) =>
        app.QueryAsync(db => db.AdminActions.AsNoTracking().Where(a => a.OrganisationId == agencyId).OrderBy(a => a.Id).Select(a => a.Action).ToListAsync());

    private static async Task<string> TextAsync(HttpResponseMessage response) => WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

    [Fact]
    public async Task Agency_admin_sets_the_approval_option_and_the_training_rule_each_audited()
    {
        var (admin, id, page) = await AdminAsync();
        var before = (await AuditedAsync(id)).Count;

        var missing = await Forms.PostAsync(admin, page, $"{page}?handler=Approval", new Dictionary<string, string>());
        var county = await Forms.PostAsync(admin, page, $"{page}?handler=Approval", new Dictionary<string, string> { ["ApprovalOption"] = "CountyRepresentative" });
        var required = await Forms.PostAsync(admin, page, $"{page}?handler=Training", new Dictionary<string, string> { ["TrainingRequired"] = "true" });
        var back = await Forms.PostAsync(admin, page, $"{page}?handler=Approval", new Dictionary<string, string> { ["ApprovalOption"] = "NamedSupervisor" });
        var notRequired = await Forms.PostAsync(admin, page, $"{page}?handler=Training", new Dictionary<string, string> { ["TrainingRequired"] = "false" });

        Assert.Equal(HttpStatusCode.BadRequest, missing.StatusCode);
        Assert.Contains("id=\"approval-error\">Choose who approves", await TextAsync(missing), StringComparison.Ordinal);
        Assert.Contains("Saved: requests are approved by the county's representatives.", await TextAsync(county), StringComparison.Ordinal);
        Assert.Contains("Saved: caseworkers complete the training before their first request.", await TextAsync(required), StringComparison.Ordinal);
        Assert.Contains("id=\"training-required\" type=\"checkbox\" name=\"TrainingRequired\" value=\"true\" checked", await TextAsync(required), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, back.StatusCode);
        Assert.Equal(HttpStatusCode.OK, notRequired.StatusCode);
        Assert.False(await app.QueryAsync(db => db.TrainingRequirements.AnyAsync(r => r.AgencyId == id && r.RequiredBeforeFirstRequest)));
        Assert.Equal(ApprovalOption.NamedSupervisor, await app.QueryAsync(db => db.Organisations.Where(o => o.Id == id).Select(o => o.ApprovalOption).SingleAsync()));
        Assert.Equal(["agency-approval-option-set", "agency-training-rule-set", "agency-approval-option-set", "agency-training-rule-set"], (await AuditedAsync(id)).Skip(before));
    }

    [Fact]
    public async Task Agency_admin_adds_a_county_and_an_office_and_a_county_of_another_region_is_refused()
    {
        var (admin, id, page) = await AdminAsync();
        var tag = Guid.NewGuid().ToString("N")[..6];

        var added = await Forms.PostAsync(admin, page, $"{page}?handler=Offices", new Dictionary<string, string>
        {
            ["Offices[0].Region"] = "east region", ["Offices[0].County"] = $"Union {tag}", ["Offices[0].Office"] = $"Union Office {tag}", ["Offices[0].Zip"] = "37807",
        });
        var wrongRegion = await Forms.PostAsync(admin, page, $"{page}?handler=Offices", new Dictionary<string, string>
        {
            ["Offices[0].Region"] = "Middle Region", ["Offices[0].County"] = "Knox County", ["Offices[0].Office"] = "Knox West", ["Offices[0].Zip"] = "37919",
        });
        var again = await Forms.PostAsync(admin, page, $"{page}?handler=Offices", new Dictionary<string, string>
        {
            ["Offices[0].Region"] = "East Region", ["Offices[0].County"] = $"Union {tag}", ["Offices[0].Office"] = $"Union Office {tag}", ["Offices[0].Zip"] = "37807",
        });

        Assert.Equal(HttpStatusCode.OK, added.StatusCode);
        Assert.Contains("Saved: 0 region(s), 1 county(ies) and 1 office(s) added.", await TextAsync(added), StringComparison.Ordinal);
        Assert.Contains($"<li>Union Office {tag} (37807)", await TextAsync(added), StringComparison.Ordinal);
        var office = await app.QueryAsync(db => db.Organisations.AsNoTracking().Where(o => o.Name == $"Union Office {tag}")
            .Select(o => new { o.Kind, County = o.Parent!.Name, Region = o.Parent.Parent!.Name, Agency = o.Parent.Parent.ParentId }).SingleAsync());
        Assert.Equal((OrganisationKind.Office, $"Union {tag}", "East Region", (int?)id), (office.Kind, office.County, office.Region, office.Agency));
        Assert.Equal(HttpStatusCode.BadRequest, wrongRegion.StatusCode);
        Assert.Contains("id=\"row-0-error\">Row 1: Knox County is in East Region already", await TextAsync(wrongRegion), StringComparison.Ordinal);
        Assert.False(await app.QueryAsync(db => db.Organisations.AnyAsync(o => o.Name == "Knox West")));
        Assert.Equal(HttpStatusCode.BadRequest, again.StatusCode);
        Assert.Contains("has every region, county and office you named already", await TextAsync(again), StringComparison.Ordinal);
        Assert.Contains("agency-offices-added", await AuditedAsync(id));
    }

    [Fact]
    public async Task Glossary_additions_are_checked_by_the_reviewers_loader_and_the_preview_judges_a_sample_with_them()
    {
        var (admin, id, page) = await AdminAsync();
        const string sample = "A bridge family says the mother needs a twin bed for her 6 year old son, who loves to read.";

        var broken = await Forms.PostAsync(admin, page, $"{page}?handler=Glossary", new Dictionary<string, string> { ["Glossary"] = """{"terms": [{"term": "bridge family"}""" });
        var withGlossary = await Forms.PostAsync(admin, page, $"{page}?handler=Preview", new Dictionary<string, string> { ["Glossary"] = Glossary, ["Sample"] = sample, ["Need"] = "bed" });
        var without = await Forms.PostAsync(admin, page, $"{page}?handler=Preview", new Dictionary<string, string> { ["Glossary"] = "", ["Sample"] = sample, ["Need"] = "bed" });
        var noSample = await Forms.PostAsync(admin, page, $"{page}?handler=Preview", new Dictionary<string, string> { ["Glossary"] = Glossary, ["Sample"] = "", ["Need"] = "bed" });
        var saved = await Forms.PostAsync(admin, page, $"{page}?handler=Glossary", new Dictionary<string, string> { ["Glossary"] = Glossary });
        var removed = await Forms.PostAsync(admin, page, $"{page}?handler=Glossary", new Dictionary<string, string> { ["Glossary"] = "" });

        Assert.Equal(HttpStatusCode.BadRequest, broken.StatusCode);
        Assert.Contains("id=\"glossary-error\">Your glossary: not a glossary file", await TextAsync(broken), StringComparison.Ordinal);
        Assert.Contains("{&quot;terms&quot;: [{&quot;term&quot;: &quot;bridge family&quot;}", await broken.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var judged = await TextAsync(withGlossary);
        Assert.Equal(HttpStatusCode.OK, withGlossary.StatusCode);
        Assert.Contains("id=\"review-preview\"", judged, StringComparison.Ordinal);
        Assert.Contains("<strong>jargon</strong> “bridge family”", judged, StringComparison.Ordinal);
        Assert.Contains("family who helps for a while”", judged, StringComparison.Ordinal);
        Assert.DoesNotContain("<strong>jargon</strong> “bridge family”", await TextAsync(without), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, noSample.StatusCode);
        Assert.Contains("id=\"sample-error\">Write a sample description", await TextAsync(noSample), StringComparison.Ordinal);
        Assert.Contains("Saved: the reviewer adds your glossary to its own.", await TextAsync(saved), StringComparison.Ordinal);
        Assert.Contains("Saved: the reviewer uses its own glossary alone.", await TextAsync(removed), StringComparison.Ordinal);
        Assert.Null(await app.QueryAsync(db => db.Organisations.Where(o => o.Id == id).Select(o => o.ReviewGlossary).SingleAsync()));
        Assert.Equal(["agency-glossary-set", "agency-glossary-set"], (await AuditedAsync(id)).Where(a => a == "agency-glossary-set").TakeLast(2));
    }

    [Fact]
    public async Task Need_templates_with_a_broken_pattern_are_refused_and_a_new_need_can_be_previewed()
    {
        var (admin, id, page) = await AdminAsync();
        const string templates = """{"needs": [{"need": "pet food", "ageAppropriate": false, "checks": [{"id": "pet-kind", "when": ["\\bfood\\b"], "require": ["\\b(dog|cat)\\b"], "missing": "which pet the food is for"}]}]}""";

        var broken = await Forms.PostAsync(admin, page, $"{page}?handler=NeedTemplates", new Dictionary<string, string> { ["NeedTemplates"] = templates.Replace("(dog|cat)", "(dog|cat", StringComparison.Ordinal) });
        var afterBroken = await app.QueryAsync(db => db.Organisations.Where(o => o.Id == id).Select(o => o.ReviewNeedTemplates).SingleAsync());
        var preview = await Forms.PostAsync(admin, page, $"{page}?handler=Preview", new Dictionary<string, string>
        {
            ["NeedTemplates"] = templates, ["Sample"] = "The family needs food for their pet while the mother recovers from surgery.", ["Need"] = "pet food",
        });
        var saved = await (await app.ClientForAsync(DemoPeople.AgencyAdmin)).PutAsJsonAsync($"/api/organisations/{id}/need-templates", new ReviewDataInput(templates), Json.Options);

        Assert.Equal(HttpStatusCode.BadRequest, broken.StatusCode);
        Assert.Contains("id=\"need-templates-error\">Your need templates", await TextAsync(broken), StringComparison.Ordinal);
        Assert.Null(afterBroken);
        var judged = await TextAsync(preview);
        Assert.Equal(HttpStatusCode.OK, preview.StatusCode);
        Assert.Contains("<option value=\"pet food\" selected=\"selected\">pet food</option>", judged, StringComparison.Ordinal);
        Assert.Contains("which pet the food is for", judged, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NoContent, saved.StatusCode);
        Assert.Equal(templates, await app.QueryAsync(db => db.Organisations.Where(o => o.Id == id).Select(o => o.ReviewNeedTemplates).SingleAsync()));
        Assert.Equal(HttpStatusCode.NoContent, (await (await app.ClientForAsync(DemoPeople.AgencyAdmin)).PutAsJsonAsync($"/api/organisations/{id}/need-templates", new ReviewDataInput(null), Json.Options)).StatusCode);
    }

    [Fact]
    public async Task The_api_sets_training_and_offices_for_the_agency_admin_and_refuses_a_caseworker()
    {
        var (_, id, _) = await AdminAsync();
        var admin = await app.ClientForAsync(DemoPeople.AgencyAdmin);
        var caseworker = await app.ClientForAsync(DemoPeople.Caseworker);
        var tag = Guid.NewGuid().ToString("N")[..6];

        var byCaseworker = await caseworker.PutAsJsonAsync($"/api/organisations/{id}/training-required", new TrainingRequiredInput(true), Json.Options);
        var officesByCaseworker = await caseworker.PostAsJsonAsync($"/api/organisations/{id}/offices", new OfficesInput([new OfficeRow("East Region", $"Api {tag}", null, null)]), Json.Options);
        var glossaryByCaseworker = await caseworker.PutAsJsonAsync($"/api/organisations/{id}/glossary", new ReviewDataInput(Glossary), Json.Options);
        var badZip = await admin.PostAsJsonAsync($"/api/organisations/{id}/offices", new OfficesInput([new OfficeRow("East Region", $"Api {tag}", "Api Office", "00000")]), Json.Options);
        var county = await admin.PostAsJsonAsync($"/api/organisations/{id}/offices", new OfficesInput([new OfficeRow("East Region", $"Api {tag}", null, null)]), Json.Options);
        var training = await admin.PutAsJsonAsync($"/api/organisations/{id}/training-required", new TrainingRequiredInput(false), Json.Options);

        await RequestsClient.ProblemAsync(byCaseworker, HttpStatusCode.Forbidden);
        await RequestsClient.ProblemAsync(officesByCaseworker, HttpStatusCode.Forbidden);
        await RequestsClient.ProblemAsync(glossaryByCaseworker, HttpStatusCode.Forbidden);
        var problem = await RequestsClient.ProblemAsync(badZip, HttpStatusCode.BadRequest);
        Assert.Contains("five-digit ZIP", problem.GetProperty("errors").GetProperty("offices[0]")[0].GetString(), StringComparison.Ordinal);
        Assert.Equal(new OfficesAdded(0, 1, 0), await county.Content.ReadFromJsonAsync<OfficesAdded>(Json.Options));
        Assert.Equal(HttpStatusCode.OK, training.StatusCode);
    }
}

public sealed class SettingsPageTests_Sqlite(SqliteApp app) : SettingsPageTests<SqliteApp>(app), IClassFixture<SqliteApp>;

[Trait("Tier", "Postgres")]
public sealed class SettingsPageTests_Postgres(PostgresApp app) : SettingsPageTests<PostgresApp>(app), IClassFixture<PostgresApp>;
