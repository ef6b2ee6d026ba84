using System.Net;
using System.Net.Http.Json;
using CarePortal.Web.Features.Organisations;
using CarePortal.Web.Features.Requests;
using CarePortal.Web.Tests.Features.Churches;
using CarePortal.Web.Tests.Features.Notifications;
using CarePortal.Web.Tests.Features.Requests;
using Microsoft.EntityFrameworkCore;
using Xunit;

namespace CarePortal.Web.Tests.Features.Tiers;

/// <summary>
/// A tier-3 request (becoming a foster or adoptive family) goes to the agency's information contact by email, over real SMTP,
/// with its public part and the caseworker's name but never its private details, and to no church; the request page says where
/// it went. Without an information contact it cannot be submitted and the draft is kept. Only the agency's admins set the contact.
/// </summary>
public abstract class TierThreeTests<TApp>(TApp app) where TApp : CarePortalApp
{
    private readonly TiersClient tiers = new(app);
    private readonly ChurchesClient churches = new(app);

    private static string Contact(int agencyId) => $"/api/organisations/{agencyId}/information-contact";

    [Fact]
    public async Task A_tier_three_request_is_emailed_to_the_information_contact_and_sent_to_no_church()
    {
        await churches.RetireAllAsync();
        await churches.OnboardAsync("37402");
        var agency = await tiers.AgencyAsync();
        var contactEmail = $"foster.info.{Guid.NewGuid():N}@agency.example";
        var admin = await app.ClientForAsync(agency.Admin);
        Assert.Equal(HttpStatusCode.OK, (await admin.PutAsJsonAsync(Contact(agency.Id), new InformationContactInput("Fran Foster", contactEmail), Json.Options)).StatusCode);
        await using var smtp = await SmtpSink.StartAsync();
        var caseworker = new RequestsClient(await app.ClientForAsync(agency.People.Caseworker));
        var draft = await caseworker.CreateAsync(RequestsClient.Draft(agency.People.CountyId) with { Zip = "37402", Tier = 3 });
        var secret = $"Back door code {Guid.NewGuid():N}";
        Assert.True((await caseworker.Http.PutAsJsonAsync($"/api/requests/{draft.Id}/private", new PrivateDetailsInput(secret, null, null, null, null, null, 0), Json.Options)).IsSuccessStatusCode);
        await app.QueryAsync(db => db.Users.Where(u => u.Email == agency.People.Caseworker).ExecuteUpdateAsync(s => s.SetProperty(u => u.DisplayName, "Cass Caseworker")));

        var opened = await caseworker.SubmitAsync(draft.Id);
        var mail = Assert.Single(await OutboxDrain.ToAsync(app, smtp, contactEmail));
        var page = await (await app.ClientForAsync(agency.People.Caseworker)).GetStringAsync(new Uri($"/Requests/Details/{draft.Id}", UriKind.Relative));

        Assert.Equal(RequestState.Open, opened.State);
        Assert.Empty(await churches.RecipientsAsync(draft.Id, agency.People.Caseworker));
        Assert.Equal(0, await app.QueryAsync(db => db.Notifications.CountAsync(n => n.CareRequestId == draft.Id && n.Kind == "request-routed")));
        Assert.Contains("Cass Caseworker", mail.TextBody, StringComparison.Ordinal);
        Assert.Contains(Descriptions.Ready, mail.TextBody, StringComparison.Ordinal);
        Assert.DoesNotContain(secret, mail.TextBody + mail.HtmlBody, StringComparison.Ordinal);
        Assert.Contains($"#{draft.Id}", mail.Subject, StringComparison.Ordinal);
        // The contact may have no account: no link to a page that would not open for them, no preferences they do not have.
        Assert.DoesNotContain("/Requests/Details/", mail.TextBody + mail.HtmlBody, StringComparison.Ordinal);
        Assert.DoesNotContain("/Notifications/Preferences", mail.TextBody + mail.HtmlBody, StringComparison.Ordinal);
        Assert.Contains("ask that agency to name another", mail.TextBody, StringComparison.Ordinal);
        Assert.Contains("information contact, <strong>Fran Foster</strong>", page, StringComparison.Ordinal);
        Assert.Contains(contactEmail, page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_an_information_contact_a_tier_three_request_is_refused_and_the_draft_kept()
    {
        var agency = await tiers.AgencyAsync();
        var caseworker = new RequestsClient(await app.ClientForAsync(agency.People.Caseworker));
        var draft = await caseworker.CreateAsync(RequestsClient.Draft(agency.People.CountyId) with { Tier = 3 });

        var refused = await tiers.SubmitAsync(agency, draft.Id);

        var problem = await RequestsClient.ProblemAsync(refused, HttpStatusCode.Conflict);
        Assert.Contains("Information contact", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        var kept = await caseworker.GetAsync(draft.Id);
        Assert.Equal((RequestState.Draft, 3, draft.Description), (kept.State, kept.Tier, kept.Description));
    }

    [Fact]
    public async Task Only_the_agencys_admins_set_the_information_contact_which_is_validated_and_audited()
    {
        var agency = await tiers.AgencyAsync();
        var admin = await app.ClientForAsync(agency.Admin);
        var input = new InformationContactInput("Fran Foster", "fran@agency.example");

        var byCaseworker = await (await app.ClientForAsync(agency.People.Caseworker)).PutAsJsonAsync(Contact(agency.Id), input, Json.Options);
        var byOtherAdmin = await (await app.ClientForAsync((await tiers.AgencyAsync()).Admin)).PutAsJsonAsync(Contact(agency.Id), input, Json.Options);
        var invalid = await admin.PutAsJsonAsync(Contact(agency.Id), new InformationContactInput("", "not an address"), Json.Options);
        var saved = await admin.PutAsJsonAsync(Contact(agency.Id), input, Json.Options);
        var settings = await admin.GetFromJsonAsync<AgencySettingsView>($"/api/organisations/{agency.Id}/settings", Json.Options);

        Assert.Equal(HttpStatusCode.Forbidden, byCaseworker.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, byOtherAdmin.StatusCode);
        var errors = (await RequestsClient.ProblemAsync(invalid, HttpStatusCode.BadRequest)).GetProperty("errors");
        Assert.Equal(["contactEmail", "contactName"], errors.EnumerateObject().Select(e => e.Name).Order(StringComparer.Ordinal));
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        Assert.Equal(("Fran Foster", "fran@agency.example"), (settings!.InformationContactName, settings.InformationContactEmail));
        Assert.Equal(["agency-information-contact-set"], await app.QueryAsync(db => db.AdminActions.Where(a => a.OrganisationId == agency.Id).Select(a => a.Action).ToListAsync()));
    }
}

public sealed class TierThreeTests_Sqlite(SqliteApp app) : TierThreeTests<SqliteApp>(app), IClassFixture<SqliteApp>;

[Trait("Tier", "Postgres")]
public sealed class TierThreeTests_Postgres(PostgresApp app) : TierThreeTests<PostgresApp>(app), IClassFixture<PostgresApp>;
