using System.Net;
using System.Net.Http.Json;
using CarePortal.Web.Features.Churches;
using CarePortal.Web.Features.Requests;
using Xunit;

namespace CarePortal.Web.Tests.Features.Churches;

/// <summary>
/// Each rule of who reads what on the church side has a list form and a single form (or two pages asking it); these fail
/// when the forms disagree for anyone: the church feed's page and API, and the connections' lists.
/// </summary>
public abstract class ChurchReadRulesTests<TApp>(TApp app) where TApp : CarePortalApp
{
    private readonly ChurchesClient churches = new(app);

    /// <summary>The feed's page lists a church exactly when its feed API answers the person: both ask who the church's people are.</summary>
    [Fact]
    public async Task The_feed_page_and_the_feed_api_agree_on_whose_church_it_is()
    {
        var admin = await app.ClientForAsync(DemoPeople.PlatformAdmin);
        var all = (await admin.GetFromJsonAsync<List<ChurchView>>("/api/churches", Json.Options))!.Where(c => c.Status == ChurchStatus.Approved).Select(c => c.Id).ToList();
        var wrong = new List<string>();
        foreach (var person in new[] { DemoPeople.PointPerson, DemoPeople.FarPointPerson, DemoPeople.TeamLeader, DemoPeople.Responder, DemoPeople.Caseworker, DemoPeople.PlatformAdmin })
        {
            var client = await app.ClientForAsync(person);
            var page = await (await Forms.SignedInAsync(app, person)).GetStringAsync("/Churches/Feed");
            var theirs = 0;
            foreach (var church in all)
            {
                var api = (await client.GetAsync(new Uri($"/api/churches/{church}/requests", UriKind.Relative))).StatusCode;
                var listed = page.Contains($"id=\"church-{church}\"", StringComparison.Ordinal);
                theirs += listed ? 1 : 0;
                if ((api == HttpStatusCode.OK) != listed || api is not (HttpStatusCode.OK or HttpStatusCode.Forbidden))
                {
                    wrong.Add($"{person}, church {church}: the API answers {(int)api}, the page lists it: {listed}");
                }
            }

            if ((theirs > 0) != (person is DemoPeople.PointPerson or DemoPeople.FarPointPerson or DemoPeople.TeamLeader or DemoPeople.Responder))
            {
                wrong.Add($"{person}: the feed lists {theirs} churches");
            }
        }

        Assert.True(wrong.Count == 0, string.Join(Environment.NewLine, wrong));
    }

