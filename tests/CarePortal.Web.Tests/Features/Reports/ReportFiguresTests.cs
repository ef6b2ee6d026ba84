using System.Net;
using System.Net.Http.Json;
using CarePortal.Web.Features.Reports;
using Xunit;

namespace CarePortal.Web.Tests.Features.Reports;

/// <summary>The figures of a known set of requests (<see cref="ReportWorld"/>), worked out by hand, through /api/reports.</summary>
public abstract class ReportFiguresTests<TApp>(TApp app) where TApp : CarePortalApp
{
    [Fact]
    public async Task Agency_figures_match_the_hand_worked_values()
    {
        var world = await ReportWorld.SeedAsync(app);

        var report = await GetAsync(world.AgencyAdmin, $"/api/reports?{ReportWorld.Range}");

        ReportWorld.AssertAgencySummary(report, world);
        // Today is 2 November 2026: both connections began more than 180 days ago. Meals ended 1 April, 45 days after 15 February.
        var mentoring = report.Connections.Single(c => c.Kind == "mentoring");
        var meals = report.Connections.Single(c => c.Kind == "meals");
        Assert.Equal((1L, 1L), (mentoring.Count, mentoring.Ongoing));
        Assert.Equal([(30, 1L, 1L, 1L, 1L, 1L, 1L), (90, 1L, 1L, 1L, 1L, 1L, 1L), (180, 1L, 1L, 1L, 0L, 0L, 0L)],
            mentoring.Stages.Select(s => (s.Days, s.Due, s.Lasted, s.Asked, s.Answered, s.SafelyHome, s.GoesOn)));
        Assert.Equal((1L, 0L), (meals.Count, meals.Ongoing));
        Assert.Equal([(30, 1L, 1L, 1L, 1L, 1L, 1L), (90, 1L, 0L, 1L, 1L, 1L, 0L), (180, 1L, 0L, 0L, 0L, 0L, 0L)],
            meals.Stages.Select(s => (s.Days, s.Due, s.Lasted, s.Asked, s.Answered, s.SafelyHome, s.GoesOn)));
        // R4 is open, its last response on 5 March: left unclosed.
        var unclosed = Assert.Single(report.Unclosed);
        Assert.Equal("food", unclosed.Need);
        Assert.StartsWith("Office one", unclosed.Office, StringComparison.Ordinal);
        Assert.Equal(ReportWorld.Utc(2026, 3, 5, 22), unclosed.LastResponseAt);
    }

    [Fact]
    public async Task A_church_sees_only_its_own_responses_and_the_value_it_gave()
    {
        var world = await ReportWorld.SeedAsync(app);

        var a = await GetAsync(world.PastorA, $"/api/reports?{ReportWorld.Range}");
        var b = await GetAsync(world.PastorB, $"/api/reports?{ReportWorld.Range}");

        // Church A: R1 R7 R8 fully, R2 partly; children 2 + 3 + 1 + 1 = 7; only what it gave: 200 + 45 + 500 + 100 = 845.
        Assert.Equal(new Figures(4, 3, 1, 0, 0, 7, 845m), a.Totals);
        // Its own first responses: R1 2 h, R2 4 h, R8 20 h, R7 30 h: median rank 2 → 4 h, 90th rank ceil(3.6) = 4 → 30 h.
        Assert.Equal(new ResponseTimes(4, 4 * 3600, 30 * 3600), a.ResponseTimes);
        Assert.Equal([$"{world.ChurchA}"], a.ByChurch.Select(c => c.Key));
        Assert.Empty(a.Unclosed);
        Assert.Equal(["mentoring"], a.Connections.Select(c => c.Kind));
        // Church B, across agencies: R2 partly met (3 children, the shoes 30), R4 still open, and the other agency's R10
        // fully met (no child recorded, so 1; the coat 777): opened 3, children 3 + 1 = 4, value 30 + 777 = 807.
        Assert.Equal(new Figures(3, 1, 1, 0, 0, 4, 807m), b.Totals);
    }

    [Fact]
    public async Task A_supervisor_sees_their_office_and_the_platform_sees_every_agency()
    {
        var world = await ReportWorld.SeedAsync(app);

        var office1 = await GetAsync(world.Supervisor1, $"/api/reports?{ReportWorld.Range}");
        var office2 = await GetAsync(world.Supervisor2, $"/api/reports?{ReportWorld.Range}");
        var platform = await GetAsync(DemoPeople.PlatformAdmin, $"/api/reports?{ReportWorld.Range}&agency={world.Agency}");
        var other = await GetAsync(DemoPeople.PlatformAdmin, $"/api/reports?{ReportWorld.Range}&agency={world.OtherAgency}");
        var all = await GetAsync(DemoPeople.PlatformAdmin, $"/api/reports?{ReportWorld.Range}");

        Assert.Equal(new Figures(4, 2, 0, 1, 1, 3, 300m), office1.Totals);
        Assert.Single(office1.Unclosed);
        Assert.Equal(new Figures(2, 1, 1, 0, 0, 4, 575m), office2.Totals);
        Assert.Empty(office2.Unclosed);
        Assert.Equal(new Figures(6, 3, 1, 1, 1, 7, 875m), platform.Totals);
        // The other agency has no time zone (UTC): R10, opened 1 February 12:00, is February's; no child recorded counts as one.
        Assert.Equal(new Figures(1, 1, 0, 0, 0, 1, 777m), other.Totals);
        Assert.Equal(new Figures(1, 1, 0, 0, 0, 1, 777m), other.ByMonth.Single(m => m.Key == "2026-02").Figures);
        Assert.Equal(new Figures(6, 3, 1, 1, 1, 7, 875m), all.ByAgency.Single(x => x.Key == $"{world.Agency}").Figures);
        Assert.Equal(new Figures(1, 1, 0, 0, 0, 1, 777m), all.ByAgency.Single(x => x.Key == $"{world.OtherAgency}").Figures);
    }

