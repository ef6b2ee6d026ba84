using System.Net;
using System.Net.Http.Json;
using CarePortal.Web.Features.Organisations;
using Microsoft.EntityFrameworkCore;
using Xunit;

namespace CarePortal.Web.Tests.Features.Organisations;

/// <summary>
/// The agency admin renames and removes counties and offices from the agency's settings (issue #16 item 3): a name already
/// taken or blank is refused beside the place; a place still in use is refused with a sentence saying what uses it; each change
/// is audited; only the agency's admin or a platform admin does it.
/// </summary>
public abstract class PlacesTests<TApp>(TApp app) where TApp : CarePortalApp
{
    private async Task<(HttpClient Admin, int Id, string Page)> AdminAsync()
    {
        var admin = await Forms.SignedInAsync(app, DemoPeople.AgencyAdmin);
        var id = await app.QueryAsync(db => db.Organisations.Where(o => o.Kind == OrganisationKind.Agency && o.Name == "Department of Children's Services").Select(o => o.Id).SingleAsync());
        return (admin, id, $"/Organisations/Settings/{id}");
    }

    private Task<int> PlaceAsync(string name) => app.QueryAsync(db => db.Organisations.Where(o => o.Name == name).Select(o => o.Id).SingleAsync());

    private static async Task<string> TextAsync(HttpResponseMessage response) => WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

    [Fact]
    public async Task Agency_admin_renames_an_office_and_removes_it_then_its_county_each_audited_and_a_taken_name_is_refused()
    {
        var (admin, id, page) = await AdminAsync();
        var tag = Guid.NewGuid().ToString("N")[..6];
        var added = await (await app.ClientForAsync(DemoPeople.AgencyAdmin)).PostAsJsonAsync($"/api/organisations/{id}/offices", new OfficesInput(
            [new OfficeRow("East Region", $"Union {tag}", $"Union Office {tag}", "37807"), new OfficeRow("East Region", $"Union {tag}", $"Maynard Office {tag}", "37807")]), Json.Options);
        Assert.Equal(HttpStatusCode.OK, added.StatusCode);
        var county = await PlaceAsync($"Union {tag}");
        var office = await PlaceAsync($"Union Office {tag}");
        var before = await app.QueryAsync(db => db.AdminActions.CountAsync(a => a.OrganisationId == id));

        var taken = await Forms.PostAsync(admin, page, $"{page}?handler=RenamePlace", new Dictionary<string, string> { ["PlaceId"] = $"{office}", ["PlaceName"] = $"maynard office {tag}" });
        var blank = await Forms.PostAsync(admin, page, $"{page}?handler=RenamePlace", new Dictionary<string, string> { ["PlaceId"] = $"{office}", ["PlaceName"] = "  " });
        var countyTaken = await Forms.PostAsync(admin, page, $"{page}?handler=RenamePlace", new Dictionary<string, string> { ["PlaceId"] = $"{county}", ["PlaceName"] = "Davidson County" });
        var renamed = await Forms.PostAsync(admin, page, $"{page}?handler=RenamePlace", new Dictionary<string, string> { ["PlaceId"] = $"{office}", ["PlaceName"] = $"Luttrell Office {tag}" });
        var countyInUse = await Forms.PostAsync(admin, page, $"{page}?handler=RemovePlace", new Dictionary<string, string> { ["PlaceId"] = $"{county}" });

        Assert.Equal(HttpStatusCode.BadRequest, taken.StatusCode);
        Assert.Contains($"id=\"place-name-{office}-error\">Union {tag} has an office named Maynard Office {tag} already.", await TextAsync(taken), StringComparison.Ordinal);
        Assert.Contains($"<details class=\"place-change\" open=\"open\">", await TextAsync(taken), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, blank.StatusCode);
        Assert.Contains("Give the office's new name: at most 200 characters, written as plain text.", await TextAsync(blank), StringComparison.Ordinal);
        Assert.Contains("The agency has a county named Davidson County already.", await TextAsync(countyTaken), StringComparison.Ordinal);
        Assert.Contains($"Saved: the office Union Office {tag} is now called Luttrell Office {tag}.", await TextAsync(renamed), StringComparison.Ordinal);
        Assert.Equal($"Luttrell Office {tag}", await app.QueryAsync(db => db.Organisations.Where(o => o.Id == office).Select(o => o.Name).SingleAsync()));
        Assert.Equal(HttpStatusCode.BadRequest, countyInUse.StatusCode);
        Assert.Contains($"The county Union {tag} cannot be removed: its offices Luttrell Office {tag}, Maynard Office {tag} (remove them first).", await TextAsync(countyInUse), StringComparison.Ordinal);

        foreach (var place in new[] { office, await PlaceAsync($"Maynard Office {tag}"), county })
        {
            var removed = await Forms.PostAsync(admin, page, $"{page}?handler=RemovePlace", new Dictionary<string, string> { ["PlaceId"] = $"{place}" });
            Assert.Equal(HttpStatusCode.OK, removed.StatusCode);
            Assert.Contains("is removed.", await TextAsync(removed), StringComparison.Ordinal);
        }

        Assert.False(await app.QueryAsync(db => db.Organisations.AnyAsync(o => o.Name.EndsWith(tag))));
        var audited = await app.QueryAsync(db => db.AdminActions.Where(a => a.OrganisationId == id).OrderBy(a => a.Id).Skip(before).Select(a => a.Action).ToListAsync());
        Assert.Equal(["agency-place-renamed", "agency-place-removed", "agency-place-removed", "agency-place-removed"], audited);
    }

