using System.Net;
using System.Net.Http.Json;
using CarePortal.Web.Features.Champions;
using CarePortal.Web.Tests.Features.Churches;
using CarePortal.Web.Tests.Features.Offers;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Xunit;

namespace CarePortal.Web.Tests.Features.Champions;

/// <summary>
/// Who may do what with champions, endpoint by endpoint and page by page: anyone registers; a platform admin alone lists and
/// decides; an approved champion alone lists the needs near it and offers; a pending champion is refused (403); an offer is
/// read and claimed by the point person of the connecting church it went to alone (anyone else, the champion included: 404),
/// and a church that is not connecting never receives one. An approved champion alone posts, changes and withdraws standing
/// offers (anyone else: 403), and only their own (another champion's or a church's API on it: 404). A funded item's receipt is
/// uploaded by that point person alone and opened by them and the request's writer alone (anyone else: 404).
/// </summary>
public abstract class ChampionAuthorizationMatrixTests<TApp>(TApp app) where TApp : CarePortalApp
{
    private readonly ChurchesClient churches = new(app);
    private readonly ChampionsClient champions = new(app);

    [Fact]
    public async Task Each_role_gets_what_the_matrix_says_on_the_champion_endpoints_and_pages()
    {
        await churches.RetireAllAsync();
        var connecting = await churches.OnboardAsync("37402");
        var other = await churches.OnboardAsync("37402");
        await champions.ConnectAsync(connecting.Id, connecting.PointPerson);
        var (request, agency) = await churches.OpenAsync("37402", items: [new("Winter coat, size 8", 3, 45m)]);
        var item = await app.QueryAsync(db => db.RequestItems.Where(i => i.CareRequestId == request.Id).Select(i => i.Id).SingleAsync());
        var (_, champion) = await champions.RegisterAsync();
        var (pendingId, pending) = await champions.RegisterAsync(approve: false);
        var offered = await (await app.ClientForAsync(champion)).PostAsJsonAsync("/api/champions/offers", new OfferHelpInput(request.Id, item, 1, HelpWay.Provide), Json.Options);
        var offer = (await offered.Content.ReadFromJsonAsync<ChampionOfferView>(Json.Options))!.Id;
        var (_, otherChampion) = await champions.RegisterAsync();
        var standing = (await new StandingOffersClient(await app.ClientForAsync(champion)).PostAsync(OffersClient.Offer(app))).Id;
        var funded = await Receipts.FundedWithReceiptAsync(app, champion, connecting.PointPerson, request.Id, item);
        var people = new Dictionary<string, string>
        {
            ["champion"] = champion, ["pending"] = pending, ["connecting-point"] = connecting.PointPerson, ["other-point"] = other.PointPerson,
            ["responder"] = DemoPeople.Responder, ["caseworker"] = agency.Caseworker, ["admin"] = DemoPeople.PlatformAdmin, ["other-champion"] = otherChampion,
        };
        var help = new OfferHelpInput(request.Id, item, 1, HelpWay.Fund);
        var terms = OffersClient.Offer(app);
        const string Standing = StandingOffersClient.Path;
        (string Who, string Method, string Path, object? Body, HttpStatusCode Expected)[] matrix =
        [
            ("admin", "GET", "/api/champions", null, HttpStatusCode.OK),
            ("champion", "GET", "/api/champions", null, HttpStatusCode.Forbidden),
            ("connecting-point", "GET", "/api/champions", null, HttpStatusCode.Forbidden),
            ("caseworker", "GET", "/api/champions", null, HttpStatusCode.Forbidden),
            ("connecting-point", "POST", $"/api/champions/{pendingId}/approve", null, HttpStatusCode.Forbidden),
            ("champion", "POST", $"/api/champions/{pendingId}/approve", null, HttpStatusCode.Forbidden),
            ("caseworker", "POST", $"/api/champions/{pendingId}/approve", null, HttpStatusCode.Forbidden),
            ("admin", "POST", "/api/champions/999999/approve", null, HttpStatusCode.NotFound),
            ("champion", "GET", "/api/champions/me", null, HttpStatusCode.OK),
            ("pending", "GET", "/api/champions/me", null, HttpStatusCode.OK),
            ("caseworker", "GET", "/api/champions/me", null, HttpStatusCode.NotFound),
            ("champion", "GET", "/api/champions/requests", null, HttpStatusCode.OK),
            ("pending", "GET", "/api/champions/requests", null, HttpStatusCode.Forbidden),
            ("connecting-point", "GET", "/api/champions/requests", null, HttpStatusCode.Forbidden),
            ("caseworker", "GET", "/api/champions/requests", null, HttpStatusCode.Forbidden),
            ("admin", "GET", "/api/champions/requests", null, HttpStatusCode.Forbidden),
            ("champion", "POST", "/api/champions/offers", help, HttpStatusCode.Created),
            ("pending", "POST", "/api/champions/offers", help, HttpStatusCode.Forbidden),
            ("connecting-point", "POST", "/api/champions/offers", help, HttpStatusCode.Forbidden),
            ("responder", "POST", "/api/champions/offers", help, HttpStatusCode.Forbidden),
            ("champion", "GET", "/api/champions/offers", null, HttpStatusCode.OK),
            ("pending", "GET", "/api/champions/offers", null, HttpStatusCode.Forbidden),
            ("connecting-point", "GET", $"/api/champions/offers/{offer}/church", null, HttpStatusCode.OK),
            ("other-point", "GET", $"/api/champions/offers/{offer}/church", null, HttpStatusCode.NotFound),
            ("champion", "GET", $"/api/champions/offers/{offer}/church", null, HttpStatusCode.NotFound),
            ("caseworker", "GET", $"/api/champions/offers/{offer}/church", null, HttpStatusCode.NotFound),
            ("admin", "GET", $"/api/champions/offers/{offer}/church", null, HttpStatusCode.NotFound),
            ("other-point", "POST", $"/api/champions/offers/{offer}/claim", null, HttpStatusCode.NotFound),
            ("champion", "POST", $"/api/champions/offers/{offer}/claim", null, HttpStatusCode.NotFound),
            ("responder", "POST", $"/api/champions/offers/{offer}/claim", null, HttpStatusCode.NotFound),
            ("champion", "GET", $"/api/requests/{request.Id}/private", null, HttpStatusCode.NotFound),
            ("champion", "GET", $"/api/requests/{request.Id}", null, HttpStatusCode.NotFound),
            ("champion", "GET", "/Champions", null, HttpStatusCode.OK),
            ("pending", "GET", "/Champions", null, HttpStatusCode.OK),
            ("caseworker", "GET", "/Champions", null, HttpStatusCode.Redirect),
            ("admin", "GET", "/Champions/Applications", null, HttpStatusCode.OK),
            ("champion", "GET", "/Champions/Applications", null, HttpStatusCode.Forbidden),
            ("connecting-point", "GET", "/Champions/Applications", null, HttpStatusCode.Forbidden),
            ("connecting-point", "GET", $"/Champions/Claim/{offer}", null, HttpStatusCode.OK),
            ("other-point", "GET", $"/Champions/Claim/{offer}", null, HttpStatusCode.NotFound),
            ("champion", "GET", $"/Champions/Claim/{offer}", null, HttpStatusCode.NotFound),
            // Standing offers: an approved champion's own (403 anyone else, with why; 404 another's, a church included).
            ("champion", "GET", Standing, null, HttpStatusCode.OK),
            ("pending", "GET", Standing, null, HttpStatusCode.Forbidden),
            ("connecting-point", "GET", Standing, null, HttpStatusCode.Forbidden),
            ("caseworker", "GET", Standing, null, HttpStatusCode.Forbidden),
            ("admin", "GET", Standing, null, HttpStatusCode.Forbidden),
            ("champion", "POST", Standing, terms, HttpStatusCode.Created),
            ("pending", "POST", Standing, terms, HttpStatusCode.Forbidden),
            ("connecting-point", "POST", Standing, terms, HttpStatusCode.Forbidden),
            ("responder", "POST", Standing, terms, HttpStatusCode.Forbidden),
            ("champion", "PUT", $"{Standing}/{standing}", terms, HttpStatusCode.OK),
            ("other-champion", "PUT", $"{Standing}/{standing}", terms, HttpStatusCode.NotFound),
            ("pending", "PUT", $"{Standing}/{standing}", terms, HttpStatusCode.Forbidden),
            ("connecting-point", "PUT", $"{Standing}/{standing}", terms, HttpStatusCode.Forbidden),
            ("connecting-point", "PUT", $"/api/offers/{standing}", terms, HttpStatusCode.NotFound),
            ("other-champion", "POST", $"{Standing}/{standing}/withdraw", null, HttpStatusCode.NotFound),
            ("connecting-point", "POST", $"/api/offers/{standing}/withdraw", null, HttpStatusCode.NotFound),
            ("caseworker", "POST", $"{Standing}/{standing}/withdraw", null, HttpStatusCode.Forbidden),
            ("champion", "GET", "/Champions/StandingOffers", null, HttpStatusCode.OK),
            ("pending", "GET", "/Champions/StandingOffers", null, HttpStatusCode.Forbidden),
            ("caseworker", "GET", "/Champions/StandingOffers", null, HttpStatusCode.Forbidden),
            ("champion", "GET", $"/Champions/StandingOffers/Edit/{standing}", null, HttpStatusCode.OK),
            ("other-champion", "GET", $"/Champions/StandingOffers/Edit/{standing}", null, HttpStatusCode.NotFound),
            ("pending", "GET", $"/Champions/StandingOffers/Edit/{standing}", null, HttpStatusCode.Forbidden),
            ("connecting-point", "GET", $"/Offers/Edit/{standing}", null, HttpStatusCode.NotFound),
            ("champion", "POST", $"{Standing}/{standing}/withdraw", null, HttpStatusCode.OK),
            ("connecting-point", "GET", $"/api/champions/offers/{funded}/receipt", null, HttpStatusCode.OK),
            ("caseworker", "GET", $"/api/champions/offers/{funded}/receipt", null, HttpStatusCode.OK),
            ("other-point", "GET", $"/api/champions/offers/{funded}/receipt", null, HttpStatusCode.NotFound),
            ("champion", "GET", $"/api/champions/offers/{funded}/receipt", null, HttpStatusCode.NotFound),
            ("responder", "GET", $"/api/champions/offers/{funded}/receipt", null, HttpStatusCode.NotFound),
            ("admin", "GET", $"/api/champions/offers/{funded}/receipt", null, HttpStatusCode.NotFound),
            ("connecting-point", "GET", $"/api/champions/offers/{offer}/receipt", null, HttpStatusCode.NotFound),
            ("connecting-point", "POST", $"/api/champions/offers/{funded}/receipt", Receipts.Pdf, HttpStatusCode.Conflict),
            ("other-point", "POST", $"/api/champions/offers/{funded}/receipt", Receipts.Pdf, HttpStatusCode.NotFound),
            ("champion", "POST", $"/api/champions/offers/{funded}/receipt", Receipts.Pdf, HttpStatusCode.NotFound),
            ("caseworker", "POST", $"/api/champions/offers/{funded}/receipt", Receipts.Pdf, HttpStatusCode.NotFound),
            ("connecting-point", "POST", $"/api/champions/offers/{offer}/claim", null, HttpStatusCode.OK),
        ];
        var wrong = new List<string>();
        foreach (var (who, method, path, body, expected) in matrix)
        {
            var client = await app.ClientForAsync(people[who]);
            var response = method switch
            {
                "GET" => await client.GetAsync(new Uri(path, UriKind.Relative)),
                "PUT" => await client.PutAsJsonAsync(path, body, Json.Options),
                _ when body is byte[] file => await Receipts.UploadAsync(client, path, "receipt.pdf", file),
                _ => await client.PostAsJsonAsync(path, body, Json.Options),
            };
            if (response.StatusCode != expected)
            {
                wrong.Add($"{who} {method} {path}: {(int)response.StatusCode}, expected {(int)expected}");
            }
        }

        var anonymous = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync(new Uri("/Champions/Register", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync(new Uri("/api/champions/requests", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await anonymous.GetAsync(new Uri("/Champions", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await anonymous.GetAsync(new Uri("/Champions/StandingOffers", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync(new Uri(Standing, UriKind.Relative))).StatusCode);
        // The church that did not opt in received no offer at all.
        Assert.False(await app.QueryAsync(db => db.Set<ChampionOffer>().AnyAsync(o => o.ChurchId == other.Id)));
        Assert.True(wrong.Count == 0, string.Join(Environment.NewLine, wrong));
    }
}

public sealed class ChampionAuthorizationMatrixTests_Sqlite(SqliteApp app) : ChampionAuthorizationMatrixTests<SqliteApp>(app), IClassFixture<SqliteApp>;

[Trait("Tier", "Postgres")]
public sealed class ChampionAuthorizationMatrixTests_Postgres(PostgresApp app) : ChampionAuthorizationMatrixTests<PostgresApp>(app), IClassFixture<PostgresApp>;
