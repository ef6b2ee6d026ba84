using System.Net;
using System.Net.Http.Json;
using CarePortal.Web.Features.Churches;
using Microsoft.EntityFrameworkCore;
using Xunit;

namespace CarePortal.Web.Tests.Features.Churches;

/// <summary>
/// A church's names and the notes and messages its people write are bounded before the database, on both providers: no
/// control or direction-turning characters, no longer than their columns (issue #17 item 8). Each is a 400 that names the
/// field with a sentence, and nothing is saved.
/// </summary>
public abstract class ChurchInputHygieneTests<TApp>(TApp app) where TApp : CarePortalApp
{
    private readonly ChurchesClient churches = new(app);

    private static async Task<List<string>> RefusedAsync(HttpResponseMessage response, string field, string what)
    {
        var body = await response.Content.ReadAsStringAsync();
        return response.StatusCode == HttpStatusCode.BadRequest && body.Contains($"\"{field}\"", StringComparison.Ordinal)
            ? []
            : [$"{what}: {(int)response.StatusCode} {body[..Math.Min(body.Length, 300)]}"];
    }

    private static ChurchInput Church(string name = "Grace Chapel", string pointPersonName = "Pastor Lee") =>
        new(name, "37402", null, ["clothing"], $"pastor.{Guid.NewGuid():N}@church.example", pointPersonName);

    [Theory]
    [InlineData("\u0000")]
    [InlineData("\u0007")]
    [InlineData("\u202Eevig ot")]
    [InlineData("\u2066isolated\u2069")]
    public async Task Control_and_direction_characters_are_refused_in_church_names_people_messages_and_notes(string odd)
    {
        await churches.RetireAllAsync();
        var church = await churches.OnboardAsync("37402");
        var (request, _) = await churches.OpenAsync("37402", radius: 5, churches: 1);
        var admin = await app.ClientForAsync(DemoPeople.PlatformAdmin);
        var pastor = await app.ClientForAsync(church.PointPerson);
        var anonymous = app.CreateClient();
        var organisations = await app.QueryAsync(db => db.Organisations.CountAsync());

        var wrong = await RefusedAsync(await admin.PostAsJsonAsync("/api/churches", Church(name: "Grace" + odd), Json.Options), "name", "onboarded church's name");
        wrong.AddRange(await RefusedAsync(await admin.PostAsJsonAsync("/api/churches", Church(pointPersonName: "Lee" + odd), Json.Options), "pointPersonName", "point person's name"));
        wrong.AddRange(await RefusedAsync(await anonymous.PostAsJsonAsync("/api/churches/applications", Church(name: "Grace" + odd), Json.Options), "name", "applying church's name"));
        wrong.AddRange(await RefusedAsync(await pastor.PostAsJsonAsync($"/api/churches/{church.Id}/responders",
            new ResponderInput($"r.{Guid.NewGuid():N}@church.example", "Sam" + odd), Json.Options), "name", "responder's name"));
        wrong.AddRange(await RefusedAsync(await pastor.PostAsJsonAsync($"/api/requests/{request.Id}/responses",
            new ResponseInput(church.Id, null, "Saturday" + odd), Json.Options), "message", "response's message"));
        var answered = await pastor.PostAsJsonAsync($"/api/requests/{request.Id}/responses", new ResponseInput(church.Id, null, "Saturday"), Json.Options);
        Assert.True(answered.IsSuccessStatusCode, await answered.Content.ReadAsStringAsync());
        wrong.AddRange(await RefusedAsync(await pastor.PostAsJsonAsync($"/api/requests/{request.Id}/messages",
            new MessageInput(church.Id, "See you" + odd), Json.Options), "body", "message body"));
        wrong.AddRange(await RefusedAsync(await pastor.PostAsJsonAsync($"/api/requests/{request.Id}/deliveries",
            new DeliveryInput(church.Id, "Left it" + odd), Json.Options), "note", "delivery note"));

        Assert.True(wrong.Count == 0, string.Join(Environment.NewLine, wrong));
        Assert.Equal(organisations, await app.QueryAsync(db => db.Organisations.CountAsync()));
        Assert.Equal(0, await app.QueryAsync(db => db.RequestMessages.CountAsync(m => m.CareRequestId == request.Id)));
        Assert.Equal(0, await app.QueryAsync(db => db.Deliveries.CountAsync(d => d.CareRequestId == request.Id)));
    }

    [Fact]
    public async Task Names_messages_and_notes_longer_than_their_columns_are_refused_with_a_sentence()
    {
        await churches.RetireAllAsync();
        var church = await churches.OnboardAsync("37402");
        var (request, _) = await churches.OpenAsync("37402", radius: 5, churches: 1);
        var admin = await app.ClientForAsync(DemoPeople.PlatformAdmin);
        var pastor = await app.ClientForAsync(church.PointPerson);

        var name = await admin.PostAsJsonAsync("/api/churches", Church(name: new string('a', 201)), Json.Options);
        var message = await pastor.PostAsJsonAsync($"/api/requests/{request.Id}/responses", new ResponseInput(church.Id, null, new string('m', 2001)), Json.Options);

        var wrong = await RefusedAsync(name, "name", "church name of 201");
        wrong.AddRange(await RefusedAsync(message, "message", "message of 2001"));
        Assert.True(wrong.Count == 0, string.Join(Environment.NewLine, wrong));
        Assert.Contains("Keep the church's name to 200 characters.", await name.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("Keep the message under 2000 characters.", await message.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(0, await app.QueryAsync(db => db.ChurchResponses.CountAsync(r => r.CareRequestId == request.Id)));
    }
}

public sealed class ChurchInputHygieneTests_Sqlite(SqliteApp app) : ChurchInputHygieneTests<SqliteApp>(app), IClassFixture<SqliteApp>;

[Trait("Tier", "Postgres")]
public sealed class ChurchInputHygieneTests_Postgres(PostgresApp app) : ChurchInputHygieneTests<PostgresApp>(app), IClassFixture<PostgresApp>;
