using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CarePortal.Web.Features.ChurchNeeds;
using CarePortal.Web.Tests.Features.Churches;
using Microsoft.EntityFrameworkCore;
using Xunit;

namespace CarePortal.Web.Tests.Features.ChurchNeeds;

/// <summary>
/// Needs a church knows of itself (issue #19 item 3), through the pages and the API: the needs leader posts one, reviewed as a
/// caseworker's request is; only the church's own people see it; its leaders read the private note, each read recorded; members
/// help and mark it met; the church's report counts it on a line of its own.
/// </summary>
public abstract class ChurchNeedsTests<TApp>(TApp app) where TApp : CarePortalApp
{
    private const string ChildNamed = "Grandma is caring for Aaliyah and her brother Jamal, who need coats in girls size 7 and boys size 10. Grandma works hard.";

    [Fact]
    public async Task The_needs_leader_posts_from_the_page_and_only_the_churchs_own_people_see_it()
    {
        var church = await ChurchWithLeader.MakeAsync(app);
        var other = await ChurchWithLeader.MakeAsync(app, "37403");
        var leader = await ChurchPeople.SignedInAsync(app, church.NeedsLeader);

        var posted = await Forms.PostAsync(leader, $"/ChurchNeeds/Post/{church.Id}", new Dictionary<string, string>
        {
            ["Need"] = "bed", ["Quantity"] = "2", ["Description"] = ChurchWithLeader.Ready, ["PrivateNote"] = "Call Ms. Rivera at 865-555-0143 before delivering.",
        });

        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        var id = int.Parse(posted.Headers.Location!.OriginalString.Split('/')[^1], System.Globalization.CultureInfo.InvariantCulture);
        var member = await ChurchPeople.SignedInAsync(app, church.Responder);
        var list = await member.GetStringAsync($"/ChurchNeeds/{church.Id}");
        Assert.Contains($"/ChurchNeeds/Need/{id}", list, StringComparison.Ordinal);
        var page = await member.GetStringAsync($"/ChurchNeeds/Need/{id}");
        Assert.Contains(WebUtility.HtmlEncode(ChurchWithLeader.Ready), page, StringComparison.Ordinal);
        Assert.DoesNotContain("865-555-0143", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Show the private note", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Post a need", list, StringComparison.Ordinal);
        Assert.Contains("Post a need", await leader.GetStringAsync($"/ChurchNeeds/{church.Id}"), StringComparison.Ordinal);

        foreach (var outsider in new[] { other.PointPerson, other.NeedsLeader, DemoPeople.Caseworker, DemoPeople.AgencyAdmin, DemoPeople.PlatformAdmin })
        {
            var client = await app.ClientForAsync(outsider);
            Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(new Uri($"/ChurchNeeds/Need/{id}", UriKind.Relative))).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(new Uri($"/api/church-needs/{id}", UriKind.Relative))).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(new Uri($"/api/churches/{church.Id}/needs", UriKind.Relative))).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(new Uri($"/ChurchNeeds/{church.Id}", UriKind.Relative))).StatusCode);
        }

        var theirs = await (await app.ClientForAsync(other.PointPerson)).GetFromJsonAsync<List<ChurchNeedView>>($"/api/churches/{other.Id}/needs", Json.Options);
        Assert.Empty(theirs!);
    }

    [Fact]
    public async Task The_reviewer_blocks_a_childs_name_on_the_page_and_the_api_and_nothing_is_posted()
    {
        var church = await ChurchWithLeader.MakeAsync(app);
        var leader = await ChurchPeople.SignedInAsync(app, church.NeedsLeader);
        var api = await app.ClientForAsync(church.NeedsLeader);

        var page = await Forms.PostAsync(leader, $"/ChurchNeeds/Post/{church.Id}", new Dictionary<string, string>
        {
            ["Need"] = "clothing", ["Quantity"] = "2", ["Description"] = ChildNamed,
        });
        var answer = await api.PostAsJsonAsync($"/api/churches/{church.Id}/needs", new ChurchNeedInput("clothing", 2, ChildNamed), Json.Options);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, page.StatusCode);
        var html = await page.Content.ReadAsStringAsync();
        Assert.Contains("confidential-name", html, StringComparison.Ordinal);
        Assert.Contains("“Aaliyah”", html, StringComparison.Ordinal);
        Assert.Contains(WebUtility.HtmlEncode(ChildNamed), html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, answer.StatusCode);
        var problem = await answer.Content.ReadFromJsonAsync<JsonElement>(Json.Options);
        var rules = problem.GetProperty("findings").EnumerateArray().Where(f => f.GetProperty("severity").GetString() == "blocker")
            .Select(f => (f.GetProperty("rule").GetString(), f.GetProperty("text").GetString())).ToList();
        Assert.Contains(("confidential-name", "Aaliyah"), rules);
        Assert.Contains(("confidential-name", "Jamal"), rules);
        Assert.Equal(0, await app.QueryAsync(db => db.Set<ChurchNeed>().CountAsync(n => n.ChurchId == church.Id)));
    }

    [Fact]
    public async Task Only_leaders_read_the_private_note_and_every_read_is_recorded()
    {
        var church = await ChurchWithLeader.MakeAsync(app);
        var need = await church.PostAsync(app, note: "Deliver to the side door; ask for Ms. Rivera.");
        var path = $"/api/church-needs/{need.Id}/note";

        var member = await (await app.ClientForAsync(church.Responder)).GetAsync(new Uri(path, UriKind.Relative));
        var pastor = await (await app.ClientForAsync(church.PointPerson)).GetFromJsonAsync<ChurchNeedNoteView>(path, Json.Options);
        var leaderPage = await ChurchPeople.SignedInAsync(app, church.NeedsLeader);
        var before = await leaderPage.GetStringAsync($"/ChurchNeeds/Need/{need.Id}");
        var shown = await leaderPage.GetStringAsync($"/ChurchNeeds/Need/{need.Id}?note=true");
        var memberPage = await (await ChurchPeople.SignedInAsync(app, church.Responder)).GetStringAsync($"/ChurchNeeds/Need/{need.Id}?note=true");

        Assert.Equal(HttpStatusCode.Forbidden, member.StatusCode);
        Assert.Equal("Deliver to the side door; ask for Ms. Rivera.", pastor!.Note);
        Assert.Contains("Show the private note", before, StringComparison.Ordinal);
        Assert.DoesNotContain("Ms. Rivera", before, StringComparison.Ordinal);
        Assert.Contains("Ms. Rivera", shown, StringComparison.Ordinal);
        Assert.DoesNotContain("Ms. Rivera", memberPage, StringComparison.Ordinal);
        var readers = await app.QueryAsync(db => db.Set<ChurchNeedNoteRead>().Where(r => r.ChurchNeedId == need.Id)
            .Join(db.Users, r => r.UserId, u => u.Id, (r, u) => u.Email).ToListAsync());
        Assert.Equal([church.NeedsLeader, church.PointPerson], readers.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Members_help_and_mark_it_met_and_the_churchs_report_counts_it_apart_from_requests()
    {
        var church = await ChurchWithLeader.MakeAsync(app);
        var first = await church.PostAsync(app, quantity: 2);
        await church.PostAsync(app, quantity: 3);
        var member = await app.ClientForAsync(church.Responder);
        var pastor = await app.ClientForAsync(church.PointPerson);
        var totalsBefore = await pastor.GetStringAsync("/api/reports/csv/totals");

        var metBeforeHelping = await member.PostAsync(new Uri($"/api/church-needs/{first.Id}/met", UriKind.Relative), null);
        var helped = await member.PostAsync(new Uri($"/api/church-needs/{first.Id}/responses", UriKind.Relative), null);
        var met = await member.PostAsync(new Uri($"/api/church-needs/{first.Id}/met", UriKind.Relative), null);
        var again = await pastor.PostAsync(new Uri($"/api/church-needs/{first.Id}/met", UriKind.Relative), null);

        Assert.Equal(HttpStatusCode.Forbidden, metBeforeHelping.StatusCode);
        Assert.Equal(1, (await helped.Content.ReadFromJsonAsync<ChurchNeedView>(Json.Options))!.Helping);
        Assert.NotNull((await met.Content.ReadFromJsonAsync<ChurchNeedView>(Json.Options))!.MetAt);
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        var csv = await pastor.GetStringAsync($"/api/reports/csv/{ChurchNeedsReport.Table}");
        Assert.Contains("Church,Posted,Met,Not met yet,Items or hours asked", csv, StringComparison.Ordinal);
        Assert.Matches(@",2,1,1,5\r?$", csv.Split('\n', StringSplitOptions.RemoveEmptyEntries)[^1].TrimEnd('\r'));
        Assert.Equal(totalsBefore, await pastor.GetStringAsync("/api/reports/csv/totals"));
        Assert.Contains("Needs the church found", await (await ChurchPeople.SignedInAsync(app, church.PointPerson)).GetStringAsync("/Reports"), StringComparison.Ordinal);
        foreach (var agencySide in new[] { DemoPeople.AgencyAdmin, DemoPeople.Supervisor, DemoPeople.PlatformAdmin })
        {
            var answer = await (await app.ClientForAsync(agencySide)).GetAsync(new Uri($"/api/reports/csv/{ChurchNeedsReport.Table}", UriKind.Relative));
            Assert.Equal(HttpStatusCode.NotFound, answer.StatusCode);
        }
    }
}

public sealed class ChurchNeedsTests_Sqlite(SqliteApp app) : ChurchNeedsTests<SqliteApp>(app), IClassFixture<SqliteApp>;

[Trait("Tier", "Postgres")]
public sealed class ChurchNeedsTests_Postgres(PostgresApp app) : ChurchNeedsTests<PostgresApp>(app), IClassFixture<PostgresApp>;
