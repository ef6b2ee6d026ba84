using System.Net;
using System.Net.Http.Json;
using CarePortal.Web.Features.Champions;
using CarePortal.Web.Features.Churches;
using CarePortal.Web.Features.Offers;
using CarePortal.Web.Features.Organisations;
using CarePortal.Web.Features.Requests;
using CarePortal.Web.Tests.Features.Churches;
using CarePortal.Web.Tests.Features.Offers;
using CarePortal.Web.Tests.Features.Requests;
using Microsoft.EntityFrameworkCore;
using Xunit;

namespace CarePortal.Web.Tests.Features.Champions;

/// <summary>
/// Champions' standing offers (issue #19 item 5, "churches and approved partners post offers") over HTTP: an approved champion
/// posts, lists, changes and withdraws them (pending, declined and other champions refused); a new tier-1 request that matches
/// one tells the champion its public part only (a tier-2 one, another need or a withdrawn offer does not) and lists the request
/// on their page; the caseworker composing sees the offer without who offers; a connecting church's claim of the champion's
/// gift comes off the champion's offer, not the church's own.
/// </summary>
public abstract class StandingOfferTests<TApp>(TApp app) where TApp : CarePortalApp
{
    private const string Secret = "Gate code 4471, the blue house behind the school";
    private const string Partner = "A community partner (business) through a connecting church";
    private readonly ChurchesClient churches = new(app);
    private readonly ChampionsClient champions = new(app);

