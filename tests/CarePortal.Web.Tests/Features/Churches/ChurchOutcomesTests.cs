using System.Globalization;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using CarePortal.Web.Features.Churches;
using CarePortal.Web.Features.Requests;
using CarePortal.Web.Tests.Features.Refusals.ApiFuzz;
using Microsoft.EntityFrameworkCore;
using Xunit;

namespace CarePortal.Web.Tests.Features.Churches;

/// <summary>
/// The church endpoints (tags Churches and Responses) declare their real outcomes (issue #17 item 9), checked against what
/// they answer: every refusal an operation declares is reached by a call below (the pipeline's by probes made from the
/// document itself, the actions' by the scenario), and no call answers a status its operation does not declare. A status
/// declared that nothing gives, or given that nothing declares, fails. 429 (the rate limit, off in tests) and 500 are the
/// pipeline's for every operation and are left to their own tests.
/// </summary>
public sealed class ChurchOutcomesTests(SqliteApp app) : IClassFixture<SqliteApp>
{
    private static readonly int[] Unobserved = [429, 500];

    private readonly ChurchesClient churches = new(app);

    private readonly Dictionary<string, HashSet<int>> observed = [];

    private readonly List<string> undeclared = [];

    private ApiDocument document = null!;

    [Fact]
    public async Task Each_church_endpoint_gives_every_refusal_it_declares_and_none_it_does_not()
    {
        document = new ApiDocument(JsonDocument.Parse(await app.CreateClient().GetStringAsync(new Uri("/openapi/v1.json", UriKind.Relative))).RootElement);
        var operations = document.Operations.Where(o => o.Tags.Contains("Churches") || o.Tags.Contains("Responses")).ToList();
        Assert.True(operations.Count >= 30, $"{operations.Count} church operations in the document");

        await ProbeThePipelineAsync(operations);
        await RunTheScenarioAsync();

        var unreached = operations.SelectMany(o => o.Statuses.Where(s => s >= 400 && !Unobserved.Contains(s) && !Observed(o).Contains(s)).Select(s => $"{o} declares {s}, which nothing gave"));
        Assert.True(undeclared.Count == 0 && !unreached.Any(), string.Join(Environment.NewLine, undeclared.Concat(unreached)));
    }

    /// <summary>What the pipeline answers, read from each operation's own declaration: 401, a path past the integers, a body that is not JSON, a cookie without the antiforgery token, a query value of the wrong type.</summary>
    private async Task ProbeThePipelineAsync(List<ApiOperation> operations)
    {
        var anonymous = app.CreateClient(new() { AllowAutoRedirect = false });
        var admin = await app.ClientForAsync(DemoPeople.PlatformAdmin);
        var cookie = await Forms.SignedInAsync(app, DemoPeople.PlatformAdmin);
        foreach (var operation in operations)
        {
            var path = Fill(operation, "1");
            await SendAsync(anonymous, operation, path, operation.BodyType is null ? null : "{}");
            if (operation.Parameters.Any(p => p.In == "path"))
            {
                await SendAsync(admin, operation, Fill(operation, "99999999999"), operation.BodyType is null ? null : "{}");
            }

            if (operation.BodyType is not null)
            {
                await SendAsync(admin, operation, path, "{");
            }

            if (operation.Method != "get")
            {
                await SendAsync(cookie, operation, path, operation.BodyType is null ? null : "{}");
            }

            foreach (var query in operation.Parameters.Where(p => p.In == "query"))
            {
                await SendAsync(admin, operation, $"{path}?{query.Name}=not-a-{query.Name}", null);
            }
        }
    }

