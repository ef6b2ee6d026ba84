using System.Net;
using System.Net.Http.Json;
using CarePortal.Web.Features.Churches;
using CarePortal.Web.Features.Requests;
using Xunit;

namespace CarePortal.Web.Tests.Features.Churches;

/// <summary>
/// Who may use the church side of a request, endpoint by endpoint: the committed church, another church it reached, a church
/// it never reached, the committed church's responder not assigned, the request's caseworker, a caseworker of another office.
/// </summary>
public abstract class ChurchAuthorizationMatrixTests<TApp>(TApp app) where TApp : CarePortalApp
{
    private readonly ChurchesClient churches = new(app);

    [Fact]
    public async Task Each_role_gets_what_the_matrix_says_on_the_church_endpoints()
    {
        await churches.RetireAllAsync();
        var committed = await churches.OnboardAsync("37402");
        var reached = await churches.OnboardAsync("37403");
        var (request, agency) = await churches.OpenAsync("37402", radius: 5, churches: 2);
        await churches.OnboardAsync("37405");
        var never = await churches.OnboardAsync("37409");
        var pastor = await app.ClientForAsync(committed.PointPerson);
        var responderEmail = $"unassigned.{Guid.NewGuid():N}@church.example";
        var responder = (await (await pastor.PostAsJsonAsync($"/api/churches/{committed.Id}/responders", new ResponderInput(responderEmail, "Una"), Json.Options))
            .Content.ReadFromJsonAsync<ResponderView>(Json.Options))!;
        Assert.Equal(HttpStatusCode.OK, (await pastor.PostAsJsonAsync($"/api/requests/{request.Id}/responses", new ResponseInput(null, null, null), Json.Options)).StatusCode);

        var people = new Dictionary<string, string>
        {
            ["committed"] = committed.PointPerson, ["reached"] = reached.PointPerson, ["never"] = never.PointPerson,
            ["responder"] = responderEmail, ["caseworker"] = agency.Caseworker, ["other-office"] = DemoPeople.OtherCaseworker,
        };
        var id = request.Id;
        (string Who, string Method, string Path, object? Body, HttpStatusCode Expected)[] matrix =
        [
            ("committed", "GET", $"/api/requests/{id}/church-view", null, HttpStatusCode.OK),
            ("reached", "GET", $"/api/requests/{id}/church-view", null, HttpStatusCode.OK),
            ("responder", "GET", $"/api/requests/{id}/church-view", null, HttpStatusCode.OK),
            ("never", "GET", $"/api/requests/{id}/church-view", null, HttpStatusCode.NotFound),
            ("caseworker", "GET", $"/api/requests/{id}/church-view", null, HttpStatusCode.NotFound),
            ("other-office", "GET", $"/api/requests/{id}/church-view", null, HttpStatusCode.NotFound),
            ("committed", "GET", $"/api/requests/{id}/private", null, HttpStatusCode.OK),
            ("reached", "GET", $"/api/requests/{id}/private", null, HttpStatusCode.Forbidden),
            ("responder", "GET", $"/api/requests/{id}/private", null, HttpStatusCode.Forbidden),
            ("never", "GET", $"/api/requests/{id}/private", null, HttpStatusCode.Forbidden),
            ("caseworker", "GET", $"/api/requests/{id}/private", null, HttpStatusCode.OK),
            ("other-office", "GET", $"/api/requests/{id}/private", null, HttpStatusCode.NotFound),
            ("committed", "GET", $"/api/requests/{id}/threads", null, HttpStatusCode.Forbidden),
            ("never", "GET", $"/api/requests/{id}/threads", null, HttpStatusCode.Forbidden),
            ("caseworker", "GET", $"/api/requests/{id}/threads", null, HttpStatusCode.OK),
            ("other-office", "GET", $"/api/requests/{id}/threads", null, HttpStatusCode.NotFound),
            ("other-office", "GET", $"/api/requests/{id}/messages", null, HttpStatusCode.NotFound),
            ("responder", "POST", $"/api/requests/{id}/forwards", new ForwardInput(null, [responder.UserId]), HttpStatusCode.Forbidden),
            ("reached", "POST", $"/api/requests/{id}/forwards", new ForwardInput(null, [responder.UserId]), HttpStatusCode.BadRequest),
            ("never", "POST", $"/api/requests/{id}/forwards", new ForwardInput(null, [responder.UserId]), HttpStatusCode.Forbidden),
            ("caseworker", "POST", $"/api/requests/{id}/forwards", new ForwardInput(null, [responder.UserId]), HttpStatusCode.Forbidden),
            ("committed", "POST", $"/api/requests/{id}/forwards", new ForwardInput(null, [responder.UserId]), HttpStatusCode.OK),
            ("responder", "POST", $"/api/requests/{id}/share", new ShareInput(null, 1), HttpStatusCode.Forbidden),
            ("never", "POST", $"/api/requests/{id}/share", new ShareInput(null, 1), HttpStatusCode.NotFound),
            ("caseworker", "POST", $"/api/requests/{id}/share", new ShareInput(null, 1), HttpStatusCode.NotFound),
            ("other-office", "POST", $"/api/requests/{id}/share", new ShareInput(null, 1), HttpStatusCode.NotFound),
            ("reached", "POST", $"/api/requests/{id}/deliveries", new DeliveryInput(null, null), HttpStatusCode.Conflict),
            ("never", "POST", $"/api/requests/{id}/deliveries", new DeliveryInput(null, null), HttpStatusCode.Forbidden),
            ("caseworker", "POST", $"/api/requests/{id}/deliveries", new DeliveryInput(null, null), HttpStatusCode.Forbidden),
            ("other-office", "POST", $"/api/requests/{id}/deliveries", new DeliveryInput(null, null), HttpStatusCode.NotFound),
            ("other-office", "POST", $"/api/requests/{id}/forwards", new ForwardInput(null, [responder.UserId]), HttpStatusCode.NotFound),
            ("committed", "POST", $"/api/requests/{id}/deliveries", new DeliveryInput(null, "Dropped off."), HttpStatusCode.OK),
        ];

        var wrong = new List<string>();
        foreach (var (who, method, path, body, expected) in matrix)
        {
            var client = await app.ClientForAsync(people[who]);
            var response = method == "GET"
                ? await client.GetAsync(new Uri(path, UriKind.Relative))
                : await client.PostAsJsonAsync(path, body, Json.Options);
            if (response.StatusCode != expected)
            {
                wrong.Add($"{who} {method} {path}: {(int)response.StatusCode}, expected {(int)expected}");
            }
        }

        Assert.True(wrong.Count == 0, string.Join(Environment.NewLine, wrong));
    }
}

public sealed class ChurchAuthorizationMatrixTests_Sqlite(SqliteApp app) : ChurchAuthorizationMatrixTests<SqliteApp>(app), IClassFixture<SqliteApp>;

public sealed class ChurchAuthorizationMatrixTests_Postgres(PostgresApp app) : ChurchAuthorizationMatrixTests<PostgresApp>(app), IClassFixture<PostgresApp>;