    [Fact]
    public async Task An_approved_champion_posts_lists_changes_and_withdraws_a_standing_offer_and_no_one_else_may()
    {
        var (championId, email) = await champions.RegisterAsync("37402", radius: 10);
        var mine = new StandingOffersClient(await app.ClientForAsync(email));
        var (_, otherEmail) = await champions.RegisterAsync("37402");
        var other = new StandingOffersClient(await app.ClientForAsync(otherEmail));
        var (_, pendingEmail) = await champions.RegisterAsync(approve: false);
        var (declinedId, declinedEmail) = await champions.RegisterAsync(approve: false);
        var admin = await app.ClientForAsync(DemoPeople.PlatformAdmin);
        Assert.Equal(HttpStatusCode.OK, (await admin.PostAsJsonAsync($"/api/champions/{declinedId}/decline", new { reason = "We could not reach you." }, Json.Options)).StatusCode);
        var church = await churches.OnboardAsync("37402");
        var pastor = new OffersClient(await app.ClientForAsync(church.PointPerson));

        var posted = await mine.PostAsync(OffersClient.Offer(app, need: "baby-items", item: "A crib", quantity: 2));
        var refused = new Dictionary<string, HttpResponseMessage>
        {
            ["quantity"] = await mine.SendAsync(OffersClient.Offer(app, quantity: 0)),
            ["item"] = await mine.SendAsync(OffersClient.Offer(app, item: "Cribs, write to crib@example.com")),
            ["zip"] = await mine.SendAsync(OffersClient.Offer(app, zip: "00000")),
            ["churchId"] = await mine.SendAsync(OffersClient.Offer(app) with { ChurchId = church.Id }),
        };
        var changed = await mine.ChangeAsync(posted.Id, OffersClient.Offer(app, need: "baby-items", item: "A crib with a mattress", quantity: 1, zip: "37403"));
        var listed = await mine.ListAsync();
        var byOther = await other.ChangeAsync(posted.Id, OffersClient.Offer(app));
        var withdrawnByOther = await other.WithdrawAsync(posted.Id);
        var byChurch = await pastor.ChangeAsync(posted.Id, OffersClient.Offer(app));
        var churchList = await pastor.ListAsync();
        var byPending = await new StandingOffersClient(await app.ClientForAsync(pendingEmail)).SendAsync(OffersClient.Offer(app));
        var byDeclined = await (await app.ClientForAsync(declinedEmail)).GetAsync(new Uri(StandingOffersClient.Path, UriKind.Relative));
        var withdrawn = await mine.WithdrawAsync(posted.Id);
        var changeWithdrawn = await mine.ChangeAsync(posted.Id, OffersClient.Offer(app));

        Assert.Equal(("baby-items", "A crib", 2, (string?)null, "open"), (posted.Need, posted.Item, posted.Quantity, posted.Zip, posted.Status));
        foreach (var (field, response) in refused)
        {
            var problem = await RequestsClient.ProblemAsync(response, HttpStatusCode.BadRequest);
            Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), $"{field}: {problem}");
        }

        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        Assert.Equal(("A crib with a mattress", 1, "37403"), (listed.Single().Item, listed.Single().Quantity, listed.Single().Zip));
        await RequestsClient.ProblemAsync(byOther, HttpStatusCode.NotFound);
        await RequestsClient.ProblemAsync(withdrawnByOther, HttpStatusCode.NotFound);
        await RequestsClient.ProblemAsync(byChurch, HttpStatusCode.NotFound);
        Assert.DoesNotContain(churchList, o => o.Id == posted.Id);
        Assert.Contains("waits for a platform admin", (await RequestsClient.ProblemAsync(byPending, HttpStatusCode.Forbidden)).GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Contains("declined", (await RequestsClient.ProblemAsync(byDeclined, HttpStatusCode.Forbidden)).GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal("withdrawn", (await withdrawn.Content.ReadFromJsonAsync<StandingOfferView>(Json.Options))!.Status);
        await RequestsClient.ProblemAsync(changeWithdrawn, HttpStatusCode.Conflict);
        var stored = await app.QueryAsync(db => db.Set<ChurchOffer>().Where(o => o.ChampionId == championId).ToListAsync());
        Assert.Equal(((int?)null, OfferState.Withdrawn), (stored.Single().ChurchId, stored.Single().State));
    }

    [Fact]
    public async Task A_new_tier_one_request_tells_the_champion_whose_offer_it_matches_its_public_part_only()
    {
        await churches.RetireAllAsync();
        var church = await churches.OnboardAsync("37402");
        await champions.ConnectAsync(church.Id, church.PointPerson);
        var (_, matching) = await champions.RegisterAsync("37402", radius: 10);
        var (_, otherNeed) = await champions.RegisterAsync("37402", radius: 10);
        var (_, far) = await champions.RegisterAsync("37040", radius: 10);
        var (_, withdrawing) = await champions.RegisterAsync("37402", radius: 10);
        var (_, elsewhere) = await champions.RegisterAsync("37040", radius: 10);
        var matched = await PostAsync(matching, OffersClient.Offer(app));
        var bed = await PostAsync(otherNeed, OffersClient.Offer(app, need: "bed", item: "A twin bed"));
        var farOffer = await PostAsync(far, OffersClient.Offer(app));
        var taken = await PostAsync(withdrawing, OffersClient.Offer(app));
        Assert.Equal(HttpStatusCode.OK, (await new StandingOffersClient(await app.ClientForAsync(withdrawing)).WithdrawAsync(taken.Id)).StatusCode);
        // Offered from a ZIP of the family's, though the champion lives 100 miles off: the offer's place counts, as a church's does.
        var fromHere = await PostAsync(elsewhere, OffersClient.Offer(app, item: "Coats from our store", zip: "37402"));

        var (request, caseworker) = await OpenWithSecretAsync("37402", tier: 1);
        var relational = await OpenWithSecretAsync("37402", tier: 2);

        var told = await app.QueryAsync(db => db.Notifications.Where(n => n.Kind == ChampionOfferMatchedEmailKind).ToListAsync());
        var toMatching = told.Where(n => n.RecipientEmail == matching).ToList();
        string[] ours = [matching, otherNeed, far, withdrawing, elsewhere];
        Assert.Equal(new[] { elsewhere, matching }.Order().ToArray(), told.Select(n => n.RecipientEmail!).Where(e => ours.Contains(e)).Order().ToArray());
        var mail = Assert.Single(toMatching);
        var county = await app.QueryAsync(db => db.Organisations.Where(o => o.Id == request.CountyId).Select(o => o.Name).SingleAsync());
        Assert.Contains(county, mail.TextBody, StringComparison.Ordinal);
        Assert.Contains("2 × Winter coat, size 8; 1 × Snow boots, size 2", mail.TextBody, StringComparison.Ordinal);
        Assert.Contains("3 × Winter coats, children's sizes", mail.TextBody, StringComparison.Ordinal);
        Assert.Contains("/Champions", mail.TextBody, StringComparison.Ordinal);
        foreach (var never in new[] { "37402", Secret, caseworker, $"/Requests/{request.Id}", $"Request/{request.Id}" })
        {
            Assert.DoesNotContain(never, mail.TextBody + mail.HtmlBody + mail.Subject, StringComparison.Ordinal);
        }

        // Of this test's offers (the class's other tests leave offers of their own in the same database).
        int[] posted = [matched.Id, bed.Id, farOffer.Id, taken.Id, fromHere.Id];
        Assert.Equal(new[] { matched.Id, fromHere.Id }, (await app.QueryAsync(db => db.Set<OfferMatch>().Where(m => m.CareRequestId == request.Id).Select(m => m.OfferId).ToListAsync()))
            .Where(posted.Contains).Order().ToArray());
        Assert.False(await app.QueryAsync(db => db.Set<OfferMatch>().AnyAsync(m => m.CareRequestId == relational.Request.Id)));
        // The match adds no church: the request reached the one routing chose, as any request does.
        Assert.Equal([church.Id], (await churches.RecipientsAsync(request.Id, caseworker)).Select(r => r.ChurchId));
        var needs = (await (await app.ClientForAsync(elsewhere)).GetFromJsonAsync<List<NearNeed>>("/api/champions/requests", Json.Options))!;
        Assert.Equal("Coats from our store", Assert.Single(needs, n => n.RequestId == request.Id).YourOffer);
        Assert.DoesNotContain(needs, n => n.RequestId == relational.Request.Id);
        Assert.Equal(1, (await new StandingOffersClient(await app.ClientForAsync(matching)).ListAsync()).Single().Matched);
    }

    [Fact]
    public async Task With_no_connecting_church_near_the_family_no_champions_offer_matches()
    {
        await churches.RetireAllAsync();
        await churches.OnboardAsync("37402");
        var (_, email) = await champions.RegisterAsync("37402", radius: 10);
        await PostAsync(email, OffersClient.Offer(app));

        var (request, caseworkerEmail) = await OpenWithSecretAsync("37402", tier: 1);
        var caseworker = await app.ClientForAsync(caseworkerEmail);
        var shown = await caseworker.GetFromJsonAsync<List<NearbyOfferView>>($"/api/offers/nearby?need=clothing&zip=37402&countyId={request.CountyId}&tier=1", Json.Options);

        // Offering would be refused (no connecting church to take it), so the champion is not told and the caseworker not shown it.
        Assert.False(await app.QueryAsync(db => db.Notifications.AnyAsync(n => n.Kind == ChampionOfferMatchedEmailKind && n.RecipientEmail == email)));
        Assert.False(await app.QueryAsync(db => db.Set<OfferMatch>().AnyAsync(m => m.CareRequestId == request.Id)));
        Assert.DoesNotContain(shown!, o => o.Offerer == Partner);
    }

    [Fact]
    public async Task The_caseworker_sees_a_champions_offer_by_kind_only_and_a_claim_of_the_champions_gift_comes_off_the_champions_offer_not_the_churchs()
    {
        await churches.RetireAllAsync();
        var church = await churches.OnboardAsync("37402");
        await champions.ConnectAsync(church.Id, church.PointPerson);
        var own = await new OffersClient(await app.ClientForAsync(church.PointPerson)).PostAsync(OffersClient.Offer(app, item: "Coats from our closet", quantity: 5));
        var (championId, email) = await champions.RegisterAsync("37402", radius: 10);
        var offer = await PostAsync(email, OffersClient.Offer(app, quantity: 3));
        var agency = await TestAgency.CreateAsync(app, ApprovalOption.None);
        var caseworker = await app.ClientForAsync(agency.Caseworker);
        var championName = await app.QueryAsync(db => db.Set<Champion>().Where(c => c.Id == championId).Select(c => c.Name).SingleAsync());

        var near = await caseworker.GetAsync(new Uri($"/api/offers/nearby?need=clothing&zip=37402&countyId={agency.CountyId}&tier=1", UriKind.Relative));
        var body = await near.Content.ReadAsStringAsync();
        var shown = await near.Content.ReadFromJsonAsync<List<NearbyOfferView>>(Json.Options);
        var relational = await caseworker.GetFromJsonAsync<List<NearbyOfferView>>($"/api/offers/nearby?need=clothing&zip=37402&countyId={agency.CountyId}&tier=2", Json.Options);

        Assert.Equal(HttpStatusCode.OK, near.StatusCode);
        Assert.Contains(new NearbyOfferView(Partner, "clothing", "Winter coats, children's sizes", 3, offer.ExpiresOn, 0), shown!);
        Assert.Contains(shown!, o => o.Item == "Coats from our closet");
        Assert.DoesNotContain(championName, body, StringComparison.Ordinal);
        Assert.DoesNotContain("@", body, StringComparison.Ordinal);
        Assert.Equal([], relational);

        // The champion gives two coats through the church, then the last one: it closes as given; the church's own five stay.
        var champion = await app.ClientForAsync(email);
        var pastor = await app.ClientForAsync(church.PointPerson);
        var (first, _) = await churches.OpenAsync("37402", items: [new ItemInput("Winter coat, size 8", 2, 45m)]);
        await GiveAsync(champion, pastor, first.Id, 2);
        var afterFirst = await StateAsync(offer.Id);
        var (second, _) = await churches.OpenAsync("37402");
        await GiveAsync(champion, pastor, second.Id, 1);
        var afterSecond = await StateAsync(offer.Id);

        Assert.Equal((1, OfferState.Open), afterFirst);
        Assert.Equal((0, OfferState.Given), afterSecond);
        Assert.Equal((5, OfferState.Open), await StateAsync(own.Id));
        Assert.Equal(3, await app.QueryAsync(db => db.ItemClaims.Where(c => c.ChurchId == church.Id && (c.CareRequestId == first.Id || c.CareRequestId == second.Id)).SumAsync(c => c.Quantity)));
        Assert.Equal("given", (await new StandingOffersClient(champion).ListAsync()).Single().Status);
    }

    private const string ChampionOfferMatchedEmailKind = CarePortal.Web.Features.Notifications.Emails.ChampionOfferMatchedEmail.KindName;

    private async Task<StandingOfferView> PostAsync(string champion, OfferInput input) => await new StandingOffersClient(await app.ClientForAsync(champion)).PostAsync(input);

    /// <summary>The champion offers an item of the request; the connecting church it went to claims it.</summary>
    private static async Task GiveAsync(HttpClient champion, HttpClient pastor, int requestId, int quantity)
    {
        var need = (await champion.GetFromJsonAsync<List<NearNeed>>("/api/champions/requests", Json.Options))!.Single(n => n.RequestId == requestId);
        var offered = await champion.PostAsJsonAsync("/api/champions/offers", new OfferHelpInput(requestId, need.Items[0].ItemId, quantity, HelpWay.Provide), Json.Options);
        Assert.True(offered.StatusCode == HttpStatusCode.Created, await offered.Content.ReadAsStringAsync());
        var id = (await offered.Content.ReadFromJsonAsync<ChampionOfferView>(Json.Options))!.Id;
        var claimed = await pastor.PostAsync(new Uri($"/api/champions/offers/{id}/claim", UriKind.Relative), null);
        Assert.True(claimed.StatusCode == HttpStatusCode.OK, await claimed.Content.ReadAsStringAsync());
    }

    /// <summary>A request of the tier given for a family at <paramref name="zip"/>, with two items and private details, opened at once.</summary>
    private async Task<(RequestView Request, string Caseworker)> OpenWithSecretAsync(string zip, int tier)
    {
        var agency = await TestAgency.CreateAsync(app, ApprovalOption.None);
        await churches.SetReachAsync(agency.CountyId, 15, 5);
        var caseworker = new RequestsClient(await app.ClientForAsync(agency.Caseworker));
        var draft = await caseworker.CreateAsync(RequestsClient.Draft(agency.CountyId) with
        {
            Zip = zip, Tier = tier, Items = [new ItemInput("Winter coat, size 8", 2, 45m), new ItemInput("Snow boots, size 2", 1, 30m)],
        });
        Assert.True((await caseworker.Http.PutAsJsonAsync($"/api/requests/{draft.Id}/private", new PrivateDetailsInput(Secret, null, null, null, null, null, 0), Json.Options)).IsSuccessStatusCode);
        var opened = await caseworker.SubmitAsync(draft.Id);
        Assert.Equal(RequestState.Open, opened.State);
        return (opened, agency.Caseworker);
    }

    private Task<(int, OfferState)> StateAsync(int id) =>
        app.QueryAsync(db => db.Set<ChurchOffer>().Where(o => o.Id == id).Select(o => new ValueTuple<int, OfferState>(o.Quantity, o.State)).SingleAsync());
}

public sealed class StandingOfferTests_Sqlite(SqliteApp app) : StandingOfferTests<SqliteApp>(app), IClassFixture<SqliteApp>;

[Trait("Tier", "Postgres")]
public sealed class StandingOfferTests_Postgres(PostgresApp app) : StandingOfferTests<PostgresApp>(app), IClassFixture<PostgresApp>;