    /// <summary>
    /// Two churches meet one request and each records a connection: each church reads its own (its list and the list of every
    /// connection it reads agree), never the other's; the caseworker and the platform admin read both; the follow-up questions
    /// are the caseworker's alone.
    /// </summary>
    [Fact]
    public async Task A_church_reads_its_own_connections_and_the_agency_every_connection_of_its_request()
    {
        await churches.RetireAllAsync();
        var first = await churches.OnboardAsync("37402");
        var second = await churches.OnboardAsync("37403");
        var (request, agency) = await churches.OpenAsync("37402", radius: 5, churches: 2,
            items: [new ItemInput("Winter coat, size 8", 1, 45m), new ItemInput("Twin bed frame", 1, 120m)]);
        var items = request.Items.OrderBy(i => i.Id).Select(i => i.Id).ToList();
        var firstPastor = await app.ClientForAsync(first.PointPerson);
        var secondPastor = await app.ClientForAsync(second.PointPerson);
        Assert.Equal(HttpStatusCode.OK, (await firstPastor.PostAsJsonAsync($"/api/requests/{request.Id}/responses", new ResponseInput(first.Id, [items[0]], null), Json.Options)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await secondPastor.PostAsJsonAsync($"/api/requests/{request.Id}/responses", new ResponseInput(second.Id, [items[1]], null), Json.Options)).StatusCode);
        var caseworker = await app.ClientForAsync(agency.Caseworker);
        Assert.Equal(HttpStatusCode.OK, (await caseworker.PostAsJsonAsync($"/api/requests/{request.Id}/close",
            new CloseInput(CloseOutcome.FullyMet, ChildOutcomes: [Needs.ChildOutcomes[0]], Rating: 5), Json.Options)).StatusCode);
        var today = DateOnly.FromDateTime(app.Clock.GetUtcNow().UtcDateTime);
        var firstConnection = (await (await firstPastor.PostAsJsonAsync($"/api/requests/{request.Id}/connections", new ConnectionInput(first.Id, "mentoring", today, null, "First church's visits."), Json.Options))
            .Content.ReadFromJsonAsync<ConnectionView>(Json.Options))!.Id;
        var secondConnection = (await (await secondPastor.PostAsJsonAsync($"/api/requests/{request.Id}/connections", new ConnectionInput(second.Id, "meals", today, null, "Second church's meals."), Json.Options))
            .Content.ReadFromJsonAsync<ConnectionView>(Json.Options))!.Id;
        var people = new (string Who, HttpClient Client, int[] Reads)[]
        {
            ("first church", firstPastor, [firstConnection]), ("second church", secondPastor, [secondConnection]),
            ("caseworker", caseworker, [firstConnection, secondConnection]),
            ("platform admin", await app.ClientForAsync(DemoPeople.PlatformAdmin), [firstConnection, secondConnection]),
            ("other office", await app.ClientForAsync(DemoPeople.OtherCaseworker), []),
        };

        var wrong = new List<string>();
        foreach (var (who, client, reads) in people)
        {
            var listed = (await client.GetFromJsonAsync<List<ConnectionView>>("/api/connections", Json.Options))!.Select(c => c.Id).Where(c => c == firstConnection || c == secondConnection).Order();
            foreach (var (church, connection) in new[] { (first.Id, firstConnection), (second.Id, secondConnection) })
            {
                var answer = await client.GetAsync(new Uri($"/api/churches/{church}/connections", UriKind.Relative));
                var byChurch = answer.IsSuccessStatusCode && (await answer.Content.ReadFromJsonAsync<List<ConnectionView>>(Json.Options))!.Any(c => c.Id == connection);
                var expected = reads.Contains(connection) && who is not ("caseworker" or "other office");
                if (byChurch != expected)
                {
                    wrong.Add($"{who} GET /api/churches/{church}/connections names its connection: {byChurch} ({(int)answer.StatusCode})");
                }
            }

            if (!listed.SequenceEqual(reads.Order()))
            {
                wrong.Add($"{who} GET /api/connections names [{string.Join(", ", listed)}], expected [{string.Join(", ", reads)}]");
            }

            // The follow-up questions are the agency's: the churches learn nothing of them, a platform admin reads the
            // connection but does not answer them.
            var followUps = (await client.GetAsync(new Uri($"/api/connections/{firstConnection}/follow-ups", UriKind.Relative))).StatusCode;
            var expectedFollowUps = who switch
            {
                "caseworker" => HttpStatusCode.OK,
                "platform admin" => HttpStatusCode.Forbidden,
                _ => HttpStatusCode.NotFound,
            };
            if (followUps != expectedFollowUps)
            {
                wrong.Add($"{who} GET /api/connections/{firstConnection}/follow-ups: {(int)followUps}, expected {(int)expectedFollowUps}");
            }
        }

        Assert.True(wrong.Count == 0, string.Join(Environment.NewLine, wrong));
    }
}

public sealed class ChurchReadRulesTests_Sqlite(SqliteApp app) : ChurchReadRulesTests<SqliteApp>(app), IClassFixture<SqliteApp>;

[Trait("Tier", "Postgres")]
public sealed class ChurchReadRulesTests_Postgres(PostgresApp app) : ChurchReadRulesTests<PostgresApp>(app), IClassFixture<PostgresApp>;
