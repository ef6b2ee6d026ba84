using System.Net;
using System.Net.Http.Json;
using CarePortal.Web.Features.ChurchNeeds;
using Xunit;

namespace CarePortal.Web.Tests.Features.ChurchNeeds;

/// <summary>
/// Who may do what with a church's own needs, endpoint and page by page: its needs leader, its point person, a member, a needs
/// leader of another church, an agency's caseworker and admin, a platform admin. Anyone outside the church learns nothing of
/// the need (404); a member without the right is refused (403).
/// </summary>
public abstract class ChurchNeedsAuthorizationMatrixTests<TApp>(TApp app) where TApp : CarePortalApp
{
    [Fact]
    public async Task Each_role_gets_what_the_matrix_says_on_the_church_needs_endpoints()
    {
        var church = await ChurchWithLeader.MakeAsync(app);
        var other = await ChurchWithLeader.MakeAsync(app, "37403");
        var need = await church.PostAsync(app, note: "Side door.");
        var id = need.Id;
        var c = church.Id;
        var people = new Dictionary<string, string>
        {
            ["leader"] = church.NeedsLeader, ["pastor"] = church.PointPerson, ["member"] = church.Responder, ["other-leader"] = other.NeedsLeader,
            ["other-pastor"] = other.PointPerson, ["caseworker"] = DemoPeople.Caseworker, ["agency-admin"] = DemoPeople.AgencyAdmin, ["platform"] = DemoPeople.PlatformAdmin,
        };
        var input = new ChurchNeedInput("bed", 1, ChurchWithLeader.Ready);
        (string Who, string Method, string Path, object? Body, HttpStatusCode Expected)[] matrix =
        [
            ("leader", "POST", $"/api/churches/{c}/needs", input, HttpStatusCode.Created),
            ("pastor", "POST", $"/api/churches/{c}/needs", input, HttpStatusCode.Created),
            ("member", "POST", $"/api/churches/{c}/needs", input, HttpStatusCode.Forbidden),
            ("other-leader", "POST", $"/api/churches/{c}/needs", input, HttpStatusCode.NotFound),
            ("caseworker", "POST", $"/api/churches/{c}/needs", input, HttpStatusCode.NotFound),
            ("platform", "POST", $"/api/churches/{c}/needs", input, HttpStatusCode.NotFound),
            ("member", "GET", $"/ChurchNeeds/Post/{c}", null, HttpStatusCode.Forbidden),
            ("leader", "GET", $"/ChurchNeeds/Post/{c}", null, HttpStatusCode.OK),
            ("other-leader", "GET", $"/ChurchNeeds/Post/{c}", null, HttpStatusCode.NotFound),
            ("member", "GET", $"/api/churches/{c}/needs", null, HttpStatusCode.OK),
            ("other-pastor", "GET", $"/api/churches/{c}/needs", null, HttpStatusCode.NotFound),
            ("agency-admin", "GET", $"/api/churches/{c}/needs", null, HttpStatusCode.NotFound),
            ("member", "GET", $"/api/church-needs/{id}", null, HttpStatusCode.OK),
            ("other-leader", "GET", $"/api/church-needs/{id}", null, HttpStatusCode.NotFound),
            ("caseworker", "GET", $"/api/church-needs/{id}", null, HttpStatusCode.NotFound),
            ("platform", "GET", $"/api/church-needs/{id}", null, HttpStatusCode.NotFound),
            ("leader", "GET", $"/api/church-needs/{id}/note", null, HttpStatusCode.OK),
            ("pastor", "GET", $"/api/church-needs/{id}/note", null, HttpStatusCode.OK),
            ("member", "GET", $"/api/church-needs/{id}/note", null, HttpStatusCode.Forbidden),
            ("other-pastor", "GET", $"/api/church-needs/{id}/note", null, HttpStatusCode.NotFound),
            ("agency-admin", "GET", $"/api/church-needs/{id}/note", null, HttpStatusCode.NotFound),
            ("other-leader", "POST", $"/api/church-needs/{id}/responses", null, HttpStatusCode.NotFound),
            ("caseworker", "POST", $"/api/church-needs/{id}/responses", null, HttpStatusCode.NotFound),
            ("member", "POST", $"/api/church-needs/{id}/met", null, HttpStatusCode.Forbidden),
            ("other-pastor", "POST", $"/api/church-needs/{id}/met", null, HttpStatusCode.NotFound),
            ("member", "POST", $"/api/church-needs/{id}/responses", null, HttpStatusCode.OK),
            ("member", "POST", $"/api/church-needs/{id}/met", null, HttpStatusCode.OK),
            ("leader", "POST", $"/api/church-needs/{id}/met", null, HttpStatusCode.Conflict),
            ("pastor", "POST", $"/api/church-needs/{id}/responses", null, HttpStatusCode.Conflict),
            ("member", "PUT", $"/api/churches/{c}/needs-leaders", new NeedsLeaderInput(null), HttpStatusCode.Forbidden),
            ("leader", "PUT", $"/api/churches/{c}/needs-leaders", new NeedsLeaderInput(null), HttpStatusCode.Forbidden),
            ("other-pastor", "GET", $"/ChurchNeeds/Leaders/{c}", null, HttpStatusCode.Forbidden),
            ("pastor", "GET", $"/ChurchNeeds/Leaders/{c}", null, HttpStatusCode.OK),
            ("pastor", "PUT", $"/api/churches/{c}/needs-leaders", new NeedsLeaderInput(await app.UserIdAsync(other.Responder)), HttpStatusCode.BadRequest),
            ("member", "GET", $"/ChurchNeeds/Need/{id}", null, HttpStatusCode.OK),
            ("other-leader", "GET", $"/ChurchNeeds/Need/{id}", null, HttpStatusCode.NotFound),
            ("agency-admin", "GET", $"/ChurchNeeds/{c}", null, HttpStatusCode.NotFound),
        ];

        var wrong = new List<string>();
        foreach (var (who, method, path, body, expected) in matrix)
        {
            var client = await app.ClientForAsync(people[who]);
            using var message = new HttpRequestMessage(new HttpMethod(method), new Uri(path, UriKind.Relative))
            {
                Content = body is null ? null : JsonContent.Create(body, body.GetType(), options: Json.Options),
            };
            var status = (await client.SendAsync(message)).StatusCode;
            if (status != expected)
            {
                wrong.Add($"{who} {method} {path}: {(int)status}, expected {(int)expected}");
            }
        }

        Assert.True(wrong.Count == 0, string.Join(Environment.NewLine, wrong));
    }
}

public sealed class ChurchNeedsAuthorizationMatrixTests_Sqlite(SqliteApp app) : ChurchNeedsAuthorizationMatrixTests<SqliteApp>(app), IClassFixture<SqliteApp>;

[Trait("Tier", "Postgres")]
public sealed class ChurchNeedsAuthorizationMatrixTests_Postgres(PostgresApp app) : ChurchNeedsAuthorizationMatrixTests<PostgresApp>(app), IClassFixture<PostgresApp>;
