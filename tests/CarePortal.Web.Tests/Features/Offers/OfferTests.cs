using System.Net;
using System.Net.Http.Json;
using CarePortal.Web.Features.Churches;
using CarePortal.Web.Features.Offers;
using CarePortal.Web.Features.Requests;
using CarePortal.Web.Tests.Features.Churches;
using CarePortal.Web.Tests.Features.Requests;
using Microsoft.EntityFrameworkCore;
using Xunit;

namespace CarePortal.Web.Tests.Features.Offers;

/// <summary>
/// Standing offers (issue #19 item 5) over HTTP: a church posts, lists, changes and withdraws its offers; a new request for the
/// same need within the church's reach tells the church (another need, too far, past its last day or withdrawn does not) and
/// sends the request to it; the caseworker sees the matching offers; what the church commits comes off the offer.
/// </summary>
public abstract class OfferTests<TApp>(TApp app) where TApp : CarePortalApp
{
    private readonly ChurchesClient churches = new(app);

    [Fact]
    public async Task A_church_posts_lists_changes_and_withdraws_its_offer_and_bad_terms_are_refused_with_a_sentence()
    {
        var church = await churches.OnboardAsync("37402");
        var offers = new OffersClient(await app.ClientForAsync(church.PointPerson));

        var posted = await offers.PostAsync(OffersClient.Offer(app, need: "baby-items", item: "A crib", quantity: 2));
        var changed = await offers.ChangeAsync(posted.Id, OffersClient.Offer(app, need: "baby-items", item: "A crib with a mattress", quantity: 1, zip: "37403"));
        var listed = await offers.ListAsync();
        var refused = new Dictionary<string, HttpResponseMessage>
        {
            ["quantity"] = await offers.SendAsync(OffersClient.Offer(app, quantity: 0)),
            ["expiresOn"] = await offers.SendAsync(OffersClient.Offer(app, days: -1)),
            ["item"] = await offers.SendAsync(OffersClient.Offer(app, item: "Cribs, call 423-555-0134")),
            ["zip"] = await offers.SendAsync(OffersClient.Offer(app, zip: "00000")),
            ["need"] = await offers.SendAsync(OffersClient.Offer(app, need: "ponies")),
        };
        var withdrawn = await offers.WithdrawAsync(posted.Id);
        var again = await offers.WithdrawAsync(posted.Id);
        var changeWithdrawn = await offers.ChangeAsync(posted.Id, OffersClient.Offer(app));

        Assert.Equal(("baby-items", "A crib", 2, "open"), (posted.Need, posted.Item, posted.Quantity, posted.Status));
        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        Assert.Contains(listed, o => o.Id == posted.Id && o.Item == "A crib with a mattress" && o.Quantity == 1 && o.Zip == "37403");
        foreach (var (field, response) in refused)
        {
            var problem = await RequestsClient.ProblemAsync(response, HttpStatusCode.BadRequest);
            Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), $"{field}: {problem}");
        }

        Assert.Equal("withdrawn", (await withdrawn.Content.ReadFromJsonAsync<OfferView>(Json.Options))!.Status);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        await RequestsClient.ProblemAsync(changeWithdrawn, HttpStatusCode.Conflict);
        Assert.Equal(1, await app.QueryAsync(db => db.Set<ChurchOffer>().CountAsync(o => o.ChurchId == church.Id)));
    }

    [Fact]
    public async Task A_new_request_tells_the_church_whose_offer_it_matches_and_no_church_whose_offer_differs_is_far_past_or_withdrawn()
    {
        await churches.RetireAllAsync();
        // The matching church serves only beds: routing alone would not send it a clothing request; its offer does.
        var matching = await churches.OnboardAsync("37402", needs: ["bed"]);
        var otherNeed = await churches.OnboardAsync("37403");
        var far = await churches.OnboardAsync("37040");
        var expired = await churches.OnboardAsync("37404");
        var withdrawn = await churches.OnboardAsync("37404");
        var matched = await PostAsync(matching.PointPerson, OffersClient.Offer(app));
        await PostAsync(otherNeed.PointPerson, OffersClient.Offer(app, need: "bed", item: "A twin bed"));
        await PostAsync(far.PointPerson, OffersClient.Offer(app));
        var past = await PostAsync(expired.PointPerson, OffersClient.Offer(app));
        await app.QueryAsync(db => db.Set<ChurchOffer>().Where(o => o.Id == past.Id).ExecuteUpdateAsync(s => s.SetProperty(o => o.ExpiresOn, o => o.ExpiresOn.AddDays(-31))));
        var taken = await PostAsync(withdrawn.PointPerson, OffersClient.Offer(app));
        Assert.Equal(HttpStatusCode.OK, (await new OffersClient(await app.ClientForAsync(withdrawn.PointPerson)).WithdrawAsync(taken.Id)).StatusCode);

        var (request, _) = await churches.OpenAsync("37402", radius: 15);

        var told = await app.QueryAsync(db => db.Notifications.Where(n => n.CareRequestId == request.Id && n.Kind == "offer-matched").Select(n => n.RecipientEmail).ToListAsync());
        Assert.Equal([matching.PointPerson], told);
        Assert.Equal([matched.Id], await app.QueryAsync(db => db.Set<OfferMatch>().Where(m => m.CareRequestId == request.Id).Select(m => m.OfferId).ToListAsync()));
        var recipient = await app.QueryAsync(db => db.RequestRecipients.SingleAsync(r => r.CareRequestId == request.Id && r.ChurchId == matching.Id));
        Assert.Equal(MatchOffers.Round, recipient.Round);
        var email = await app.QueryAsync(db => db.Notifications.SingleAsync(n => n.CareRequestId == request.Id && n.Kind == "offer-matched"));
        Assert.Contains("3 × Winter coats, children's sizes", email.TextBody, StringComparison.Ordinal);
        Assert.Contains($"/Churches/Request/{request.Id}?churchId={matching.Id}", email.TextBody, StringComparison.Ordinal);
        Assert.Equal(1, (await new OffersClient(await app.ClientForAsync(matching.PointPerson)).ListAsync()).Single(o => o.Id == matched.Id).Matched);
    }

    [Fact]
    public async Task The_caseworker_sees_the_matching_offers_by_church_name_only_and_commitments_take_them_down_to_given()
    {
        await churches.RetireAllAsync();
        var church = await churches.OnboardAsync("37402");
        var bedsOnly = await churches.OnboardAsync("37403");
        var offer = await PostAsync(church.PointPerson, OffersClient.Offer(app, quantity: 3));
        await PostAsync(bedsOnly.PointPerson, OffersClient.Offer(app, need: "bed", item: "A twin bed"));
        var agency = await TestAgency.CreateAsync(app, CarePortal.Web.Features.Organisations.ApprovalOption.None);
        var caseworker = await app.ClientForAsync(agency.Caseworker);
        var name = await app.QueryAsync(db => db.Organisations.Where(o => o.Id == church.Id).Select(o => o.Name).SingleAsync());

        var near = await caseworker.GetAsync(new Uri($"/api/offers/nearby?need=clothing&zip=37402&countyId={agency.CountyId}", UriKind.Relative));
        var body = await near.Content.ReadAsStringAsync();
        var shown = await near.Content.ReadFromJsonAsync<List<NearbyOfferView>>(Json.Options);
        var farZip = await caseworker.GetFromJsonAsync<List<NearbyOfferView>>("/api/offers/nearby?need=clothing&zip=37040", Json.Options);
        var typing = await caseworker.GetFromJsonAsync<List<NearbyOfferView>>("/api/offers/nearby?need=clothing&zip=374", Json.Options);

        Assert.Equal(HttpStatusCode.OK, near.StatusCode);
        Assert.Equal([new NearbyOfferView(name, "clothing", "Winter coats, children's sizes", 3, offer.ExpiresOn, 0)], shown);
        Assert.DoesNotContain("@", body, StringComparison.Ordinal);
        Assert.Equal([], farZip);
        Assert.Equal([], typing);

        // Two coats committed, then the last one: the offer closes as given and a third request matches nothing.
        var pastor = await app.ClientForAsync(church.PointPerson);
        var (first, _) = await churches.OpenAsync("37402", items: [new ItemInput("Winter coat, size 8", 2, 45m)]);
        Assert.Equal(HttpStatusCode.OK, (await pastor.PostAsJsonAsync($"/api/requests/{first.Id}/responses", new ResponseInput(church.Id, null, null), Json.Options)).StatusCode);
        var afterFirst = await OfferAsync(offer.Id);
        var (second, _) = await churches.OpenAsync("37402");
        Assert.Equal(HttpStatusCode.OK, (await pastor.PostAsJsonAsync($"/api/requests/{second.Id}/responses", new ResponseInput(church.Id, null, null), Json.Options)).StatusCode);
        var afterSecond = await OfferAsync(offer.Id);
        var (third, _) = await churches.OpenAsync("37402");

        Assert.Equal((1, OfferState.Open), afterFirst);
        Assert.Equal((0, OfferState.Given), afterSecond);
        Assert.Equal(2, await app.QueryAsync(db => db.Notifications.CountAsync(n => n.Kind == "offer-matched" && (n.CareRequestId == first.Id || n.CareRequestId == second.Id))));
        Assert.Equal(0, await app.QueryAsync(db => db.Notifications.CountAsync(n => n.Kind == "offer-matched" && n.CareRequestId == third.Id)));
        Assert.Equal("given", (await new OffersClient(pastor).ListAsync()).Single(o => o.Id == offer.Id).Status);
    }

    private async Task<OfferView> PostAsync(string pointPerson, OfferInput input) => await new OffersClient(await app.ClientForAsync(pointPerson)).PostAsync(input);

    private Task<(int, OfferState)> OfferAsync(int id) =>
        app.QueryAsync(db => db.Set<ChurchOffer>().Where(o => o.Id == id).Select(o => new ValueTuple<int, OfferState>(o.Quantity, o.State)).SingleAsync());
}

public sealed class OfferTests_Sqlite(SqliteApp app) : OfferTests<SqliteApp>(app), IClassFixture<SqliteApp>;

[Trait("Tier", "Postgres")]
public sealed class OfferTests_Postgres(PostgresApp app) : OfferTests<PostgresApp>(app), IClassFixture<PostgresApp>;
