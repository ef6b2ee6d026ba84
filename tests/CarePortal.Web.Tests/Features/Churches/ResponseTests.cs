using System.Net;
using System.Net.Http.Json;
using CarePortal.Web.Features.Churches;
using CarePortal.Web.Features.Requests;
using CarePortal.Web.Tests.Features.Requests;
using Microsoft.EntityFrameworkCore;
using Xunit;

namespace CarePortal.Web.Tests.Features.Churches;

/// <summary>"Yes, I can help": claims, the race for the last crib, the committed church's access to private details, messages.</summary>
public abstract class ResponseTests<TApp>(TApp app) where TApp : CarePortalApp
{
    private readonly ChurchesClient churches = new(app);

    [Fact]
    public async Task Two_churches_racing_for_the_last_crib_one_wins_the_other_hears_409()
    {
        await churches.RetireAllAsync();
        var first = await churches.OnboardAsync("37402");
        var second = await churches.OnboardAsync("37403");
        var (request, _) = await churches.OpenAsync("37402", radius: 5, churches: 2, items: [new ItemInput("Crib with mattress", 1, 180m)]);
        var crib = request.Items.Single().Id;
        var clients = new[] { await app.ClientForAsync(first.PointPerson), await app.ClientForAsync(second.PointPerson) };

        var answers = await ChurchesClient.AnswerTogetherAsync(request.Id, [.. clients.Select(c => (c, new ResponseInput(null, [crib], "We have a crib.")))]);

        Assert.Single(answers, a => a.StatusCode == HttpStatusCode.OK);
        var loser = Assert.Single(answers, a => a.StatusCode == HttpStatusCode.Conflict);
        var problem = await RequestsClient.ProblemAsync(loser, HttpStatusCode.Conflict);
        Assert.Contains("Another church is already meeting Crib with mattress", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(1, await app.QueryAsync(db => db.ItemClaims.CountAsync(c => c.RequestItemId == crib)));
    }

    [Fact]
    public async Task Two_churches_answering_different_items_at_the_same_moment_are_both_heard()
    {
        await churches.RetireAllAsync();
        var first = await churches.OnboardAsync("37402");
        var second = await churches.OnboardAsync("37403");
        var clients = new[] { await app.ClientForAsync(first.PointPerson), await app.ClientForAsync(second.PointPerson) };

        // Several rounds: the two saves meet in a different order each time (both set the request's first response).
        for (var round = 0; round < 4; round++)
        {
            var (request, _) = await churches.OpenAsync("37402", radius: 5, churches: 2, items: [new ItemInput("Crib", 1, 180m), new ItemInput("Stroller", 1, 90m)]);
            var items = request.Items.Select(i => i.Id).ToArray();
            var answers = await ChurchesClient.AnswerTogetherAsync(request.Id, [.. clients.Select((c, i) => (c, new ResponseInput(null, [items[i]], null)))]);

            foreach (var answer in answers)
            {
                Assert.True(answer.StatusCode == HttpStatusCode.OK, $"round {round}: {(int)answer.StatusCode} {await answer.Content.ReadAsStringAsync()}");
            }

            Assert.Equal(2, await app.QueryAsync(db => db.ItemClaims.CountAsync(c => c.CareRequestId == request.Id)));
        }
    }

    [Fact]
    public async Task The_committed_church_sees_private_details_audited_and_the_other_church_sees_only_which_items_are_met()
    {
        await churches.RetireAllAsync();
        var committed = await churches.OnboardAsync("37404");
        var other = await churches.OnboardAsync("37403");
        var (request, agency) = await churches.OpenAsync("37404", radius: 3, churches: 2,
            items: [new ItemInput("Twin bed", 1, 200m), new ItemInput("Bedding set", 1, 40m)]);
        var caseworker = await app.ClientForAsync(agency.Caseworker);
        Assert.True((await caseworker.PutAsJsonAsync($"/api/requests/{request.Id}/private",
            new PrivateDetailsInput("Blue door, ring twice", null, null, null, null, null, 0), Json.Options)).IsSuccessStatusCode);
        var pastor = await app.ClientForAsync(committed.PointPerson);
        var otherPastor = await app.ClientForAsync(other.PointPerson);

        var before = await pastor.GetAsync(new Uri($"/api/requests/{request.Id}/private", UriKind.Relative));
        var bed = request.Items.Single(i => i.Name == "Twin bed").Id;
        var response = await pastor.PostAsJsonAsync($"/api/requests/{request.Id}/responses", new ResponseInput(null, [bed], "We can bring a bed on Saturday."), Json.Options);
        var after = await pastor.GetAsync(new Uri($"/api/requests/{request.Id}/private", UriKind.Relative));
        var byOther = await otherPastor.GetAsync(new Uri($"/api/requests/{request.Id}/private", UriKind.Relative));
        var claimsForOther = await otherPastor.GetFromJsonAsync<List<ItemClaimView>>($"/api/requests/{request.Id}/claims", Json.Options);

        await RequestsClient.ProblemAsync(before, HttpStatusCode.Forbidden);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
        Assert.Contains("Blue door", await after.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        await RequestsClient.ProblemAsync(byOther, HttpStatusCode.Forbidden);
        Assert.Equal([(bed, true, false, (string?)null), (request.Items.Single(i => i.Name == "Bedding set").Id, false, false, null)],
            claimsForOther!.Select(c => (c.ItemId, c.BeingMet, c.ByYourChurch, c.Church)));
        var pastorId = await app.UserIdAsync(committed.PointPerson);
        Assert.Equal(1, await app.QueryAsync(db => db.PrivateDetailsReads.CountAsync(r => r.CareRequestId == request.Id && r.UserId == pastorId)));

        // The caseworker hears who will help and how to reach them; the other church can still take the bedding.
        var told = await app.QueryAsync(db => db.Notifications.SingleAsync(n => n.CareRequestId == request.Id && n.Kind == "church-responded"));
        Assert.Equal(agency.Caseworker, told.RecipientEmail);
        Assert.Contains(committed.PointPerson, told.TextBody, StringComparison.Ordinal);
        Assert.Contains("We can bring a bed on Saturday.", told.TextBody, StringComparison.Ordinal);
        var rest = await otherPastor.PostAsJsonAsync($"/api/requests/{request.Id}/responses", new ResponseInput(null, null, null), Json.Options);
        Assert.Equal(HttpStatusCode.OK, rest.StatusCode);
        var all = await otherPastor.PostAsJsonAsync($"/api/requests/{request.Id}/responses", new ResponseInput(null, null, null), Json.Options);
        await RequestsClient.ProblemAsync(all, HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task A_church_the_request_did_not_reach_cannot_respond_and_an_assigned_responder_may_read_private_details()
    {
        await churches.RetireAllAsync();
        var church = await churches.OnboardAsync("37409");
        var (request, agency) = await churches.OpenAsync("37409", radius: 1, churches: 1);
        var stranger = await app.ClientForAsync(DemoPeople.PointPerson);
        var pastor = await app.ClientForAsync(church.PointPerson);
        var helperEmail = $"helper.{Guid.NewGuid():N}@church.example";
        var helper = await churches.InviteAsync(pastor, church.Id, helperEmail, "Hal");
        var helperClient = await app.ClientForAsync(helperEmail);

        var byStranger = await stranger.PostAsJsonAsync($"/api/requests/{request.Id}/responses", new ResponseInput(null, null, null), Json.Options);
        // A church the request never reached learns nothing of it.
        await RequestsClient.ProblemAsync(byStranger, HttpStatusCode.NotFound);

        Assert.Equal(HttpStatusCode.OK, (await helperClient.PostAsJsonAsync($"/api/requests/{request.Id}/responses", new ResponseInput(null, null, "I can help"), Json.Options)).StatusCode);
        await RequestsClient.ProblemAsync(await helperClient.GetAsync(new Uri($"/api/requests/{request.Id}/private", UriKind.Relative)), HttpStatusCode.Forbidden);
        Assert.Equal(HttpStatusCode.NoContent, (await pastor.PostAsJsonAsync($"/api/requests/{request.Id}/assignments", new AssignmentInput(helper.UserId), Json.Options)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await helperClient.GetAsync(new Uri($"/api/requests/{request.Id}/private", UriKind.Relative))).StatusCode);

        // Messages: the church writes to the caseworker and back; each side sees the thread, a church never reached gets 404.
        var caseworker = await app.ClientForAsync(agency.Caseworker);
        Assert.Equal(HttpStatusCode.OK, (await pastor.PostAsJsonAsync($"/api/requests/{request.Id}/messages", new MessageInput(null, "When can we deliver?"), Json.Options)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await caseworker.PostAsJsonAsync($"/api/requests/{request.Id}/messages", new MessageInput(church.Id, "Saturday morning."), Json.Options)).StatusCode);
        var thread = await pastor.GetFromJsonAsync<List<MessageView>>($"/api/requests/{request.Id}/messages", Json.Options);
        var strangerThread = await stranger.GetAsync(new Uri($"/api/requests/{request.Id}/messages", UriKind.Relative));
        Assert.Equal(["When can we deliver?", "Saturday morning."], thread!.Select(m => m.Body));
        Assert.Equal(HttpStatusCode.NotFound, strangerThread.StatusCode);
        Assert.True(await app.QueryAsync(db => db.Notifications.AnyAsync(n => n.CareRequestId == request.Id && n.Kind == "request-message" && n.RecipientEmail == church.PointPerson)));
    }
}

public sealed class ResponseTests_Sqlite(SqliteApp app) : ResponseTests<SqliteApp>(app), IClassFixture<SqliteApp>;

[Trait("Tier", "Postgres")]
public sealed class ResponseTests_Postgres(PostgresApp app) : ResponseTests<PostgresApp>(app), IClassFixture<PostgresApp>;
