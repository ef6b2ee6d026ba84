using System.Text.Json;
using Xunit;

namespace CarePortal.Web.Tests.Features.Refusals;

/// <summary>
/// The OpenAPI document says what each endpoint can answer: the refusals it can give (403, 404, 409, 422) and those of the
/// pipeline (400 for a body or a checked query, 401 for the signed-in endpoints, 500 always), no more and no fewer.
/// </summary>
public sealed class RefusalsInOpenApiTests(SqliteApp app) : IClassFixture<SqliteApp>
{
    public static TheoryData<string, string, string> Outcomes => new()
    {
        { "get", "/api/approvals", "200 401 500" },
        { "post", "/api/approvals/{id}/approve", "200 400 401 403 404 409 422 500" },
        { "post", "/api/approvals/{id}/return", "200 400 401 403 404 409 500" },
        { "post", "/api/approvals/{id}/deny", "200 400 401 403 404 409 500" },
        { "get", "/api/requests/{id}/coworkers", "200 401 403 404 500" },
        { "get", "/api/requests/{id}/coworker-reads", "200 401 403 404 500" },
        { "post", "/api/requests/{id}/coworker-reads", "200 400 401 403 404 409 500" },
        { "get", "/api/coworker-reads", "200 401 500" },
        { "post", "/api/coworker-reads/{readId}/read", "200 400 401 404 409 500" },
        { "get", "/api/organisations", "200 401 500" },
        { "put", "/api/organisations/{id}/approval-option", "204 400 401 403 404 500" },
        { "get", "/api/organisations/{id}/settings", "200 401 403 404 500" },
        { "put", "/api/organisations/{id}/time-zone", "200 400 401 403 404 500" },
        { "put", "/api/organisations/{id}/coworker-read-policy", "200 400 401 403 404 500" },
        { "post", "/api/platform/agencies", "201 400 401 403 500" },
        { "put", "/api/organisations/{id}/training-required", "200 400 401 403 404 500" },
        { "post", "/api/organisations/{id}/offices", "200 400 401 403 404 500" },
        { "put", "/api/organisations/{id}/glossary", "204 400 401 403 404 500" },
        { "put", "/api/organisations/{id}/need-templates", "204 400 401 403 404 500" },
        { "get", "/api/reports", "200 400 401 403 404 500" },
        { "get", "/api/reports/csv/{table}", "200 400 401 403 404 500" },
        { "get", "/api/reports/public", "200 400 404 500" },
        { "get", "/api/accounts/me", "200 401 500" },
        { "post", "/api/accounts/tokens", "200 400 401 403 500" },
        { "delete", "/api/accounts/tokens/{id}", "204 401 404 500" },
        { "post", "/api/review", "200 400 401 500" },
        { "get", "/api/requests", "200 401 500" },
        { "post", "/api/requests", "201 400 401 403 500" },
        { "get", "/api/requests/{id}", "200 401 404 500" },
        { "put", "/api/requests/{id}", "200 400 401 403 404 409 500" },
        { "get", "/api/requests/{id}/history", "200 401 404 500" },
        { "get", "/api/requests/{id}/private", "200 401 403 404 500" },
        { "put", "/api/requests/{id}/private", "204 400 401 403 404 409 500" },
        { "get", "/api/requests/{id}/audit", "200 401 403 404 500" },
        { "post", "/api/requests/{id}/attachments", "201 400 401 403 404 409 500" },
        { "get", "/api/requests/{id}/attachments/{attachmentId}", "200 401 403 404 500" },
        { "post", "/api/requests/{id}/submit", "200 400 401 403 404 409 422 500" },
        { "post", "/api/requests/{id}/pause", "200 400 401 403 404 409 500" },
        { "post", "/api/requests/{id}/resume", "200 400 401 403 404 409 500" },
        { "post", "/api/requests/{id}/cancel", "200 400 401 403 404 409 500" },
        { "post", "/api/requests/{id}/close", "200 400 401 403 404 409 500" },
    };

    [Theory]
    [MemberData(nameof(Outcomes))]
    public async Task Each_endpoint_declares_the_answers_it_can_give(string method, string path, string statuses)
    {
        using var document = await DocumentAsync();

        var responses = document.RootElement.GetProperty("paths").GetProperty(path).GetProperty(method).GetProperty("responses");

        Assert.Equal(statuses, string.Join(' ', responses.EnumerateObject().Select(r => r.Name).Order(StringComparer.Ordinal)));
    }

    [Fact]
    public async Task Every_refusal_is_declared_as_problem_details()
    {
        using var document = await DocumentAsync();

        var refusals = document.RootElement.GetProperty("paths").EnumerateObject()
            .SelectMany(p => p.Value.EnumerateObject().Select(o => (Operation: $"{o.Name} {p.Name}", Responses: o.Value.GetProperty("responses"))))
            .SelectMany(o => o.Responses.EnumerateObject().Where(r => r.Name[0] is '4' or '5').Select(r => (o.Operation, Status: r.Name, r.Value)))
            .ToList();

        Assert.NotEmpty(refusals);
        Assert.All(refusals, r => Assert.True(
            r.Value.TryGetProperty("content", out var content) && content.TryGetProperty("application/problem+json", out _),
            $"{r.Operation} {r.Status} is not declared as application/problem+json"));
        Assert.All(document.RootElement.GetProperty("paths").EnumerateObject().SelectMany(p => p.Value.EnumerateObject()),
            o => Assert.True(o.Value.GetProperty("responses").TryGetProperty("500", out _), $"{o.Name} lacks its 500"));
    }

    private async Task<JsonDocument> DocumentAsync() =>
        JsonDocument.Parse(await app.CreateClient().GetStringAsync(new Uri("/openapi/v1.json", UriKind.Relative)));
}
