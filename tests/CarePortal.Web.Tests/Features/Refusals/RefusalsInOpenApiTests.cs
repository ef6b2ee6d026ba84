using System.Text.Json;
using Xunit;

namespace CarePortal.Web.Tests.Features.Refusals;

/// <summary>
/// The OpenAPI document says what each endpoint can answer: the refusals it can give (403, 404, 409, 422) and those of the
/// pipeline (400 for a body, a checked query or a change without the cookie's antiforgery token, 401 for the signed-in
/// endpoints, 404 for a path value past the route, 429 for the API's rate limit, 500 always), no more and no fewer.
/// ChurchOutcomesTests checks the church endpoints' table against what they answer.
/// </summary>
public sealed class RefusalsInOpenApiTests(SqliteApp app) : IClassFixture<SqliteApp>
{
    private static readonly (string Method, string Path, string Statuses)[] Table =
    [
        ("get", "/api/approvals", "200 401 429 500"),
        ("post", "/api/approvals/{id}/approve", "200 400 401 403 404 409 422 429 500"),
        ("post", "/api/approvals/{id}/return", "200 400 401 403 404 409 429 500"),
        ("post", "/api/approvals/{id}/deny", "200 400 401 403 404 409 429 500"),
        ("get", "/api/requests/{id}/coworkers", "200 401 403 404 429 500"),
        ("get", "/api/requests/{id}/coworker-reads", "200 401 403 404 429 500"),
        ("post", "/api/requests/{id}/coworker-reads", "200 400 401 403 404 409 429 500"),
        ("get", "/api/coworker-reads", "200 401 429 500"),
        ("post", "/api/coworker-reads/{readId}/read", "200 400 401 404 409 429 500"),
        ("get", "/api/organisations", "200 401 429 500"),
        ("put", "/api/organisations/{id}/approval-option", "204 400 401 403 404 429 500"),
        ("get", "/api/organisations/{id}/settings", "200 401 403 404 429 500"),
        ("put", "/api/organisations/{id}/time-zone", "200 400 401 403 404 429 500"),
        ("put", "/api/organisations/{id}/coworker-read-policy", "200 400 401 403 404 429 500"),
        ("post", "/api/platform/agencies", "201 400 401 403 429 500"),
        ("put", "/api/organisations/{id}/training-required", "200 400 401 403 404 429 500"),
        ("post", "/api/organisations/{id}/offices", "200 400 401 403 404 429 500"),
        ("put", "/api/organisations/{id}/glossary", "204 400 401 403 404 429 500"),
        ("put", "/api/organisations/{id}/need-templates", "204 400 401 403 404 429 500"),
        ("get", "/api/reports", "200 400 401 403 404 429 500"),
        ("get", "/api/reports/csv/{table}", "200 400 401 403 404 429 500"),
        ("get", "/api/reports/public", "200 400 404 429 500"),
        ("get", "/api/accounts/me", "200 401 429 500"),
        ("post", "/api/accounts/tokens", "200 400 401 403 429 500"),
        ("delete", "/api/accounts/tokens/{id}", "204 400 401 404 429 500"),
        ("post", "/api/review", "200 400 401 429 500"),
        ("get", "/api/requests", "200 401 429 500"),
        ("post", "/api/requests", "201 400 401 403 429 500"),
        ("get", "/api/requests/{id}", "200 401 404 429 500"),
        ("put", "/api/requests/{id}", "200 400 401 403 404 409 429 500"),
        ("get", "/api/requests/{id}/history", "200 401 404 429 500"),
        ("get", "/api/requests/{id}/private", "200 401 403 404 429 500"),
        ("put", "/api/requests/{id}/private", "204 400 401 403 404 409 429 500"),
        ("get", "/api/requests/{id}/audit", "200 401 403 404 429 500"),
        ("post", "/api/requests/{id}/attachments", "201 400 401 403 404 409 429 500"),
        ("get", "/api/requests/{id}/attachments/{attachmentId}", "200 401 403 404 429 500"),
        ("post", "/api/requests/{id}/submit", "200 400 401 403 404 409 422 429 500"),
        ("post", "/api/requests/{id}/pause", "200 400 401 403 404 409 429 500"),
        ("post", "/api/requests/{id}/resume", "200 400 401 403 404 409 429 500"),
        ("post", "/api/requests/{id}/cancel", "200 400 401 403 404 409 429 500"),
        ("post", "/api/requests/{id}/close", "200 400 401 403 404 409 429 500"),
        ("get", "/api/churches", "200 401 429 500"),
        ("post", "/api/churches", "201 400 401 403 429 500"),
        ("post", "/api/churches/applications", "201 400 429 500"),
        ("get", "/api/churches/{id}", "200 401 404 429 500"),
        ("post", "/api/churches/{id}/approve", "200 400 401 403 404 409 429 500"),
        ("post", "/api/churches/{id}/decline", "200 400 401 403 404 409 429 500"),
        ("put", "/api/churches/{id}", "200 400 401 403 404 429 500"),
        ("post", "/api/churches/{id}/pause", "200 400 401 403 404 429 500"),
        ("post", "/api/churches/{id}/resume", "200 400 401 403 404 429 500"),
        ("get", "/api/churches/{id}/responders", "200 401 403 404 429 500"),
        ("post", "/api/churches/{id}/responders", "202 400 401 403 404 429 500"),
        ("delete", "/api/churches/{id}/responders/{userId}", "204 400 401 403 404 429 500"),
        ("put", "/api/churches/{id}/teams/{teamId}", "204 400 401 403 404 429 500"),
        ("get", "/api/churches/{id}/connections", "200 401 404 429 500"),
        ("get", "/api/churches/{id}/requests", "200 401 403 404 429 500"),
        ("get", "/api/counties/{id}/reach", "200 401 404 429 500"),
        ("put", "/api/counties/{id}/reach", "204 400 401 403 404 429 500"),
        ("post", "/api/requests/{id}/responses", "200 400 401 403 404 409 429 500"),
        ("get", "/api/requests/{id}/claims", "200 401 404 429 500"),
        ("post", "/api/requests/{id}/assignments", "204 400 401 403 404 429 500"),
        ("get", "/api/requests/{id}/messages", "200 401 404 429 500"),
        ("post", "/api/requests/{id}/messages", "200 400 401 403 404 429 500"),
        ("post", "/api/requests/{id}/connections", "200 400 401 404 409 429 500"),
        ("get", "/api/requests/{id}/recipients", "200 401 403 404 429 500"),
        ("get", "/api/requests/{id}/church-view", "200 400 401 404 429 500"),
        ("post", "/api/requests/{id}/deliveries", "200 400 401 403 404 409 429 500"),
        ("post", "/api/requests/{id}/forwards", "200 400 401 403 404 409 429 500"),
        ("post", "/api/requests/{id}/share", "200 400 401 403 404 409 429 500"),
        ("put", "/api/requests/{id}/follow", "200 400 401 403 404 409 429 500"),
        ("delete", "/api/requests/{id}/follow", "200 400 401 403 404 409 429 500"),
        ("post", "/api/requests/{id}/prayers", "200 400 401 403 404 409 429 500"),
        ("post", "/api/requests/{id}/public-link", "200 400 401 403 404 409 429 500"),
        ("get", "/api/requests/{id}/threads", "200 400 401 403 404 429 500"),
        ("get", "/api/connections/{id}/follow-ups", "200 401 403 404 429 500"),
        ("post", "/api/connections/{id}/follow-ups", "200 400 401 403 404 409 429 500"),
        ("get", "/api/connections", "200 401 429 500"),
    ];

