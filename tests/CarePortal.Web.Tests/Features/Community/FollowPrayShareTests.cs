using System.Net;
using System.Net.Http.Json;
using CarePortal.Web.Features.Community;
using CarePortal.Web.Features.Requests;
using CarePortal.Web.Tests.Features.Churches;
using CarePortal.Web.Tests.Features.Requests;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Xunit;

namespace CarePortal.Web.Tests.Features.Community;

/// <summary>
/// Following a request, praying for it and its public page (issue #19 item 1), through the pages and the API: who may, what the
/// caseworker and the churches see, who is told what, and what the public page never shows.
/// </summary>
public abstract class FollowPrayShareTests<TApp>(TApp app) where TApp : CarePortalApp
{
    private readonly ChurchesClient churches = new(app);

    [Fact]
    public async Task A_reached_church_prays_from_its_page_and_the_caseworker_and_churches_see_the_count()
    {
        await churches.RetireAllAsync();
        var first = await churches.OnboardAsync("37402");
        var second = await churches.OnboardAsync("37403");
        var (request, agency) = await churches.OpenAsync("37402", radius: 5, churches: 2);
        var never = await churches.OnboardAsync("37409");
        var page = $"/Churches/Request/{request.Id}?churchId={first.Id}";
        var pastor = await ChurchPeople.SignedInAsync(app, first.PointPerson);
        var other = await ChurchPeople.SignedInAsync(app, second.PointPerson);
        var stranger = await ChurchPeople.SignedInAsync(app, never.PointPerson);
        var caseworker = await ChurchPeople.SignedInAsync(app, agency.Caseworker);
        var act = $"/Community/Act/{request.Id}";

        var prayed = await Forms.PostAsync(pastor, page, $"{act}?handler=Pray", new Dictionary<string, string> { ["churchId"] = first.Id.ToString() });
        var again = await Forms.PostAsync(pastor, page, $"{act}?handler=Pray", new Dictionary<string, string> { ["churchId"] = first.Id.ToString() });
        var secondPrayed = await Forms.PostAsync(other, $"/Churches/Request/{request.Id}", $"{act}?handler=Pray", new Dictionary<string, string> { ["churchId"] = second.Id.ToString() });
        var strangerPrays = await Forms.PostAsync(stranger, "/Notifications/Preferences", $"{act}?handler=Pray", new Dictionary<string, string>());
        var caseworkerPrays = await Forms.PostAsync(caseworker, $"/Requests/Details/{request.Id}", $"{act}?handler=Pray", new Dictionary<string, string>());

        Assert.Equal(HttpStatusCode.Redirect, prayed.StatusCode);
        Assert.Equal(page, prayed.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, secondPrayed.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, strangerPrays.StatusCode);
        Assert.Contains("text/html", strangerPrays.Content.Headers.ContentType?.ToString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, caseworkerPrays.StatusCode);
        Assert.Equal(2, await app.QueryAsync(db => db.Set<PrayerCommitment>().CountAsync(p => p.CareRequestId == request.Id)));
        var churchPage = await pastor.GetStringAsync(page);
        Assert.Contains("2 people from 2 churches pray for this request.", churchPage, StringComparison.Ordinal);
        Assert.Contains("You pray for this request.", churchPage, StringComparison.Ordinal);
        var agencyPage = await caseworker.GetStringAsync($"/Requests/Details/{request.Id}");
        Assert.Contains("2 people from 2 churches pray for this request.", agencyPage, StringComparison.Ordinal);
        Assert.DoesNotContain("I will pray for this request", agencyPage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Followers_are_told_when_it_is_answered_paused_resumed_and_cancelled_and_nobody_else_is()
    {
        await churches.RetireAllAsync();
        var first = await churches.OnboardAsync("37402");
        var second = await churches.OnboardAsync("37403");
        var (request, agency) = await churches.OpenAsync("37402", radius: 5, churches: 2);
        var follower = await app.ClientForAsync(first.PointPerson);
        var quitter = await app.ClientForAsync(second.PointPerson);
        var caseworker = await app.ClientForAsync(agency.Caseworker);
        var path = $"/api/requests/{request.Id}";

        Assert.Equal(HttpStatusCode.OK, (await follower.PutAsync(new Uri($"{path}/follow", UriKind.Relative), null)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await follower.PutAsync(new Uri($"{path}/follow", UriKind.Relative), null)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await quitter.PutAsync(new Uri($"{path}/follow", UriKind.Relative), null)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await quitter.DeleteAsync(new Uri($"{path}/follow", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await quitter.PostAsJsonAsync($"{path}/responses", new CarePortal.Web.Features.Churches.ResponseInput(null, null, null), Json.Options)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await caseworker.PostAsJsonAsync($"{path}/pause", new { note = "holiday" }, Json.Options)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await caseworker.PostAsJsonAsync($"{path}/resume", new { note = (string?)null }, Json.Options)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await caseworker.PostAsJsonAsync($"{path}/cancel", new { note = "a duplicate" }, Json.Options)).StatusCode);
        var stopped = await follower.DeleteAsync(new Uri($"{path}/follow", UriKind.Relative));

        var told = await app.QueryAsync(db => db.Notifications.Where(n => n.CareRequestId == request.Id && n.Kind == "followed-request")
            .OrderBy(n => n.Id).Select(n => new { n.RecipientEmail, n.Subject, n.TextBody, n.Link }).ToListAsync());
        Assert.Equal([first.PointPerson, first.PointPerson, first.PointPerson, first.PointPerson], told.Select(t => t.RecipientEmail));
        Assert.Equal(
            ["a church said \"Yes, I can help\"", "it is paused for a while", "it is open again", "it is cancelled: it is no longer needed"],
            told.Select(t => t.Subject!.Split(": ", 2)[1]));
        Assert.All(told, t => Assert.DoesNotContain(request.Zip, t.TextBody!, StringComparison.Ordinal));
        // Cancelled, the request is gone for a church that did not commit to it: it learns nothing more of it, and the news
        // of the cancelling leads to its feed, not to a page that is gone.
        Assert.Equal(HttpStatusCode.NotFound, stopped.StatusCode);
        Assert.Equal([$"/Churches/Request/{request.Id}", $"/Churches/Request/{request.Id}", $"/Churches/Request/{request.Id}", "/Churches/Feed"],
            told.Select(t => t.Link));
    }

    [Fact]
    public async Task A_follower_who_answers_is_not_told_of_their_own_answer_but_the_other_followers_are()
    {
        await churches.RetireAllAsync();
        var first = await churches.OnboardAsync("37402");
        var second = await churches.OnboardAsync("37403");
        var (request, _) = await churches.OpenAsync("37402", radius: 5, churches: 2);
        var answering = await app.ClientForAsync(first.PointPerson);
        var watching = await app.ClientForAsync(second.PointPerson);
        var path = $"/api/requests/{request.Id}";
        Assert.Equal(HttpStatusCode.OK, (await answering.PutAsync(new Uri($"{path}/follow", UriKind.Relative), null)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await watching.PutAsync(new Uri($"{path}/follow", UriKind.Relative), null)).StatusCode);

        Assert.Equal(HttpStatusCode.OK, (await answering.PostAsJsonAsync($"{path}/responses", new CarePortal.Web.Features.Churches.ResponseInput(null, null, null), Json.Options)).StatusCode);

        var told = await app.QueryAsync(db => db.Notifications.Where(n => n.CareRequestId == request.Id && n.Kind == "followed-request")
            .Select(n => n.RecipientEmail).ToListAsync());
        Assert.Equal([second.PointPerson], told);
    }

    [Fact]
    public async Task The_public_page_shows_the_public_part_only_to_anyone_and_is_gone_once_cancelled()
    {
        await churches.RetireAllAsync();
        var church = await churches.OnboardAsync("37402");
        var (request, agency) = await churches.OpenAsync("37402", radius: 5, churches: 1);
        var caseworker = await app.ClientForAsync(agency.Caseworker);
        const string secret = "Gate code 4471, the blue house behind the school";
        Assert.True((await caseworker.PutAsJsonAsync($"/api/requests/{request.Id}/private",
            new PrivateDetailsInput(secret, "Knox Utility Board", "ACCT-99812", 120m, "check", null, 0), Json.Options)).IsSuccessStatusCode);
        var pastor = await ChurchPeople.SignedInAsync(app, church.PointPerson);
        var page = $"/Churches/Request/{request.Id}?churchId={church.Id}";

        var shared = await Forms.PostAsync(pastor, page, $"/Community/Act/{request.Id}?handler=Share", new Dictionary<string, string> { ["churchId"] = church.Id.ToString() });
        var link = (await (await app.ClientForAsync(agency.Caseworker)).PostAsync(new Uri($"/api/requests/{request.Id}/public-link", UriKind.Relative), null))
            .Content.ReadFromJsonAsync<PublicLinkView>(Json.Options);
        var path = (await link)!.Path;
        var anyone = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var publicPage = await anyone.GetAsync(new Uri(path, UriKind.Relative));
        var html = await publicPage.Content.ReadAsStringAsync();
        var county = await app.QueryAsync(db => db.Organisations.Where(o => o.Id == agency.CountyId).Select(o => o.Name).SingleAsync());
        var names = await app.QueryAsync(db => db.Users.Where(u => u.Email == agency.Caseworker || u.Email == church.PointPerson).Select(u => u.DisplayName).ToListAsync());
        var churchName = await app.QueryAsync(db => db.Organisations.Where(o => o.Id == church.Id).Select(o => o.Name).SingleAsync());

        Assert.Equal(HttpStatusCode.Redirect, shared.StatusCode);
        Assert.Contains(path, await pastor.GetStringAsync(page), StringComparison.Ordinal);
        Assert.True(path.Split('/')[^1].Length >= 22);
        Assert.Equal(HttpStatusCode.OK, publicPage.StatusCode);
        Assert.Contains(System.Net.WebUtility.HtmlEncode(Descriptions.Ready), html, StringComparison.Ordinal);
        Assert.Contains(county, html, StringComparison.Ordinal);
        Assert.Contains("<meta property=\"og:title\" content=\"A family near you needs help: clothing\"", html, StringComparison.Ordinal);
        Assert.Contains("<meta property=\"og:description\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain(request.Zip, html, StringComparison.Ordinal);
        Assert.DoesNotContain("Gate code", html, StringComparison.Ordinal);
        Assert.DoesNotContain("ACCT-99812", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Knox Utility Board", html, StringComparison.Ordinal);
        Assert.DoesNotContain(churchName, html, StringComparison.Ordinal);
        Assert.All(names.OfType<string>().Where(n => n.Length > 0), n => Assert.DoesNotContain(n, html, StringComparison.Ordinal));
        Assert.DoesNotContain(agency.Caseworker, html, StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.OK, (await caseworker.PostAsJsonAsync($"/api/requests/{request.Id}/cancel", new { note = "a duplicate" }, Json.Options)).StatusCode);
        var gone = await anyone.GetAsync(new Uri(path, UriKind.Relative));
        var guessed = await anyone.GetAsync(new Uri($"/Community/Shared/{request.Id}", UriKind.Relative));
        Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode);
        Assert.Contains("text/html", gone.Content.Headers.ContentType?.ToString(), StringComparison.Ordinal);
        Assert.Contains("no longer open", await gone.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.DoesNotContain(Descriptions.Ready[..40], await gone.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, guessed.StatusCode);
    }
}

public sealed class FollowPrayShareTests_Sqlite(SqliteApp app) : FollowPrayShareTests<SqliteApp>(app), IClassFixture<SqliteApp>;

[Trait("Tier", "Postgres")]
public sealed class FollowPrayShareTests_Postgres(PostgresApp app) : FollowPrayShareTests<PostgresApp>(app), IClassFixture<PostgresApp>;
