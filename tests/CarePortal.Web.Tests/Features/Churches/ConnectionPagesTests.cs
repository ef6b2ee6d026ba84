using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using CarePortal.Web.Features.Churches;
using CarePortal.Web.Features.Requests;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace CarePortal.Web.Tests.Features.Churches;

/// <summary>"We delivered", the connection recorded after "met" by either side, the 30/90/180-day answers, the lists.</summary>
public abstract class ConnectionPagesTests<TApp>(TApp app) where TApp : CarePortalApp
{
    private readonly ChurchesClient churches = new(app);

    [Fact]
    public async Task The_church_says_it_delivered_records_a_connection_after_met_and_the_caseworker_answers_the_30_day_question()
    {
        await churches.RetireAllAsync();
        var church = await churches.OnboardAsync("37402");
        var other = await churches.OnboardAsync("37403");
        var (request, agency) = await churches.OpenAsync("37402", radius: 1, churches: 1);
        var page = $"/Churches/Request/{request.Id}";
        var pastor = await ChurchPeople.SignedInAsync(app, church.PointPerson);
        var caseworker = await ChurchPeople.SignedInAsync(app, agency.Caseworker);
        var otherPastor = await ChurchPeople.SignedInAsync(app, other.PointPerson);

        var tooEarly = await Forms.PostAsync(pastor, page, $"{page}?handler=Delivered", new Dictionary<string, string> { ["note"] = "Left with grandma." });
        Assert.Equal(HttpStatusCode.Conflict, tooEarly.StatusCode);
        await Forms.PostAsync(pastor, page, $"{page}?handler=Respond", new Dictionary<string, string> { ["all"] = "true" });
        var delivered = await Forms.PostAsync(pastor, page, $"{page}?handler=Delivered", new Dictionary<string, string> { ["note"] = "Left with grandma." });
        Assert.Equal(HttpStatusCode.Redirect, delivered.StatusCode);
        Assert.Contains("says it was delivered", await caseworker.GetStringAsync($"/Requests/Details/{request.Id}"), StringComparison.Ordinal);
        Assert.Equal(agency.Caseworker, await app.QueryAsync(db => db.Notifications.Where(n => n.CareRequestId == request.Id && n.Kind == "church-delivered").Select(n => n.RecipientEmail).SingleAsync()));

        // Before the request is met, no connection; after, the church records one on its page, the caseworker one on theirs.
        var connect = new Dictionary<string, string> { ["kind"] = "mentoring", ["startedOn"] = "2026-11-02", ["note"] = "Weekly homework help." };
        Assert.Equal(HttpStatusCode.Conflict, (await Forms.PostAsync(pastor, page, $"{page}?handler=Connect", connect)).StatusCode);
        var api = await app.ClientForAsync(agency.Caseworker);
        Assert.True((await api.PostAsJsonAsync($"/api/requests/{request.Id}/close",
            new CloseInput(CloseOutcome.FullyMet, ChildOutcomes: [Needs.ChildOutcomes[0]], Rating: 5), Json.Options)).IsSuccessStatusCode);
        var closedPage = await pastor.GetStringAsync(page);
        Assert.Contains("A connection that goes on", closedPage, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await Forms.PostAsync(pastor, page, $"{page}?handler=Connect", connect)).StatusCode);
        var details = $"/Requests/Details/{request.Id}";
        var byCaseworker = await Forms.PostAsync(caseworker, details, $"{details}?handler=Connect", new Dictionary<string, string>
        {
            ["churchId"] = church.Id.ToString(CultureInfo.InvariantCulture), ["kind"] = "meals", ["startedOn"] = "2026-11-03",
        });
        Assert.Equal(HttpStatusCode.Redirect, byCaseworker.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await Forms.PostAsync(otherPastor, "/Churches", $"{page}?handler=Connect", connect)).StatusCode);
        var kinds = await app.QueryAsync(db => db.Connections.Where(c => c.CareRequestId == request.Id).OrderBy(c => c.Id).Select(c => c.Kind).ToListAsync());
        Assert.Equal(["mentoring", "meals"], kinds);

        // Listed for the church and for the agency; another church's connections page is refused.
        Assert.Contains("Weekly homework help", await pastor.GetStringAsync($"/Connections?churchId={church.Id}") + await pastor.GetStringAsync(page), StringComparison.Ordinal);
        var agencyList = await caseworker.GetStringAsync("/Connections");
        Assert.Contains($"#{request.Id}", agencyList, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await otherPastor.GetAsync(new Uri($"/Connections?churchId={church.Id}", UriKind.Relative))).StatusCode);

        // 30 days on, the caseworker is asked, with a link to the answer page; answered once, the second answer is refused.
        app.Clock.Advance(TimeSpan.FromDays(31));
        await using (var scope = app.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<ConnectionFollowUps>().RunAsync(CancellationToken.None);
        }

        // The sign-in cookies expired with the month that passed: sign in again.
        caseworker = await ChurchPeople.SignedInAsync(app, agency.Caseworker);
        pastor = await ChurchPeople.SignedInAsync(app, church.PointPerson);
        var mentoring = await app.QueryAsync(db => db.Connections.Where(c => c.CareRequestId == request.Id && c.Kind == "mentoring").Select(c => c.Id).SingleAsync());
        var email = await app.QueryAsync(db => db.Notifications.Where(n => n.CareRequestId == request.Id && n.Kind == "follow-up").Select(n => n.TextBody).ToListAsync());
        Assert.Contains(email, e => e!.Contains($"/Connections/FollowUp/{mentoring}?days=30", StringComparison.Ordinal));
        var followUp = $"/Connections/FollowUp/{mentoring}?days=30";
        Assert.Contains("Is the child still safely home?", await caseworker.GetStringAsync(followUp), StringComparison.Ordinal);
        var answer = new Dictionary<string, string> { ["Days"] = "30", ["stillSafelyHome"] = "true", ["connectionGoesOn"] = "true", ["note"] = "Going well." };
        Assert.Equal(HttpStatusCode.Redirect, (await Forms.PostAsync(caseworker, followUp, $"/Connections/FollowUp/{mentoring}", answer)).StatusCode);
        var again = await Forms.PostAsync(caseworker, details, $"/Connections/FollowUp/{mentoring}", answer);
        var notAsked = await api.PostAsJsonAsync($"/api/connections/{mentoring}/follow-ups", new FollowUpAnswerInput(90, true, true, null), Json.Options);
        var saved = await app.QueryAsync(db => db.FollowUpAnswers.AsNoTracking().SingleAsync(a => a.ConnectionId == mentoring));

        Assert.Equal((30, true, true, "Going well."), (saved.Days, saved.StillSafelyHome, saved.ConnectionGoesOn, saved.Note));
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, notAsked.StatusCode);
        Assert.Contains("30 days: still safely home", await caseworker.GetStringAsync($"/Connections/FollowUp/{mentoring}"), StringComparison.Ordinal);
        // Nobody outside the request's agency side sees or answers it.
        Assert.Equal(HttpStatusCode.NotFound, (await pastor.GetAsync(new Uri(followUp, UriKind.Relative))).StatusCode);
        var otherOffice = await app.ClientForAsync(DemoPeople.OtherCaseworker);
        Assert.Equal(HttpStatusCode.NotFound, (await otherOffice.PostAsJsonAsync($"/api/connections/{mentoring}/follow-ups", new FollowUpAnswerInput(30, true, true, null), Json.Options)).StatusCode);
    }
}

public sealed class ConnectionPagesTests_Sqlite(SqliteApp app) : ConnectionPagesTests<SqliteApp>(app), IClassFixture<SqliteApp>;

[Trait("Tier", "Postgres")]
public sealed class ConnectionPagesTests_Postgres(PostgresApp app) : ConnectionPagesTests<PostgresApp>(app), IClassFixture<PostgresApp>;