    [Fact]
    public async Task Filters_by_need_county_and_church_narrow_the_figures()
    {
        var world = await ReportWorld.SeedAsync(app);

        var beds = await GetAsync(world.AgencyAdmin, $"/api/reports?{ReportWorld.Range}&need=bed");
        var county2 = await GetAsync(world.AgencyAdmin, $"/api/reports?{ReportWorld.Range}&county={world.County2}");
        var churchB = await GetAsync(world.AgencyAdmin, $"/api/reports?{ReportWorld.Range}&church={world.ChurchB}");
        var february = await GetAsync(world.AgencyAdmin, $"/api/reports?from=2026-02-01&to=2026-02-28");

        // Beds: R1 and R8 met (children 2 + 1, value 200 + 100) and R6 expired.
        Assert.Equal(new Figures(2, 2, 0, 0, 1, 3, 300m), beds.Totals);
        Assert.Equal(new Figures(2, 1, 1, 0, 0, 4, 575m), county2.Totals);
        // The agency filtered to church B: the requests B answered (R2, R4), valued by what B gave.
        Assert.Equal(new Figures(2, 0, 1, 0, 0, 3, 30m), churchB.Totals);
        // February in Chicago: R2 and R3 (R1 opened 05:30 UTC on 1 February, which is still January there).
        Assert.Equal(new Figures(2, 0, 1, 1, 0, 3, 75m), february.Totals);
    }

    [Fact]
    public async Task Bad_filters_get_a_clear_error()
    {
        var world = await ReportWorld.SeedAsync(app);
        var client = await app.ClientForAsync(world.AgencyAdmin);

        var badDate = await client.GetAsync(new Uri("/api/reports?from=31/01/2026", UriKind.Relative));
        var backwards = await client.GetAsync(new Uri("/api/reports?from=2026-03-01&to=2026-02-01", UriKind.Relative));
        var need = await client.GetAsync(new Uri("/api/reports?need=pony", UriKind.Relative));

        Assert.Equal(HttpStatusCode.BadRequest, badDate.StatusCode);
        Assert.Contains("yyyy-mm-dd", await badDate.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, backwards.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, need.StatusCode);
        Assert.Contains("Unknown need", await need.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Every_table_downloads_as_csv_with_formulas_made_plain_text()
    {
        var world = await ReportWorld.SeedAsync(app);
        var client = await app.ClientForAsync(world.AgencyAdmin);

        var offices = await client.GetAsync(new Uri($"/api/reports/csv/office?{ReportWorld.Range}", UriKind.Relative));
        var totals = await client.GetAsync(new Uri($"/api/reports/csv/totals?{ReportWorld.Range}", UriKind.Relative));
        var unknown = await client.GetAsync(new Uri($"/api/reports/csv/nonsense?{ReportWorld.Range}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, offices.StatusCode);
        Assert.Equal("text/csv", offices.Content.Headers.ContentType!.MediaType);
        Assert.Equal($"careportal-office-{ReportWorld.From}-{ReportWorld.To}.csv", offices.Content.Headers.ContentDisposition!.FileNameStar ?? offices.Content.Headers.ContentDisposition.FileName);
        var lines = (await offices.Content.ReadAsStringAsync()).TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("Office,Opened,Fully met,Partly met,Not met,Expired,Share met,Children served,Economic impact", lines[0]);
        Assert.Contains(lines, l => l.StartsWith($"Office one", StringComparison.Ordinal) && l.EndsWith(",4,2,0,1,1,67%,3,$300", StringComparison.Ordinal));
        // The office named "=HYPERLINK(...)" starts with an apostrophe, quoted because of its quotes.
        Assert.Contains(lines, l => l.StartsWith("\"'=HYPERLINK(\"\"http://x.example\"\")", StringComparison.Ordinal) && l.EndsWith(",2,1,1,0,0,100%,4,$575", StringComparison.Ordinal));
        Assert.DoesNotContain(lines, l => l.StartsWith("\"=", StringComparison.Ordinal) || l.StartsWith('='));
        Assert.Contains("Economic impact,$875", await totals.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }

    private async Task<ImpactReport> GetAsync(string email, string path)
    {
        var client = await app.ClientForAsync(email);
        var response = await client.GetAsync(new Uri(path, UriKind.Relative));
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{path} as {email}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return (await response.Content.ReadFromJsonAsync<ImpactReport>(Json.Options))!;
    }
}

public sealed class ReportFiguresTests_Sqlite(SqliteApp app) : ReportFiguresTests<SqliteApp>(app), IClassFixture<SqliteApp>;

[Trait("Tier", "Postgres")]
public sealed class ReportFiguresTests_Postgres(PostgresApp app) : ReportFiguresTests<PostgresApp>(app), IClassFixture<PostgresApp>;
