using System.Net;
using System.Text.Json;
using Xunit;

namespace CarePortal.Web.Tests.Features.Health;

public abstract class HealthTests<TApp>(TApp app) where TApp : CarePortalApp
{
    [Fact]
    public async Task Health_answers_200_when_the_database_answers()
    {
        var response = await app.CreateClient().GetAsync("/health");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Live_and_ready_answer_200_and_say_which_they_are()
    {
        var client = app.CreateClient();

        var live = await client.GetAsync("/health/live");
        var ready = await client.GetAsync("/health/ready");

        Assert.Equal((HttpStatusCode.OK, "\"alive\""), (live.StatusCode, await live.Content.ReadAsStringAsync()));
        Assert.Equal((HttpStatusCode.OK, "\"ready\""), (ready.StatusCode, await ready.Content.ReadAsStringAsync()));
    }

    [Fact]
    public async Task OpenApi_document_describes_the_request_api_and_the_reference_page_is_served()
    {
        var client = app.CreateClient();

        using var document = JsonDocument.Parse(await client.GetStringAsync("/openapi/v1.json"));
        var reference = await client.GetAsync("/api/reference/");

        var paths = document.RootElement.GetProperty("paths");
        Assert.True(paths.TryGetProperty("/api/requests/{id}/submit", out _));
        Assert.True(paths.TryGetProperty("/api/approvals", out _));
        var scheme = document.RootElement.GetProperty("components").GetProperty("securitySchemes").GetProperty("ApiToken");
        Assert.Equal(("http", "bearer"), (scheme.GetProperty("type").GetString(), scheme.GetProperty("scheme").GetString()));
        Assert.Equal(HttpStatusCode.OK, reference.StatusCode);
    }
}

public sealed class HealthTests_Sqlite(SqliteApp app) : HealthTests<SqliteApp>(app), IClassFixture<SqliteApp>;

[Trait("Tier", "Postgres")]
public sealed class HealthTests_Postgres(PostgresApp app) : HealthTests<PostgresApp>(app), IClassFixture<PostgresApp>;