    private async Task RunTheScenarioAsync()
    {
        await churches.RetireAllAsync();
        var committed = await churches.OnboardAsync("37402");
        var reached = await churches.OnboardAsync("37403");
        var (request, agency) = await churches.OpenAsync("37402", radius: 5, churches: 2);
        var id = request.Id.ToString(CultureInfo.InvariantCulture);
        var church = committed.Id.ToString(CultureInfo.InvariantCulture);
        var pastor = await app.ClientForAsync(committed.PointPerson);
        var otherPastor = await app.ClientForAsync(reached.PointPerson);
        var caseworker = await app.ClientForAsync(agency.Caseworker);
        var admin = await app.ClientForAsync(DemoPeople.PlatformAdmin);
        var responderEmail = $"responder.{Guid.NewGuid():N}@church.example";
        var responder = await churches.InviteAsync(pastor, committed.Id, responderEmail, "Rae");
        var responderClient = await app.ClientForAsync(responderEmail);
        var team = await app.QueryAsync(async db =>
        {
            var made = new CarePortal.Web.Features.Organisations.Organisation { Name = "Youth team", Kind = CarePortal.Web.Features.Organisations.OrganisationKind.Team, ParentId = committed.Id };
            db.Organisations.Add(made);
            await db.SaveChangesAsync();
            return made.Id.ToString(CultureInfo.InvariantCulture);
        });
        var settings = new ChurchSettingsInput("37402", null, ["clothing"], false);

        // A church's life: only a platform admin onboards and decides; only its point person (or a platform admin) runs it.
        await ExpectAsync(caseworker, "post", "/api/churches", [], new ChurchInput("A church", "37402", null, ["clothing"], "p@church.example", "P"), 403);
        await ExpectAsync(caseworker, "post", "/api/churches/{id}/approve", [church], null, 403);
        await ExpectAsync(admin, "post", "/api/churches/{id}/approve", [church], null, 409);
        await ExpectAsync(caseworker, "post", "/api/churches/{id}/decline", [church], null, 403);
        await ExpectAsync(admin, "post", "/api/churches/{id}/decline", [church], null, 409);
        await ExpectAsync(otherPastor, "put", "/api/churches/{id}", [church], settings, 403);
        await ExpectAsync(pastor, "put", "/api/churches/{id}", [church], settings, 200);
        await ExpectAsync(otherPastor, "post", "/api/churches/{id}/pause", [church], null, 403);
        await ExpectAsync(otherPastor, "post", "/api/churches/{id}/resume", [church], null, 403);
        await ExpectAsync(otherPastor, "get", "/api/churches/{id}/responders", [church], null, 403);
        await ExpectAsync(otherPastor, "post", "/api/churches/{id}/responders", [church], new ResponderInput("x@church.example", "X"), 403);
        await ExpectAsync(otherPastor, "delete", "/api/churches/{id}/responders/{userId}", [church, responder.UserId], null, 403);
        await ExpectAsync(otherPastor, "put", "/api/churches/{id}/teams/{teamId}", [church, team], new TeamSettingInput(true, ["clothing"]), 403);
        await ExpectAsync(pastor, "put", "/api/churches/{id}/teams/{teamId}", [church, team], new TeamSettingInput(true, ["clothing"]), 204);
        await ExpectAsync(otherPastor, "get", "/api/churches/{id}/requests", [church], null, 403);
        await ExpectAsync(pastor, "get", "/api/churches/{id}/requests", [church], null, 200);
        await ExpectAsync(caseworker, "put", "/api/counties/{id}/reach", [agency.CountyId.ToString(CultureInfo.InvariantCulture)], new CountyReachInput(10, 3), 403);
        var email = $"applicant.{Guid.NewGuid():N}@church.example";
        var anonymous = app.CreateClient(new() { AllowAutoRedirect = false });
        for (var i = 0; i < Apply.MaxPerAddressAnHour; i++)
        {
            await ExpectAsync(anonymous, "post", "/api/churches/applications", [], new ChurchInput($"Applicant {i}", "37402", null, ["clothing"], email, "A"), 201);
        }

        await ExpectAsync(anonymous, "post", "/api/churches/applications", [], new ChurchInput("Applicant 4", "37402", null, ["clothing"], email, "A"), 429);

        // Its side of an open request: the agency does not answer for a church; what is taken is taken.
        await ExpectAsync(caseworker, "post", "/api/requests/{id}/responses", [id], new ResponseInput(null, null, null), 403);
        await ExpectAsync(pastor, "post", "/api/requests/{id}/responses", [id], new ResponseInput(null, null, null), 200);
        await ExpectAsync(otherPastor, "post", "/api/requests/{id}/responses", [id], new ResponseInput(null, null, null), 409);
        await ExpectAsync(otherPastor, "post", "/api/requests/{id}/assignments", [id], new AssignmentInput(responder.UserId), 403);
        await ExpectAsync(pastor, "post", "/api/requests/{id}/assignments", [id], new AssignmentInput(responder.UserId), 204);
        await ExpectAsync(admin, "post", "/api/requests/{id}/messages", [id], new MessageInput(null, "Hello"), 403);
        await ExpectAsync(pastor, "post", "/api/requests/{id}/connections", [id], Connection(), 409);
        await ExpectAsync(pastor, "get", "/api/requests/{id}/recipients", [id], null, 403);
        await ExpectAsync(caseworker, "get", "/api/requests/{id}/recipients", [id], null, 200);
        await ExpectAsync(caseworker, "post", "/api/requests/{id}/deliveries", [id], new DeliveryInput(null, null), 403);
        await ExpectAsync(otherPastor, "post", "/api/requests/{id}/deliveries", [id], new DeliveryInput(null, null), 409);
        await ExpectAsync(responderClient, "post", "/api/requests/{id}/forwards", [id], new ForwardInput(null, [responder.UserId]), 403);
        await ExpectAsync(responderClient, "post", "/api/requests/{id}/share", [id], new ShareInput(null, 1), 403);
        await ExpectAsync(pastor, "get", "/api/requests/{id}/threads", [id], null, 403);
        await ExpectAsync(caseworker, "get", "/api/requests/{id}/threads", [id], null, 200);

        // Closed as met: nothing more is forwarded or shared; a connection is recorded, and its follow-ups are the agency's.
        await ExpectAsync(pastor, "post", "/api/requests/{id}/deliveries", [id], new DeliveryInput(null, "Dropped off."), 200);
        Assert.Equal(System.Net.HttpStatusCode.OK, (await caseworker.PostAsJsonAsync($"/api/requests/{id}/close",
            new CloseInput(CloseOutcome.FullyMet, ChildOutcomes: [Needs.ChildOutcomes[0]], Rating: 5), Json.Options)).StatusCode);
        await ExpectAsync(pastor, "post", "/api/requests/{id}/forwards", [id], new ForwardInput(null, [responder.UserId]), 409);
        await ExpectAsync(pastor, "post", "/api/requests/{id}/share", [id], new ShareInput(null, 1), 409);
        await ExpectAsync(pastor, "post", "/api/requests/{id}/connections", [id], Connection(), 200);
        var connection = (await app.QueryAsync(db => db.Connections.SingleAsync(c => c.CareRequestId == request.Id))).Id.ToString(CultureInfo.InvariantCulture);
        await app.QueryAsync(db => db.Connections.Where(c => c.CareRequestId == request.Id).ExecuteUpdateAsync(s => s.SetProperty(c => c.FollowUpsSent, 1)));
        await ExpectAsync(admin, "get", "/api/connections/{id}/follow-ups", [connection], null, 403);
        await ExpectAsync(admin, "post", "/api/connections/{id}/follow-ups", [connection], new FollowUpAnswerInput(30, true, true, null), 403);
        await ExpectAsync(caseworker, "post", "/api/connections/{id}/follow-ups", [connection], new FollowUpAnswerInput(30, true, true, null), 200);
        await ExpectAsync(caseworker, "post", "/api/connections/{id}/follow-ups", [connection], new FollowUpAnswerInput(30, true, true, null), 409);
    }

