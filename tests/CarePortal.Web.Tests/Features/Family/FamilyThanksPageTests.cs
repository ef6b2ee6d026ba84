using System.Net;
using System.Net.Http.Json;
using CarePortal.Web.Features.Churches;
using CarePortal.Web.Tests.Features.Churches;
using Xunit;

namespace CarePortal.Web.Tests.Features.Family;

/// <summary>
/// What a church hears of the family's say: on the page of a request it committed to, "The family said thank you." when the
/// family chose it, and nothing else of their answers; and the reports' church filter keeps to that church's requests.
/// </summary>
public abstract class FamilyThanksPageTests<TApp>(TApp app) where TApp : CarePortalApp
{
    private readonly ChurchesClient churches = new(app);

    [Fact]
    public async Task The_committed_church_reads_that_the_family_said_thank_you_and_a_church_that_only_saw_the_request_reads_nothing()
    {
        await churches.RetireAllAsync();
        var committed = await churches.OnboardAsync("37402");
        var reached = await churches.OnboardAsync("37403");
        var (request, agency) = await churches.OpenAsync("37402", radius: 5, churches: 2);
        var pastorApi = await app.ClientForAsync(committed.PointPerson);
        Assert.Equal(HttpStatusCode.OK, (await pastorApi.PostAsJsonAsync($"/api/requests/{request.Id}/responses", new ResponseInput(null, null, null), Json.Options)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await pastorApi.PostAsJsonAsync($"/api/requests/{request.Id}/deliveries", new DeliveryInput(null, "Dropped off."), Json.Options)).StatusCode);
        var pastor = await ChurchPeople.SignedInAsync(app, committed.PointPerson);
        var other = await ChurchPeople.SignedInAsync(app, reached.PointPerson);
        var page = $"/Churches/Request/{request.Id}";
        Assert.DoesNotContain("id=\"family-thanks\"", await pastor.GetStringAsync(page), StringComparison.Ordinal);

        var caseworker = await ChurchPeople.SignedInAsync(app, agency.Caseworker);
        Assert.Equal(HttpStatusCode.Redirect, (await FamilyClient.AskAsync(caseworker, request.Id, "text", phone: "(615) 555-0191")).StatusCode);
        var (_, token) = await FamilyClient.TextedTokenAsync(app, request.Id);
        using var family = FamilyClient.Family(app);
        await FamilyClient.OpenAsync(family, token, "en");
        Assert.Equal(HttpStatusCode.Redirect, (await FamilyClient.AnswerAsync(family, "en", rating: "2", comment: "Late but kind.", thank: true)).StatusCode);

        var seen = await pastor.GetStringAsync(page);
        Assert.Contains("<p class=\"notice\" id=\"family-thanks\">The family said thank you.</p>", seen, StringComparison.Ordinal);
        Assert.DoesNotContain("Late but kind.", seen, StringComparison.Ordinal);
        Assert.DoesNotContain("rated 2", seen, StringComparison.Ordinal);
        var otherPage = await other.GetAsync(page);
        Assert.DoesNotContain("family-thanks", await otherPage.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var supervisor = await app.ClientForAsync(agency.Supervisor);
        var mine = await supervisor.GetStringAsync($"/api/reports/csv/family?church={committed.Id}");
        Assert.Contains("Asked how the help was,1", mine, StringComparison.Ordinal);
        Assert.Contains("Answered,1", mine, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await supervisor.GetAsync($"/api/reports/csv/family?church={reached.Id}")).StatusCode);
    }
}

public sealed class FamilyThanksPageTests_Sqlite(SqliteApp app) : FamilyThanksPageTests<SqliteApp>(app), IClassFixture<SqliteApp>;

[Trait("Tier", "Postgres")]
public sealed class FamilyThanksPageTests_Postgres(PostgresApp app) : FamilyThanksPageTests<PostgresApp>(app), IClassFixture<PostgresApp>;
