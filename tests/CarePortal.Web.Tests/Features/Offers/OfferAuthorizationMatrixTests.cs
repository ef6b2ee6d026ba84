using System.Net;
using System.Net.Http.Json;
using CarePortal.Web.Tests.Features.Churches;
using CarePortal.Web.Tests.Features.Requests;
using Microsoft.AspNetCore.Mvc.Testing;
using Xunit;

namespace CarePortal.Web.Tests.Features.Offers;

/// <summary>
/// Who may use standing offers, endpoint by endpoint and page by page: a church's point person and a team leader post and
/// change their own church's offers; another church learns nothing of them (404) and cannot post for them (403); responders,
/// agency staff and platform admins post none (403); the offers near a family are for the people who write requests only.
/// Approved partners (issue #19 item 2) do not exist yet, so they have no row.
/// </summary>
public abstract class OfferAuthorizationMatrixTests<TApp>(TApp app) where TApp : CarePortalApp
{
    private readonly ChurchesClient churches = new(app);

    [Fact]
    public async Task Each_role_gets_what_the_matrix_says_on_the_offer_endpoints_and_pages()
    {
        var mine = await churches.OnboardAsync("37402");
        var theirs = await churches.OnboardAsync("37403");
        var offer = (await new OffersClient(await app.ClientForAsync(mine.PointPerson)).PostAsync(OffersClient.Offer(app))).Id;
        var other = (await new OffersClient(await app.ClientForAsync(theirs.PointPerson)).PostAsync(OffersClient.Offer(app))).Id;
        var people = new Dictionary<string, string>
        {
            ["point"] = mine.PointPerson, ["other-point"] = theirs.PointPerson, ["team-leader"] = DemoPeople.TeamLeader, ["responder"] = DemoPeople.Responder,
            ["caseworker"] = DemoPeople.Caseworker, ["supervisor"] = DemoPeople.Supervisor, ["county-rep"] = DemoPeople.CountyRepresentative,
            ["admin"] = DemoPeople.PlatformAdmin,
        };
        var terms = OffersClient.Offer(app);
        var nearby = "/api/offers/nearby?need=clothing&zip=37402";
        (string Who, string Method, string Path, object? Body, HttpStatusCode Expected)[] matrix =
        [
            ("point", "GET", "/api/offers", null, HttpStatusCode.OK),
            ("point", "POST", "/api/offers", terms, HttpStatusCode.Created),
            ("point", "POST", "/api/offers", terms with { ChurchId = theirs.Id }, HttpStatusCode.Forbidden),
            ("point", "PUT", $"/api/offers/{offer}", terms, HttpStatusCode.OK),
            ("point", "PUT", $"/api/offers/{other}", terms, HttpStatusCode.NotFound),
            ("point", "POST", $"/api/offers/{other}/withdraw", null, HttpStatusCode.NotFound),
            ("other-point", "PUT", $"/api/offers/{offer}", terms, HttpStatusCode.NotFound),
            ("other-point", "POST", $"/api/offers/{offer}/withdraw", null, HttpStatusCode.NotFound),
            ("team-leader", "POST", "/api/offers", terms, HttpStatusCode.Created),
            ("team-leader", "GET", "/api/offers", null, HttpStatusCode.OK),
            ("team-leader", "PUT", $"/api/offers/{offer}", terms, HttpStatusCode.NotFound),
            ("responder", "GET", "/api/offers", null, HttpStatusCode.Forbidden),
            ("responder", "POST", "/api/offers", terms, HttpStatusCode.Forbidden),
            ("responder", "PUT", $"/api/offers/{offer}", terms, HttpStatusCode.Forbidden),
            ("caseworker", "GET", "/api/offers", null, HttpStatusCode.Forbidden),
            ("caseworker", "POST", "/api/offers", terms, HttpStatusCode.Forbidden),
            ("caseworker", "POST", $"/api/offers/{offer}/withdraw", null, HttpStatusCode.Forbidden),
            ("admin", "POST", "/api/offers", terms with { ChurchId = mine.Id }, HttpStatusCode.Forbidden),
            ("admin", "PUT", $"/api/offers/{offer}", terms, HttpStatusCode.Forbidden),
            ("caseworker", "GET", nearby, null, HttpStatusCode.OK),
            ("supervisor", "GET", nearby, null, HttpStatusCode.OK),
            ("county-rep", "GET", nearby, null, HttpStatusCode.OK),
            ("point", "GET", nearby, null, HttpStatusCode.Forbidden),
            ("responder", "GET", nearby, null, HttpStatusCode.Forbidden),
            ("admin", "GET", nearby, null, HttpStatusCode.Forbidden),
            ("caseworker", "GET", "/api/offers/nearby?need=ponies&zip=37402", null, HttpStatusCode.BadRequest),
            ("point", "GET", "/Offers", null, HttpStatusCode.OK),
            ("team-leader", "GET", "/Offers", null, HttpStatusCode.OK),
            ("point", "GET", $"/Offers/Edit/{offer}", null, HttpStatusCode.OK),
            ("other-point", "GET", $"/Offers/Edit/{offer}", null, HttpStatusCode.NotFound),
            ("responder", "GET", "/Offers", null, HttpStatusCode.Forbidden),
            ("caseworker", "GET", "/Offers", null, HttpStatusCode.Forbidden),
            ("caseworker", "GET", $"/Offers/Edit/{offer}", null, HttpStatusCode.Forbidden),
            ("admin", "GET", "/Offers", null, HttpStatusCode.Forbidden),
        ];
        var wrong = new List<string>();
        foreach (var (who, method, path, body, expected) in matrix)
        {
            var client = await app.ClientForAsync(people[who]);
            var response = method switch
            {
                "GET" => await client.GetAsync(new Uri(path, UriKind.Relative)),
                "PUT" => await client.PutAsJsonAsync(path, body, Json.Options),
                _ => await client.PostAsJsonAsync(path, body, Json.Options),
            };
            if (response.StatusCode != expected)
            {
                wrong.Add($"{who} {method} {path}: {(int)response.StatusCode}, expected {(int)expected}");
            }
        }

        var anonymous = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync(new Uri("/api/offers", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync(new Uri(nearby, UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await anonymous.GetAsync(new Uri("/Offers", UriKind.Relative))).StatusCode);
        Assert.True(wrong.Count == 0, string.Join(Environment.NewLine, wrong));
    }
}

public sealed class OfferAuthorizationMatrixTests_Sqlite(SqliteApp app) : OfferAuthorizationMatrixTests<SqliteApp>(app), IClassFixture<SqliteApp>;

[Trait("Tier", "Postgres")]
public sealed class OfferAuthorizationMatrixTests_Postgres(PostgresApp app) : OfferAuthorizationMatrixTests<PostgresApp>(app), IClassFixture<PostgresApp>;
