using System.Net;
using System.Net.Http.Json;
using CarePortal.Web.Features.Champions;
using CarePortal.Web.Features.Requests;
using CarePortal.Web.Tests.Features.Churches;
using CarePortal.Web.Tests.Features.Requests;
using Microsoft.EntityFrameworkCore;
using Xunit;

namespace CarePortal.Web.Tests.Features.Champions;

/// <summary>
/// Champions and connecting churches (issue #19 item 2) over HTTP: a business registers and is approved; it sees the open
/// needs near it (public part only), offers to fund an item; the offer reaches the nearest connecting church alone (not a
/// nearer church that did not opt in, not a farther connecting one), whose point person claims it as the church's answer;
/// the champion is told which church took it and never reads the family's details.
/// </summary>
public abstract class ChampionTests<TApp>(TApp app) where TApp : CarePortalApp
{
    private const string Secret = "Gate code 4471, the blue house behind the school";
    private readonly ChurchesClient churches = new(app);
    private readonly ChampionsClient champions = new(app);

    [Fact]
    public async Task A_registered_and_approved_champion_offers_help_and_the_nearest_connecting_church_claims_it()
    {
        await churches.RetireAllAsync();
        var plain = await churches.OnboardAsync("37402");
        var nearest = await churches.OnboardAsync("37402");
        var farther = await churches.OnboardAsync("37404");
        await champions.ConnectAsync(nearest.Id, nearest.PointPerson);
        await champions.ConnectAsync(farther.Id, farther.PointPerson);
        var (championId, email) = await champions.RegisterAsync("37402", radius: 10, approve: false);
        var champion = await app.ClientForAsync(email);
        var whilePending = await champion.GetAsync(new Uri("/api/champions/requests", UriKind.Relative));
        var approved = await (await app.ClientForAsync(DemoPeople.PlatformAdmin)).PostAsync(new Uri($"/api/champions/{championId}/approve", UriKind.Relative), null);
        var (request, agency) = await churches.OpenAsync("37402", items: [new ItemInput("Winter coat, size 8", 2, 45m), new ItemInput("Snow boots, size 2", 1, 30m)]);
        var caseworker = await app.ClientForAsync(agency.Caseworker);
        Assert.True((await caseworker.PutAsJsonAsync($"/api/requests/{request.Id}/private",
            new PrivateDetailsInput(Secret, "Knox Utility Board", "ACCT-99812", 120m, "check", null, 0), Json.Options)).IsSuccessStatusCode);

        var near = await champion.GetAsync(new Uri("/api/champions/requests", UriKind.Relative));
        var nearBody = await near.Content.ReadAsStringAsync();
        var need = (await near.Content.ReadFromJsonAsync<List<NearNeed>>(Json.Options))!.Single(n => n.RequestId == request.Id);
        var coat = need.Items.Single(i => i.Name == "Winter coat, size 8");
        var offered = await champion.PostAsJsonAsync("/api/champions/offers", new OfferHelpInput(request.Id, coat.ItemId, 2, HelpWay.Fund), Json.Options);
        var offer = (await offered.Content.ReadFromJsonAsync<ChampionOfferView>(Json.Options))!;
        var twice = await champion.PostAsJsonAsync("/api/champions/offers", new OfferHelpInput(request.Id, coat.ItemId, 1, HelpWay.Provide), Json.Options);
        var leftAfter = (await champion.GetFromJsonAsync<List<NearNeed>>("/api/champions/requests", Json.Options))!.Single(n => n.RequestId == request.Id).Items.Single(i => i.ItemId == coat.ItemId).Left;
        var told = await app.QueryAsync(db => db.Notifications.Where(n => n.Kind == "champion-offer").Select(n => new { n.RecipientEmail, n.TextBody }).ToListAsync());
        var byFarther = await (await app.ClientForAsync(farther.PointPerson)).PostAsync(new Uri($"/api/champions/offers/{offer.Id}/claim", UriKind.Relative), null);
        var byChampion = await champion.PostAsync(new Uri($"/api/champions/offers/{offer.Id}/claim", UriKind.Relative), null);
        var pastor = await app.ClientForAsync(nearest.PointPerson);
        var claimed = await pastor.PostAsJsonAsync($"/api/champions/offers/{offer.Id}/claim", new ClaimInput("We will collect the coats on Friday."), Json.Options);
        var again = await pastor.PostAsync(new Uri($"/api/champions/offers/{offer.Id}/claim", UriKind.Relative), null);
        var mine = (await champion.GetFromJsonAsync<List<ChampionOfferView>>("/api/champions/offers", Json.Options))!;
        var nearestName = await app.QueryAsync(db => db.Organisations.Where(o => o.Id == nearest.Id).Select(o => o.Name).SingleAsync());

        Assert.Equal(HttpStatusCode.Forbidden, whilePending.StatusCode);
        Assert.Equal(HttpStatusCode.OK, approved.StatusCode);
        Assert.True(await app.QueryAsync(db => db.Notifications.AnyAsync(n => n.RecipientEmail == email && n.Kind == "champion-approved")));
        Assert.True(await app.QueryAsync(db => db.AdminActions.AnyAsync(a => a.Action == "champion-approved" && a.Detail.Contains("Hardware"))));
        Assert.Equal((2, 2), (coat.Quantity, coat.Left));
        Assert.Equal(Descriptions.Ready, need.Description);
        Assert.DoesNotContain("37402", nearBody, StringComparison.Ordinal);
        Assert.DoesNotContain("Gate code", nearBody, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Created, offered.StatusCode);
        Assert.Equal((ChampionOfferState.Sent, null), (offer.State, offer.Church));
        Assert.Equal(0, leftAfter);
        Assert.Contains("being met already", (await RequestsClient.ProblemAsync(twice, HttpStatusCode.Conflict)).GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal([nearest.PointPerson], told.Select(t => t.RecipientEmail));
        Assert.Contains("2 × Winter coat, size 8 (paid to a vendor by the champion)", told[0].TextBody, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, byFarther.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, byChampion.StatusCode);
        Assert.True(claimed.StatusCode == HttpStatusCode.OK, await claimed.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Equal(2, await app.QueryAsync(db => db.ItemClaims.Where(c => c.CareRequestId == request.Id && c.ChurchId == nearest.Id && c.RequestItemId == coat.ItemId).SumAsync(c => c.Quantity)));
        Assert.False(await app.QueryAsync(db => db.ItemClaims.AnyAsync(c => c.CareRequestId == request.Id && c.ChurchId != nearest.Id)));
        Assert.True(await app.QueryAsync(db => db.Notifications.AnyAsync(n => n.CareRequestId == request.Id && n.Kind == "church-responded" && n.RecipientEmail == agency.Caseworker)));
        var toChampion = await app.QueryAsync(db => db.Notifications.SingleAsync(n => n.RecipientEmail == email && n.Kind == "champion-offer-claimed"));
        Assert.Contains(nearestName, toChampion.TextBody, StringComparison.Ordinal);
        Assert.DoesNotContain("Gate code", toChampion.TextBody, StringComparison.Ordinal);
        Assert.Equal((ChampionOfferState.Claimed, nearestName), (mine.Single().State, mine.Single().Church));
        Assert.False(await app.QueryAsync(db => db.Notifications.AnyAsync(n => n.Kind == "champion-offer" && (n.RecipientEmail == plain.PointPerson || n.RecipientEmail == farther.PointPerson))));

        // The church that claimed reads the family's private details, as any committed church; the champion never does ("not found").
        Assert.Contains(Secret, await pastor.GetStringAsync(new Uri($"/api/requests/{request.Id}/private", UriKind.Relative)), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await champion.GetAsync(new Uri($"/api/requests/{request.Id}/private", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await champion.GetAsync(new Uri($"/api/requests/{request.Id}", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await champion.GetAsync(new Uri($"/api/champions/offers/{offer.Id}/church", UriKind.Relative))).StatusCode);

        // No cash: the church records whom the champion paid, how much and the receipt, once it delivers.
        var missing = await pastor.PostAsJsonAsync($"/api/champions/offers/{offer.Id}/funding", new FundingInput("", 0m, null), Json.Options);
        var recorded = await pastor.PostAsJsonAsync($"/api/champions/offers/{offer.Id}/funding", new FundingInput("Knox Outfitters", 89.90m, "Receipt 20417"), Json.Options);
        var problem = await RequestsClient.ProblemAsync(missing, HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty("vendor", out _) && problem.GetProperty("errors").TryGetProperty("amount", out _) && problem.GetProperty("errors").TryGetProperty("receipt", out _), problem.ToString());
        var view = (await recorded.Content.ReadFromJsonAsync<ChurchOfferView>(Json.Options))!;
        Assert.Equal((ChampionOfferState.Recorded, "Knox Outfitters", 89.90m, "Receipt 20417"), (view.State, view.Vendor, view.Amount, view.Receipt));
        Assert.True(await app.QueryAsync(db => db.AdminActions.AnyAsync(a => a.Action == "champion-funding-recorded" && a.CareRequestId == request.Id)));
    }

    [Fact]
    public async Task A_pending_or_declined_champion_cannot_offer_and_the_declined_one_is_told_why()
    {
        await churches.RetireAllAsync();
        var church = await churches.OnboardAsync("37402");
        await champions.ConnectAsync(church.Id, church.PointPerson);
        var (request, _) = await churches.OpenAsync("37402");
        var item = await app.QueryAsync(db => db.RequestItems.Where(i => i.CareRequestId == request.Id).Select(i => i.Id).FirstAsync());
        var (pendingId, pendingEmail) = await champions.RegisterAsync(approve: false);
        var (declinedId, declinedEmail) = await champions.RegisterAsync(approve: false);
        var admin = await app.ClientForAsync(DemoPeople.PlatformAdmin);

        var noReason = await admin.PostAsJsonAsync($"/api/champions/{declinedId}/decline", new { reason = "" }, Json.Options);
        var declined = await admin.PostAsJsonAsync($"/api/champions/{declinedId}/decline", new { reason = "We could not reach you at this address." }, Json.Options);
        var byPastor = await (await app.ClientForAsync(church.PointPerson)).PostAsync(new Uri($"/api/champions/{pendingId}/approve", UriKind.Relative), null);
        var offers = new Dictionary<string, HttpResponseMessage>();
        foreach (var email in new[] { pendingEmail, declinedEmail })
        {
            offers[email] = await (await app.ClientForAsync(email)).PostAsJsonAsync("/api/champions/offers", new OfferHelpInput(request.Id, item, 1, HelpWay.Provide), Json.Options);
        }

        await RequestsClient.ProblemAsync(noReason, HttpStatusCode.BadRequest);
        Assert.Equal(HttpStatusCode.OK, declined.StatusCode);
        await RequestsClient.ProblemAsync(byPastor, HttpStatusCode.Forbidden);
        var mail = await app.QueryAsync(db => db.Notifications.SingleAsync(n => n.RecipientEmail == declinedEmail && n.Kind == "champion-declined"));
        Assert.Contains("We could not reach you at this address.", mail.TextBody, StringComparison.Ordinal);
        Assert.Contains("waits for a platform admin", (await RequestsClient.ProblemAsync(offers[pendingEmail], HttpStatusCode.Forbidden)).GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Contains("declined", (await RequestsClient.ProblemAsync(offers[declinedEmail], HttpStatusCode.Forbidden)).GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(0, await app.QueryAsync(db => db.Set<ChampionOffer>().CountAsync(o => o.CareRequestId == request.Id)));
    }

    [Fact]
    public async Task With_no_connecting_church_near_the_offer_is_refused_with_a_sentence_and_nothing_is_written()
    {
        await churches.RetireAllAsync();
        var church = await churches.OnboardAsync("37402");
        var far = await churches.OnboardAsync("37040");
        await champions.ConnectAsync(far.Id, far.PointPerson);
        var (request, _) = await churches.OpenAsync("37402");
        var item = await app.QueryAsync(db => db.RequestItems.Where(i => i.CareRequestId == request.Id).Select(i => i.Id).FirstAsync());
        var (_, email) = await champions.RegisterAsync("37402");
        var champion = await app.ClientForAsync(email);
        var recipients = await app.QueryAsync(db => db.RequestRecipients.CountAsync(r => r.CareRequestId == request.Id));

        var refused = await champion.PostAsJsonAsync("/api/champions/offers", new OfferHelpInput(request.Id, item, 1, HelpWay.Provide), Json.Options);
        var elsewhere = await champion.PostAsJsonAsync("/api/champions/offers", new OfferHelpInput(request.Id + 100_000, item, 1, HelpWay.Provide), Json.Options);

        var problem = await RequestsClient.ProblemAsync(refused, HttpStatusCode.Conflict);
        Assert.Contains("No connecting church is near this family", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        await RequestsClient.ProblemAsync(elsewhere, HttpStatusCode.NotFound);
        Assert.Equal(0, await app.QueryAsync(db => db.Set<ChampionOffer>().CountAsync(o => o.CareRequestId == request.Id)));
        Assert.Equal(recipients, await app.QueryAsync(db => db.RequestRecipients.CountAsync(r => r.CareRequestId == request.Id)));
        Assert.False(await app.QueryAsync(db => db.Notifications.AnyAsync(n => n.Kind == "champion-offer" && (n.RecipientEmail == church.PointPerson || n.RecipientEmail == far.PointPerson))));
    }

    [Fact]
    public async Task A_registration_with_bad_fields_is_refused_by_field_and_a_second_one_for_the_same_address_makes_nothing_new()
    {
        var anonymous = champions.Anonymous();
        var email = $"twice.{Guid.NewGuid():N}@example.com";

        var bad = await anonymous.PostAsJsonAsync("/api/champions/registrations", new ChampionInput("", null, "00000", 0, "", "nobody"), Json.Options);
        var first = await anonymous.PostAsJsonAsync("/api/champions/registrations", ChampionsClient.Input("Oak Street School", email, kind: ChampionKind.School), Json.Options);
        var second = await anonymous.PostAsJsonAsync("/api/champions/registrations", ChampionsClient.Input("Oak Street School again", email), Json.Options);

        var problem = await RequestsClient.ProblemAsync(bad, HttpStatusCode.BadRequest);
        foreach (var field in new[] { "name", "kind", "zip", "radiusMiles", "contactName", "email" })
        {
            Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), $"{field}: {problem}");
        }

        Assert.Equal(HttpStatusCode.Accepted, first.StatusCode);
        Assert.Equal(await first.Content.ReadAsStringAsync(), await second.Content.ReadAsStringAsync());
        var person = await app.UserIdAsync(email);
        var made = await app.QueryAsync(db => db.Set<Champion>().Where(c => c.PersonId == person).ToListAsync());
        Assert.Equal(("Oak Street School", ChampionKind.School, ChampionStatus.Pending), (made.Single().Name, made.Single().Kind, made.Single().Status));
        Assert.Equal(2, await app.QueryAsync(db => db.Notifications.CountAsync(n => n.RecipientId == person && n.Kind == "champion-registered")));
    }

    [Fact]
    public async Task A_church_opts_in_as_a_connecting_church_through_its_settings_and_the_change_is_audited()
    {
        var church = await churches.OnboardAsync("37402");

        await champions.ConnectAsync(church.Id, church.PointPerson);
        var connected = await app.QueryAsync(db => db.Churches.Where(c => c.Id == church.Id).Select(c => c.Connecting).SingleAsync());
        await champions.ConnectAsync(church.Id, church.PointPerson, connecting: false);
        var left = await app.QueryAsync(db => db.Churches.Where(c => c.Id == church.Id).Select(c => c.Connecting).SingleAsync());

        Assert.True(connected);
        Assert.False(left);
        var audited = await app.QueryAsync(db => db.AdminActions.Where(a => a.OrganisationId == church.Id && a.Action == "church-settings-changed").OrderBy(a => a.Id).Select(a => a.Detail).ToListAsync());
        Assert.Contains(audited, d => d.EndsWith(", a connecting church.", StringComparison.Ordinal));
        Assert.EndsWith(", not a connecting church.", audited[^1], StringComparison.Ordinal);
    }
}

public sealed class ChampionTests_Sqlite(SqliteApp app) : ChampionTests<SqliteApp>(app), IClassFixture<SqliteApp>;

[Trait("Tier", "Postgres")]
public sealed class ChampionTests_Postgres(PostgresApp app) : ChampionTests<PostgresApp>(app), IClassFixture<PostgresApp>;
