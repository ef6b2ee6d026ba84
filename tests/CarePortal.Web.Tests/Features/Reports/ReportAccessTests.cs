using System.Net;
using System.Net.Http.Json;
using CarePortal.Web.Features.Reports;
using Microsoft.AspNetCore.Mvc.Testing;
using Xunit;

namespace CarePortal.Web.Tests.Features.Reports;

/// <summary>Who may see which report: each audience its own, others 403 or 404; the public page totals only, no request text.</summary>
public abstract class ReportAccessTests<TApp>(TApp app) where TApp : CarePortalApp
{
    [Fact]
    public async Task Each_audience_is_refused_what_is_not_its_own()
    {
        var world = await ReportWorld.SeedAsync(app);
        var range = ReportWorld.Range;
        (string Who, string Path, HttpStatusCode Expected)[] matrix =
        [
            (world.AgencyAdmin, $"/api/reports?{range}", HttpStatusCode.OK),
            (world.AgencyAdmin, $"/api/reports?{range}&agency={world.OtherAgency}", HttpStatusCode.NotFound),
            (world.AgencyAdmin, $"/api/reports/csv/totals?{range}&agency={world.OtherAgency}", HttpStatusCode.NotFound),
            (world.OtherAgencyAdmin, $"/api/reports?{range}&agency={world.Agency}", HttpStatusCode.NotFound),
            (world.OtherAgencyAdmin, $"/api/reports?{range}&office={world.Office1}", HttpStatusCode.NotFound),
            (world.Supervisor1, $"/api/reports?{range}&office={world.Office1}", HttpStatusCode.OK),
            (world.Supervisor1, $"/api/reports?{range}&office={world.Office2}", HttpStatusCode.NotFound),
            (world.Supervisor1, $"/api/reports?{range}&region={world.Region}", HttpStatusCode.NotFound),
            (world.PastorA, $"/api/reports?{range}", HttpStatusCode.OK),
            (world.PastorA, $"/api/reports?{range}&church={world.ChurchB}", HttpStatusCode.NotFound),
            (world.PastorA, $"/api/reports/csv/church?{range}&church={world.ChurchB}", HttpStatusCode.NotFound),
            (world.Caseworker, $"/api/reports?{range}", HttpStatusCode.Forbidden),
            (world.Caseworker, $"/api/reports/csv/totals?{range}", HttpStatusCode.Forbidden),
            (DemoPeople.PlatformAdmin, $"/api/reports?{range}&church={world.ChurchB}", HttpStatusCode.OK),
        ];

        var answers = new List<string>();
        foreach (var (who, path, _) in matrix)
        {
            var client = await app.ClientForAsync(who);
            answers.Add($"{who.Split('.')[0]} {path.Split('?')[0]} {(int)(await client.GetAsync(new Uri(path, UriKind.Relative))).StatusCode}");
        }

        Assert.Equal(matrix.Select(m => $"{m.Who.Split('.')[0]} {m.Path.Split('?')[0]} {(int)m.Expected}"), answers);
        var anonymous = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync(new Uri($"/api/reports?{range}", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync(new Uri($"/api/reports/csv/totals?{range}", UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task The_public_summary_shows_totals_and_no_request_text()
    {
        var world = await ReportWorld.SeedAsync(app);
        var anonymous = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        var church = await anonymous.GetAsync(new Uri($"/api/reports/public?organisation={world.ChurchA}&{ReportWorld.Range}", UriKind.Relative));
        var agency = await anonymous.GetAsync(new Uri($"/api/reports/public?organisation={world.Agency}&{ReportWorld.Range}", UriKind.Relative));
        var office = await anonymous.GetAsync(new Uri($"/api/reports/public?organisation={world.Office1}&{ReportWorld.Range}", UriKind.Relative));
        var page = await anonymous.GetAsync(new Uri($"/Reports/Public/{world.ChurchA}?{ReportWorld.Range}", UriKind.Relative));
        var dashboard = await (await app.ClientForAsync(world.AgencyAdmin)).GetStringAsync(new Uri($"/api/reports?{ReportWorld.Range}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, church.StatusCode);
        var text = await church.Content.ReadAsStringAsync();
        var summary = (await church.Content.ReadFromJsonAsync<PublicSummary>(Json.Options))!;
        // Church A: children 2 + 3 + 1 + 1 = 7, given 200 + 45 + 500 + 100 = 845, four requests met (three fully, one partly).
        Assert.Equal((7L, 845m, 4L), (summary.ChildrenServed, summary.EconomicImpact, summary.RequestsMet));
        var agencySummary = (await agency.Content.ReadFromJsonAsync<PublicSummary>(Json.Options))!;
        Assert.Equal((7L, 875m, 4L), (agencySummary.ChildrenServed, agencySummary.EconomicImpact, agencySummary.RequestsMet));
        Assert.Equal(HttpStatusCode.NotFound, office.StatusCode);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var html = await page.Content.ReadAsStringAsync();
        Assert.Contains("$845", html, StringComparison.Ordinal);
        foreach (var body in new[] { text, html, dashboard })
        {
            Assert.DoesNotContain(world.Secret, body, StringComparison.Ordinal);
        }
    }
}

public sealed class ReportAccessTests_Sqlite(SqliteApp app) : ReportAccessTests<SqliteApp>(app), IClassFixture<SqliteApp>;

[Trait("Tier", "Postgres")]
public sealed class ReportAccessTests_Postgres(PostgresApp app) : ReportAccessTests<PostgresApp>(app), IClassFixture<PostgresApp>;
