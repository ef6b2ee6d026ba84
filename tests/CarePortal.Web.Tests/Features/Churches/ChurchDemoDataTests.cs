using System.Net;
using System.Net.Http.Json;
using CarePortal.Web.Features.Requests;
using Microsoft.EntityFrameworkCore;
using Xunit;

namespace CarePortal.Web.Tests.Features.Churches;

/// <summary>The demo shows churches at work: the open demo requests reached the demo churches, one has a response and messages.</summary>
public abstract class ChurchDemoDataTests<TApp>(TApp app) where TApp : CarePortalApp
{
    [Fact]
    public async Task Open_demo_requests_are_routed_to_demo_churches_and_one_church_answered_with_messages()
    {
        var open = await app.QueryAsync(db => db.Requests.Where(r => r.State == RequestState.Open).Select(r => new { r.Id, r.Need, r.Description }).ToListAsync());
        var routed = await app.QueryAsync(db => db.RequestRecipients.Select(r => r.CareRequestId).Distinct().ToListAsync());
        var pastor = await Forms.SignedInAsync(app, DemoPeople.PointPerson);
        var feed = await pastor.GetStringAsync("/Churches/Feed");
        var supplies = open.Single(r => r.Need == "school-supplies");
        var answered = await app.QueryAsync(db => db.ChurchResponses.Where(r => r.CareRequestId == supplies.Id).Select(r => r.ChurchId).SingleAsync());
        var messages = await app.QueryAsync(db => db.RequestMessages.CountAsync(m => m.CareRequestId == supplies.Id && m.ChurchId == answered));

        Assert.All(open, r => Assert.Contains(r.Id, routed));
        Assert.Contains("Grace Church Knoxville", feed, StringComparison.Ordinal);
        Assert.Contains(open.Single(r => r.Need == "bed").Description, feed, StringComparison.Ordinal);
        Assert.Equal(2, messages);
        Assert.True(await app.QueryAsync(db => db.ItemClaims.AnyAsync(c => c.CareRequestId == supplies.Id && c.ChurchId == answered)));
    }

    [Fact]
    public async Task Demo_church_people_open_the_requests_sent_to_their_church_and_a_church_far_away_gets_404()
    {
        var grace = await app.QueryAsync(db => db.Organisations.Where(o => o.Name == "Grace Church Knoxville").Select(o => o.Id).SingleAsync());
        var sent = await app.QueryAsync(db => db.RequestRecipients.Where(r => r.ChurchId == grace).Select(r => r.CareRequestId).ToListAsync());
        var pastor = await Forms.SignedInAsync(app, DemoPeople.PointPerson);
        var responder = await app.ClientForAsync(DemoPeople.Responder);
        var far = await app.ClientForAsync(DemoPeople.FarPointPerson);
        var wrong = new List<string>();

        foreach (var id in sent)
        {
            var page = (await pastor.GetAsync(new Uri($"/Churches/Request/{id}", UriKind.Relative))).StatusCode;
            var byResponder = (await responder.GetAsync(new Uri($"/api/requests/{id}", UriKind.Relative))).StatusCode;
            var byFarChurch = (await far.GetAsync(new Uri($"/api/requests/{id}", UriKind.Relative))).StatusCode;
            if ((page, byResponder, byFarChurch) != (HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.NotFound))
            {
                wrong.Add($"request {id}: page {(int)page}, responder {(int)byResponder}, far church {(int)byFarChurch}");
            }
        }

        var listed = (await responder.GetFromJsonAsync<List<RequestView>>("/api/requests", Json.Options))!.Select(r => r.Id).Order();
        Assert.NotEmpty(sent);
        Assert.Empty(wrong);
        Assert.Equal(sent.Order(), listed);
    }
}

public sealed class ChurchDemoDataTests_Sqlite(SqliteApp app) : ChurchDemoDataTests<SqliteApp>(app), IClassFixture<SqliteApp>;

[Trait("Tier", "Postgres")]
public sealed class ChurchDemoDataTests_Postgres(PostgresApp app) : ChurchDemoDataTests<PostgresApp>(app), IClassFixture<PostgresApp>;