    public static TheoryData<string, string, string> Outcomes
    {
        get
        {
            var data = new TheoryData<string, string, string>();
            foreach (var (method, path, statuses) in Table)
            {
                data.Add(method, path, statuses);
            }

            return data;
        }
    }

    [Theory]
    [MemberData(nameof(Outcomes))]
    public async Task Each_endpoint_declares_the_answers_it_can_give(string method, string path, string statuses)
    {
        using var document = await DocumentAsync();

        var responses = document.RootElement.GetProperty("paths").GetProperty(path).GetProperty(method).GetProperty("responses");

        Assert.Equal(statuses, string.Join(' ', responses.EnumerateObject().Select(r => r.Name).Order(StringComparer.Ordinal)));
    }

    /// <summary>A church endpoint added without a line above would declare what nobody checked.</summary>
    [Fact]
    public async Task Every_church_endpoint_is_in_the_table()
    {
        using var document = await DocumentAsync();
        var listed = Table.Select(row => $"{row.Method} {row.Path}").ToHashSet();

        var missing = document.RootElement.GetProperty("paths").EnumerateObject()
            .SelectMany(p => p.Value.EnumerateObject().Where(o => o.Value.TryGetProperty("tags", out var tags)
                && tags.EnumerateArray().Any(t => t.GetString() is "Churches" or "Responses")).Select(o => $"{o.Name} {p.Name}"))
            .Where(o => !listed.Contains(o))
            .ToList();

        Assert.Empty(missing);
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