    [Fact]
    public async Task A_county_or_office_in_use_is_refused_with_what_uses_it_and_stays()
    {
        var (admin, id, page) = await AdminAsync();
        var knox = await PlaceAsync("Knox County");
        var office = await PlaceAsync("Knox County Office");
        var api = await app.ClientForAsync(DemoPeople.AgencyAdmin);

        var countyRefused = await Forms.PostAsync(admin, page, $"{page}?handler=RemovePlace", new Dictionary<string, string> { ["PlaceId"] = $"{knox}" });
        var officeRefused = await api.DeleteAsync(new Uri($"/api/organisations/{id}/places/{office}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.BadRequest, countyRefused.StatusCode);
        var said = await TextAsync(countyRefused);
        Assert.Contains("The county Knox County cannot be removed: its office Knox County Office (remove it first); 1 person holds a role there (Connie County)", said, StringComparison.Ordinal);
        Assert.Contains("requests were written for it, and keep it for the reports.", said, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, officeRefused.StatusCode);
        var problem = await officeRefused.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>();
        Assert.StartsWith("The office Knox County Office cannot be removed: ", problem.GetProperty("errors").GetProperty("place")[0].GetString(), StringComparison.Ordinal);
        Assert.Equal(2, await app.QueryAsync(db => db.Organisations.CountAsync(o => o.Id == knox || o.Id == office)));
    }

    [Theory]
    [MemberData(nameof(Platform.EveryRole.People), MemberType = typeof(Platform.EveryRole))]
    public async Task Only_the_agencys_admin_or_a_platform_admin_renames_a_place(string person)
    {
        var id = await app.QueryAsync(db => db.Organisations.Where(o => o.Kind == OrganisationKind.Agency && o.Name == "Department of Children's Services").Select(o => o.Id).SingleAsync());
        var blount = await PlaceAsync("Blount County Office");
        var client = await app.ClientForAsync(person);

        var rename = await client.PutAsJsonAsync($"/api/organisations/{id}/places/{blount}", new PlaceNameInput(""), Json.Options);
        var remove = await client.DeleteAsync(new Uri($"/api/organisations/{id}/places/999999", UriKind.Relative));

        var may = person is DemoPeople.AgencyAdmin or DemoPeople.PlatformAdmin;
        Assert.Equal(may ? HttpStatusCode.BadRequest : HttpStatusCode.Forbidden, rename.StatusCode);
        Assert.Equal(may ? HttpStatusCode.NotFound : HttpStatusCode.Forbidden, remove.StatusCode);
        Assert.Equal("Blount County Office", await app.QueryAsync(db => db.Organisations.Where(o => o.Id == blount).Select(o => o.Name).SingleAsync()));
    }
}

public sealed class PlacesTests_Sqlite(SqliteApp app) : PlacesTests<SqliteApp>(app), IClassFixture<SqliteApp>;

[Trait("Tier", "Postgres")]
public sealed class PlacesTests_Postgres(PostgresApp app) : PlacesTests<PostgresApp>(app), IClassFixture<PostgresApp>;
