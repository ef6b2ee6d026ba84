using System.Net;
using System.Net.Http.Json;
using CarePortal.Web.Features.Tiers;
using CarePortal.Web.Tests.Features.Churches;
using CarePortal.Web.Tests.Features.Requests;
using Microsoft.EntityFrameworkCore;
using Xunit;

namespace CarePortal.Web.Tests.Features.Tiers;

/// <summary>
/// An agency's admins record, list and withdraw background-check approvals of church people; nobody else does (another agency's
/// admin, a caseworker, a church, the platform: 403; no such agency: 404); each grant and withdrawal is in the audit log.
/// </summary>
public abstract class ResponderApprovalTests<TApp>(TApp app) where TApp : CarePortalApp
{
    private readonly TiersClient tiers = new(app);
    private readonly ChurchesClient churches = new(app);

    [Fact]
    public async Task The_agency_admin_approves_lists_and_withdraws_and_each_change_is_audited()
    {
        var agency = await tiers.AgencyAsync();
        var church = await churches.OnboardAsync("37402");
        var email = $"mentor.{Guid.NewGuid():N}@church.example";
        var responder = await churches.InviteAsync(await app.ClientForAsync(church.PointPerson), church.Id, email, "Mona Mentor");

        var granted = await tiers.ApproveAsync(agency, email, days: 200);
        var admin = await app.ClientForAsync(agency.Admin);
        var listed = (await admin.GetFromJsonAsync<List<ResponderApprovalView>>(TiersClient.Approvals(agency.Id), Json.Options))!;
        var withdrawn = await admin.DeleteAsync(new Uri($"{TiersClient.Approvals(agency.Id)}/{granted.Id}", UriKind.Relative));
        var after = (await admin.GetFromJsonAsync<List<ResponderApprovalView>>(TiersClient.Approvals(agency.Id), Json.Options))!;

        Assert.Equal(("Mona Mentor", email, tiers.Today.AddDays(-3), tiers.Today.AddDays(200), "Ada Admin", "current"),
            (granted.Name, granted.Email, granted.CheckedOn, granted.ExpiresOn, granted.ApprovedBy, granted.Status));
        Assert.Equal([granted.Id], listed.Select(a => a.Id));
        Assert.Equal(HttpStatusCode.NoContent, withdrawn.StatusCode);
        Assert.Equal("withdrawn", Assert.Single(after).Status);
        var audited = await app.QueryAsync(db => db.AdminActions.Where(a => a.OrganisationId == agency.Id && a.SubjectUserId == responder.UserId)
            .OrderBy(a => a.Id).Select(a => a.Action).ToListAsync());
        Assert.Equal(["responder-approved", "responder-approval-withdrawn"], audited);
    }

    [Fact]
    public async Task Only_the_agencys_admins_approve_or_withdraw()
    {
        var agency = await tiers.AgencyAsync();
        var other = await tiers.AgencyAsync();
        var church = await churches.OnboardAsync("37402");
        var email = $"sitter.{Guid.NewGuid():N}@church.example";
        await churches.InviteAsync(await app.ClientForAsync(church.PointPerson), church.Id, email, "Sam Sitter");
        var granted = await tiers.ApproveAsync(agency, email);
        var input = new ResponderApprovalInput(email, tiers.Today.AddDays(-1), tiers.Today.AddDays(30));
        var path = TiersClient.Approvals(agency.Id);
        var people = new Dictionary<string, string>
        {
            ["other-admin"] = other.Admin, ["caseworker"] = agency.People.Caseworker, ["supervisor"] = agency.People.Supervisor,
            ["pastor"] = church.PointPerson, ["responder"] = email, ["platform"] = DemoPeople.PlatformAdmin,
        };

        var wrong = new List<string>();
        foreach (var (who, person) in people)
        {
            var client = await app.ClientForAsync(person);
            foreach (var (method, response) in new[]
            {
                ("GET", await client.GetAsync(new Uri(path, UriKind.Relative))),
                ("POST", await client.PostAsJsonAsync(path, input, Json.Options)),
                ("DELETE", await client.DeleteAsync(new Uri($"{path}/{granted.Id}", UriKind.Relative))),
            })
            {
                if (response.StatusCode != HttpStatusCode.Forbidden)
                {
                    wrong.Add($"{who} {method}: {(int)response.StatusCode}");
                }
            }
        }

        var admin = await app.ClientForAsync(agency.Admin);
        Assert.True(wrong.Count == 0, string.Join(Environment.NewLine, wrong));
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync(new Uri(TiersClient.Approvals(int.MaxValue), UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.DeleteAsync(new Uri($"{path}/{int.MaxValue}", UriKind.Relative))).StatusCode);
        // Another agency's approval is not this agency's to withdraw.
        Assert.Equal(HttpStatusCode.NotFound, (await (await app.ClientForAsync(other.Admin)).DeleteAsync(
            new Uri($"{TiersClient.Approvals(other.Id)}/{granted.Id}", UriKind.Relative))).StatusCode);
        Assert.Equal("current", Assert.Single((await admin.GetFromJsonAsync<List<ResponderApprovalView>>(path, Json.Options))!).Status);
    }

    [Fact]
    public async Task An_approval_needs_a_church_person_a_past_check_and_a_future_end()
    {
        var agency = await tiers.AgencyAsync();
        var admin = await app.ClientForAsync(agency.Admin);
        var today = tiers.Today;

        var notInChurch = await admin.PostAsJsonAsync(TiersClient.Approvals(agency.Id), new ResponderApprovalInput(agency.People.Caseworker, today, today.AddDays(9)), Json.Options);
        var backwards = await admin.PostAsJsonAsync(TiersClient.Approvals(agency.Id), new ResponderApprovalInput(null, today.AddDays(2), today), Json.Options);

        var problem = await RequestsClient.ProblemAsync(notInChurch, HttpStatusCode.BadRequest);
        Assert.Contains("invite them to their church", problem.GetProperty("errors").GetProperty("email")[0].GetString(), StringComparison.Ordinal);
        var errors = (await RequestsClient.ProblemAsync(backwards, HttpStatusCode.BadRequest)).GetProperty("errors");
        Assert.Equal(["checkedOn", "email", "expiresOn"], errors.EnumerateObject().Select(e => e.Name).Order(StringComparer.Ordinal));
        Assert.Equal(0, await app.QueryAsync(db => db.ResponderApprovals.CountAsync(a => a.AgencyId == agency.Id)));
    }
}

public sealed class ResponderApprovalTests_Sqlite(SqliteApp app) : ResponderApprovalTests<SqliteApp>(app), IClassFixture<SqliteApp>;

[Trait("Tier", "Postgres")]
public sealed class ResponderApprovalTests_Postgres(PostgresApp app) : ResponderApprovalTests<PostgresApp>(app), IClassFixture<PostgresApp>;