    private static ConnectionInput Connection() => new(null, "mentoring", new DateOnly(2026, 11, 2), null, null);

    /// <summary>Calls the operation (its path template filled in order) and records the answer; a status other than <paramref name="expected"/> is a finding.</summary>
    private async Task ExpectAsync(HttpClient client, string method, string template, string[] values, object? body, int expected)
    {
        var operation = document.Operations.Single(o => o.Method == method && o.Path == template);
        var path = template;
        foreach (var value in values)
        {
            var start = path.IndexOf('{', StringComparison.Ordinal);
            path = path[..start] + Uri.EscapeDataString(value) + path[(path.IndexOf('}', start) + 1)..];
        }

        var status = await SendAsync(client, operation, path, body is null ? null : JsonSerializer.Serialize(body, body.GetType(), Json.Options));
        if (status != expected)
        {
            undeclared.Add($"{operation} at {path}: {status}, the scenario expected {expected}");
        }
    }

    private async Task<int> SendAsync(HttpClient client, ApiOperation operation, string path, string? json)
    {
        using var request = new HttpRequestMessage(new HttpMethod(operation.Method.ToUpperInvariant()), new Uri(path, UriKind.Relative));
        if (json is not null)
        {
            request.Content = new StringContent(json, Encoding.UTF8, "application/json");
        }

        using var answer = await client.SendAsync(request);
        var status = (int)answer.StatusCode;
        Observed(operation).Add(status);
        if (!operation.Statuses.Contains(status))
        {
            undeclared.Add($"{operation} at {path}: {status}, which it does not declare ({string.Join(' ', operation.Statuses.Order())}): {await answer.Content.ReadAsStringAsync()}");
        }

        return status;
    }

    private HashSet<int> Observed(ApiOperation operation)
    {
        var key = operation.ToString();
        if (!observed.TryGetValue(key, out var statuses))
        {
            statuses = [];
            observed[key] = statuses;
        }

        return statuses;
    }

    private static string Fill(ApiOperation operation, string value) =>
        operation.Parameters.Where(p => p.In == "path").Aggregate(operation.Path, (path, p) => path.Replace("{" + p.Name + "}", value, StringComparison.Ordinal));
}
