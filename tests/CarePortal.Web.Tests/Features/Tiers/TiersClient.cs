using System.Net;
using System.Net.Http.Json;
using CarePortal.Web.Features.Accounts;
using CarePortal.Web.Features.Organisations;
using CarePortal.Web.Features.Requests;
using CarePortal.Web.Features.Tiers;
using CarePortal.Web.Tests.Features.Churches;
using CarePortal.Web.Tests.Features.Requests;
using Microsoft.EntityFrameworkCore;
using Xunit;

namespace CarePortal.Web.Tests.Features.Tiers;

/// <summary>An agency with an admin who approves church people, and its requests of a given tier.</summary>
public sealed class TiersClient(CarePortalApp app)
{
    public async Task<TierAgency> AgencyAsync(double radius = 15, int churches = 5)
    {
        var agency = await TestAgency.CreateAsync(app, ApprovalOption.None);
        await new ChurchesClient(app).SetReachAsync(agency.CountyId, radius, churches);
        var tag = Guid.NewGuid().ToString("N")[..8];
        var admin = $"agency-admin.{tag}@agency.example";
        var agencyId = await app.QueryAsync(async db =>
        {
            var id = await db.Organisations.Where(o => o.Id == agency.CountyId).Select(o => o.Parent!.ParentId!.Value).SingleAsync();
            var user = new AppUser { UserName = admin, NormalizedUserName = admin.ToUpperInvariant(), Email = admin, NormalizedEmail = admin.ToUpperInvariant(), SecurityStamp = tag, DisplayName = "Ada Admin" };
            db.Users.Add(user);
            db.Memberships.Add(new Membership { UserId = user.Id, OrganisationId = id, Role = Roles.AgencyAdmin });
            await db.SaveChangesAsync();
            return id;
        });
        return new TierAgency(agencyId, admin, agency);
    }

    public static string Approvals(int agencyId) => $"/api/agencies/{agencyId}/responder-approvals";

    /// <summary>Today in UTC on the app's clock (test agencies have no time zone).</summary>
    public DateOnly Today => DateOnly.FromDateTime(app.Clock.GetUtcNow().UtcDateTime);

    public async Task<ResponderApprovalView> ApproveAsync(TierAgency agency, string email, int days = 365)
    {
        var admin = await app.ClientForAsync(agency.Admin);
        var response = await admin.PostAsJsonAsync(Approvals(agency.Id), new ResponderApprovalInput(email, Today.AddDays(-3), Today.AddDays(days)), Json.Options);
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<ResponderApprovalView>(Json.Options))!;
    }

    public async Task<HttpResponseMessage> SubmitAsync(TierAgency agency, int draftId) =>
        await (await app.ClientForAsync(agency.People.Caseworker)).PostAsJsonAsync($"/api/requests/{draftId}/submit", new SubmitInput(true), Json.Options);

    public async Task<RequestView> OpenAsync(TierAgency agency, string zip, int tier)
    {
        var caseworker = new RequestsClient(await app.ClientForAsync(agency.People.Caseworker));
        var draft = await caseworker.CreateAsync(RequestsClient.Draft(agency.People.CountyId) with { Zip = zip, Tier = tier });
        var response = await SubmitAsync(agency, draft.Id);
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        var opened = (await response.Content.ReadFromJsonAsync<RequestView>(Json.Options))!;
        Assert.Equal(RequestState.Open, opened.State);
        return opened;
    }
}

public sealed record TierAgency(int Id, string Admin, TestAgency People);
