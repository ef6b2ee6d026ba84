using System.Net;
using System.Net.Http.Json;
using CarePortal.Web.Features.Organisations;
using CarePortal.Web.Features.Requests;
using CarePortal.Web.Tests.Features.Requests;
using Xunit;

namespace CarePortal.Web.Tests.Features.Organisations;

public abstract class OrganisationsTests<TApp>(TApp app) where TApp : CarePortalApp
{
    [Fact]
    public async Task Organisations_form_one_tree_from_agency_to_office()
    {
        var client = await app.ClientForAsync(DemoPeople.Responder);

        var all = (await client.GetFromJsonAsync<List<OrganisationView>>("/api/organisations", Json.Options))!;

        var office = all.Single(o => o.Name == "Knox County Office");
        var county = all.Single(o => o.Id == office.ParentId);
        var region = all.Single(o => o.Id == county.ParentId);
        var agency = all.Single(o => o.Id == region.ParentId);
        Assert.Equal((OrganisationKind.County, OrganisationKind.Region, OrganisationKind.Agency), (county.Kind, region.Kind, agency.Kind));
        Assert.NotNull(agency.ApprovalOption);
    }

    [Fact]
    public async Task Agency_admin_turns_approval_off_and_the_next_request_opens_at_once()
    {
        var admin = await app.ClientForAsync(DemoPeople.AgencyAdmin);
        var caseworkerClient = await app.ClientForAsync(DemoPeople.Caseworker);
        var agency = (await admin.GetFromJsonAsync<List<OrganisationView>>("/api/organisations", Json.Options))!.Single(o => o.Kind == OrganisationKind.Agency);

        var byCaseworker = await caseworkerClient.PutAsJsonAsync($"/api/organisations/{agency.Id}/approval-option", new ApprovalOptionInput(ApprovalOption.None), Json.Options);
        var byAdmin = await admin.PutAsJsonAsync($"/api/organisations/{agency.Id}/approval-option", new ApprovalOptionInput(ApprovalOption.None), Json.Options);
        var caseworker = new RequestsClient(caseworkerClient);
        var submitted = await caseworker.SubmitAsync((await caseworker.CreateAsync(RequestsClient.Draft(await DemoPlaces.CountyIdAsync(app, "Knox County")))).Id);

        await RequestsClient.ProblemAsync(byCaseworker, HttpStatusCode.Forbidden);
        Assert.Equal(HttpStatusCode.NoContent, byAdmin.StatusCode);
        Assert.Equal(RequestState.Open, submitted.State);
    }
}

public sealed class OrganisationsTests_Sqlite(SqliteApp app) : OrganisationsTests<SqliteApp>(app), IClassFixture<SqliteApp>;

[Trait("Tier", "Postgres")]
public sealed class OrganisationsTests_Postgres(PostgresApp app) : OrganisationsTests<PostgresApp>(app), IClassFixture<PostgresApp>;
