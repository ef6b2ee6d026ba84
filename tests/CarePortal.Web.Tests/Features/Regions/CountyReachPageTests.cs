using System.Net;
using CarePortal.Web.Features.Churches;
using Microsoft.EntityFrameworkCore;
using Xunit;

namespace CarePortal.Web.Tests.Features.Regions;

/// <summary>
/// The regional manager's county reach page (issue #16 item 3): each county of their region with its radius and number of
/// churches, first and on escalation; saved through SetCountyReach, refused values said beside the county, each change
/// audited; a county of another region is refused (403).
/// </summary>
public abstract class CountyReachPageTests<TApp>(TApp app) where TApp : CarePortalApp
{
    private const string Page = "/Regions";

    private Task<int> CountyAsync(string name) => app.QueryAsync(db => db.Organisations.Where(o => o.Name == name).Select(o => o.Id).SingleAsync());

    [Fact]
    public async Task Regional_manager_sets_a_countys_reach_first_and_on_escalation()
    {
        var manager = await Forms.SignedInAsync(app, DemoPeople.RegionalManager);
        var blount = await CountyAsync("Blount County");

        var page = await manager.GetStringAsync(new Uri(Page, UriKind.Relative));
        var saved = await Forms.PostAsync(manager, Page, $"{Page}?id={blount}", new Dictionary<string, string>
        {
            ["RadiusMiles"] = "12", ["Churches"] = "4", ["EscalationRadiusMiles"] = "30", ["EscalationChurches"] = "8",
        });
        var narrower = await Forms.PostAsync(manager, Page, $"{Page}?id={blount}", new Dictionary<string, string>
        {
            ["RadiusMiles"] = "12", ["Churches"] = "4", ["EscalationRadiusMiles"] = "5", ["EscalationChurches"] = "8",
        });

        Assert.Contains("Knox County", page, StringComparison.Ordinal);
        Assert.Contains("Blount County", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Davidson County", page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        Assert.Contains("Saved: the reach of Blount County.", await saved.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var setting = await app.QueryAsync(db => db.CountySettings.AsNoTracking().SingleAsync(c => c.CountyId == blount));
        Assert.Equal((12d, 4, (double?)30, (int?)8), (setting.RadiusMiles, setting.Churches, setting.EscalationRadiusMiles, setting.EscalationChurches));
        Assert.Equal(HttpStatusCode.BadRequest, narrower.StatusCode);
        Assert.Contains($"id=\"escalation-{blount}-error\">On escalation: a radius from the first radius (12 miles)", await narrower.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains($"id=\"escalation-radius-{blount}\" name=\"EscalationRadiusMiles\" type=\"number\" inputmode=\"decimal\" min=\"1\" max=\"200\" step=\"any\" value=\"5\"", await narrower.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(30, await app.QueryAsync(db => db.CountySettings.Where(c => c.CountyId == blount).Select(c => c.EscalationRadiusMiles).SingleAsync()));
        Assert.Equal(["county-reach-set"], await app.QueryAsync(db => db.AdminActions.Where(a => a.OrganisationId == blount).Select(a => a.Action).ToListAsync()));
    }

    [Fact]
    public async Task A_county_of_another_region_is_refused_and_other_roles_are_sent_away()
    {
        var manager = await Forms.SignedInAsync(app, DemoPeople.RegionalManager);
        var davidson = await CountyAsync("Davidson County");

        var other = await Forms.PostAsync(manager, Page, $"{Page}?id={davidson}", new Dictionary<string, string> { ["RadiusMiles"] = "10", ["Churches"] = "3" });
        var caseworker = await (await Forms.SignedInAsync(app, DemoPeople.Caseworker)).GetAsync(new Uri(Page, UriKind.Relative));
        var platform = await (await Forms.SignedInAsync(app, DemoPeople.PlatformAdmin)).GetStringAsync(new Uri(Page, UriKind.Relative));

        Assert.Equal(HttpStatusCode.Forbidden, other.StatusCode);
        Assert.False(await app.QueryAsync(db => db.CountySettings.AnyAsync(c => c.CountyId == davidson && c.RadiusMiles == 10)));
        Assert.Equal(HttpStatusCode.Redirect, caseworker.StatusCode);
        Assert.Contains("Davidson County", platform, StringComparison.Ordinal);
    }
}

public sealed class CountyReachPageTests_Sqlite(SqliteApp app) : CountyReachPageTests<SqliteApp>(app), IClassFixture<SqliteApp>;

[Trait("Tier", "Postgres")]
public sealed class CountyReachPageTests_Postgres(PostgresApp app) : CountyReachPageTests<PostgresApp>(app), IClassFixture<PostgresApp>;

/// <summary>A county's own escalation reach wins over the default (twice the radius, as many churches again).</summary>
public sealed class EscalationReachTests
{
    [Fact]
    public void Escalation_goes_as_far_and_to_as_many_churches_as_the_county_says()
    {
        var reach = new CountyReach(5, 1, 40, 3);
        var defaults = new CountyReach(5, 1);
        var options = new RoutingOptions();

        // Five churches about 7, 14, 21, 28 and 35 miles north from the family; the escalation picks the nearest not yet notified.
        ZipCentroids.TryGet("37917", out var family);
        var candidates = Enumerable.Range(1, 5).Select(i => new ChurchCandidate(i, new GeoPoint(family.Latitude + (i * 0.1), family.Longitude), null, new HashSet<string> { "bed" }, false, true)).ToList();

        var set = ChurchRouting.Escalate(family, "bed", candidates, reach, new HashSet<int> { 1 }, options);
        var byDefault = ChurchRouting.Escalate(family, "bed", candidates, defaults, new HashSet<int> { 1 }, options);

        Assert.Equal(3, set.Count);
        Assert.Equal([2, 3, 4], set.Select(c => c.ChurchId));
        Assert.Empty(byDefault);
    }
}
