using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using CarePortal.Web.Features.Churches;
using Microsoft.EntityFrameworkCore;
using Xunit;

namespace CarePortal.Web.Tests.Features.Churches;

/// <summary>
/// The point person's feed and tools: forwarding a request to chosen responders, and asking the next-nearest eligible
/// churches to share it, on real ZIP centroids around downtown Knoxville (37902).
/// </summary>
public abstract class ForwardAndShareTests<TApp>(TApp app) where TApp : CarePortalApp
{
    private readonly ChurchesClient churches = new(app);

    [Fact]
    public async Task The_feed_shows_the_routed_request_and_the_point_person_forwards_it_to_one_chosen_responder_only()
    {
        await churches.RetireAllAsync();
        var church = await churches.OnboardAsync("37902", needs: ["clothing"]);
        var (request, _) = await churches.OpenAsync("37902", radius: 2, churches: 1);
        var api = await app.ClientForAsync(church.PointPerson);
        var chosen = await InviteAsync(api, church.Id, "Chosen");
        var other = await InviteAsync(api, church.Id, "Other");
        var pastor = await ChurchPeople.SignedInAsync(app, church.PointPerson);
        var responder = await ChurchPeople.SignedInAsync(app, other.Email);
        var page = $"/Churches/Request/{request.Id}";

        var feed = await pastor.GetStringAsync("/Churches/Feed");
        var forwarded = await Forms.PostAsync(pastor, page, $"{page}?handler=Forward", new Dictionary<string, string> { ["userIds"] = chosen.Id });
        var byResponder = await Forms.PostAsync(responder, page, $"{page}?handler=Forward", new Dictionary<string, string> { ["userIds"] = chosen.Id });
        var stranger = await Forms.PostAsync(pastor, page, $"{page}?handler=Forward", new Dictionary<string, string> { ["userIds"] = await app.UserIdAsync(DemoPeople.Caseworker) });

        Assert.Contains($"href=\"/Churches/Request/{request.Id}?churchId={church.Id}\"", feed, StringComparison.Ordinal);
        Assert.Contains("1 of 1 item still needed", feed, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, forwarded.StatusCode);
        var sent = await app.QueryAsync(db => db.Notifications.Where(n => n.CareRequestId == request.Id && n.Kind == "request-forwarded").Select(n => n.RecipientEmail).ToListAsync());
        Assert.Equal([chosen.Email], sent);
        Assert.Contains("Forwarded to Chosen", await pastor.GetStringAsync(page), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, byResponder.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, stranger.StatusCode);
        Assert.Single(await app.QueryAsync(db => db.Notifications.Where(n => n.CareRequestId == request.Id && n.Kind == "request-forwarded").ToListAsync()));
    }

    [Fact]
    public async Task Need_help_asks_the_next_nearest_eligible_churches_not_yet_asked_skipping_paused_and_non_serving_ones()
    {
        await churches.RetireAllAsync();
        // Around 37902: 37929 is 0.2 miles, 37916 0.95, 37915 1.2, 37917 2.8, 37921 4.5, 37919 5.6.
        var first = await churches.OnboardAsync("37902", needs: ["clothing"]);
        var paused = await churches.OnboardAsync("37929", needs: ["clothing"]);
        var notServing = await churches.OnboardAsync("37916", needs: ["bed"]);
        var nearest = await churches.OnboardAsync("37915", needs: ["clothing"]);
        var next = await churches.OnboardAsync("37917", needs: ["clothing"]);
        var tooFar = await churches.OnboardAsync("37921", needs: ["clothing"]);
        var ownRadius = await churches.OnboardAsync("37919", needs: ["clothing"], radius: 10);
        Assert.Equal(HttpStatusCode.OK, (await (await app.ClientForAsync(paused.PointPerson)).PostAsync(new Uri($"/api/churches/{paused.Id}/pause", UriKind.Relative), null)).StatusCode);
        // The county reaches 2 miles and one church; sharing goes out to twice that (the escalation radius), a church's own radius still wins.
        var (request, _) = await churches.OpenAsync("37902", radius: 2, churches: 1);
        var pastor = await ChurchPeople.SignedInAsync(app, first.PointPerson);
        var page = $"/Churches/Request/{request.Id}";
        Assert.Equal([first.Id], await RecipientsAsync(request.Id));

        var one = await Forms.PostAsync(pastor, page, $"{page}?handler=Share", new Dictionary<string, string> { ["churches"] = "1" });
        var afterOne = await RecipientsAsync(request.Id);
        var five = await (await app.ClientForAsync(first.PointPerson)).PostAsJsonAsync($"/api/requests/{request.Id}/share", new ShareInput(null, 5), Json.Options);
        var sharedFive = await five.Content.ReadFromJsonAsync<List<SharedView>>(Json.Options);
        var none = await Forms.PostAsync(pastor, page, $"{page}?handler=Share", new Dictionary<string, string> { ["churches"] = "5" });

        Assert.Equal(HttpStatusCode.Redirect, one.StatusCode);
        Assert.Equal([first.Id, nearest.Id], afterOne);
        Assert.Equal(HttpStatusCode.OK, five.StatusCode);
        Assert.Equal([next.Id, ownRadius.Id], sharedFive!.Select(s => s.ChurchId));
        Assert.DoesNotContain(tooFar.Id, await RecipientsAsync(request.Id));
        Assert.DoesNotContain(paused.Id, await RecipientsAsync(request.Id));
        Assert.DoesNotContain(notServing.Id, await RecipientsAsync(request.Id));
        Assert.Contains("No other church near enough serves this need", await pastor.GetStringAsync(page), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, none.StatusCode);
        var emailed = await app.QueryAsync(db => db.Notifications.Where(n => n.CareRequestId == request.Id && n.Kind == "request-shared").Select(n => n.RecipientEmail).ToListAsync());
        Assert.Equal(new[] { nearest.PointPerson, next.PointPerson, ownRadius.PointPerson }.Order(), emailed.Order());
        Assert.Equal(3, await app.QueryAsync(db => db.RequestRecipients.CountAsync(r => r.CareRequestId == request.Id && r.Round == NearbyShare.Round)));

        // A church asked this way sees the request on its feed and page; one never asked learns nothing of it.
        var asked = await ChurchPeople.SignedInAsync(app, nearest.PointPerson);
        Assert.Contains("shared by a nearby church", await asked.GetStringAsync("/Churches/Feed"), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await asked.GetAsync(new Uri(page, UriKind.Relative))).StatusCode);
        var never = await app.ClientForAsync(tooFar.PointPerson);
        Assert.Equal(HttpStatusCode.NotFound, (await never.PostAsJsonAsync($"/api/requests/{request.Id}/share", new ShareInput(null, 1), Json.Options)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await never.GetAsync(new Uri($"/api/requests/{request.Id}/church-view", UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task Only_the_point_person_or_a_team_leader_shares_and_only_an_open_request()
    {
        await churches.RetireAllAsync();
        var church = await churches.OnboardAsync("37902", needs: ["clothing"]);
        await churches.OnboardAsync("37915", needs: ["clothing"]);
        var (request, agency) = await churches.OpenAsync("37902", radius: 2, churches: 1);
        var api = await app.ClientForAsync(church.PointPerson);
        var responder = await InviteAsync(api, church.Id, "Resa");
        var responderApi = await app.ClientForAsync(responder.Email);

        var byResponder = await responderApi.PostAsJsonAsync($"/api/requests/{request.Id}/share", new ShareInput(null, 1), Json.Options);
        var tooMany = await api.PostAsJsonAsync($"/api/requests/{request.Id}/share", new ShareInput(null, 11), Json.Options);
        var caseworker = await app.ClientForAsync(agency.Caseworker);
        Assert.True((await caseworker.PostAsJsonAsync($"/api/requests/{request.Id}/pause", new { note = "holiday" }, Json.Options)).IsSuccessStatusCode);
        var paused = await api.PostAsJsonAsync($"/api/requests/{request.Id}/share", new ShareInput(null, 1), Json.Options);

        Assert.Equal(HttpStatusCode.Forbidden, byResponder.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, tooMany.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, paused.StatusCode);
        Assert.Equal([church.Id], await RecipientsAsync(request.Id));
    }

    private async Task<(string Id, string Email)> InviteAsync(HttpClient pointPerson, int churchId, string name)
    {
        var email = $"{name.ToLowerInvariant()}.{Guid.NewGuid():N}@church.example";
        return ((await churches.InviteAsync(pointPerson, churchId, email, name)).UserId, email);
    }

    private Task<List<int>> RecipientsAsync(int requestId) =>
        app.QueryAsync(db => db.RequestRecipients.Where(r => r.CareRequestId == requestId).OrderBy(r => r.Miles).Select(r => r.ChurchId).ToListAsync());
}

public sealed class ForwardAndShareTests_Sqlite(SqliteApp app) : ForwardAndShareTests<SqliteApp>(app), IClassFixture<SqliteApp>;

[Trait("Tier", "Postgres")]
public sealed class ForwardAndShareTests_Postgres(PostgresApp app) : ForwardAndShareTests<PostgresApp>(app), IClassFixture<PostgresApp>;
