using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using CarePortal.Web.Features.Organisations;
using CarePortal.Web.Features.Requests;
using CarePortal.Web.Tests.Features.Requests;
using Microsoft.EntityFrameworkCore;
using Xunit;

namespace CarePortal.Web.Tests.Features.PublicMap;

/// <summary>
/// The public map of open needs (issue #19 item 6), signed out: its counts are the database's open requests by county, need
/// and urgency, every count under 3 says "fewer than 3", it never shows a word of a request, and it filters by county or ZIP.
/// </summary>
public abstract partial class PublicMapTests<TApp>(TApp app) where TApp : CarePortalApp
{
    [Fact]
    public async Task Counts_are_the_databases_open_requests_and_counts_under_3_say_fewer_than_3()
    {
        // Sevier County: 1 critical and 4 normal clothing requests open, 1 more closed as cancelled (not counted).
        var agency = await TestAgency.CreateAsync(app, ApprovalOption.None);
        await app.QueryAsync(db => db.Organisations.Where(o => o.Id == agency.CountyId).ExecuteUpdateAsync(s => s.SetProperty(o => o.Name, "Sevier County")));
        var caseworker = new RequestsClient(await app.ClientForAsync(agency.Caseworker));
        foreach (var urgency in new[] { Urgency.Critical, Urgency.Normal, Urgency.Normal, Urgency.Normal, Urgency.Normal, Urgency.High })
        {
            var draft = await caseworker.CreateAsync(RequestsClient.Draft(agency.CountyId) with { Zip = "37862", Urgency = urgency });
            Assert.Equal(RequestState.Open, (await caseworker.SubmitAsync(draft.Id)).State);
            if (urgency == Urgency.High)
            {
                Assert.True((await caseworker.PostAsync($"/api/requests/{draft.Id}/cancel", new { note = "a duplicate" })).IsSuccessStatusCode);
            }
        }

        var anyone = app.CreateClient();
        var html = await anyone.GetStringAsync("/PublicMap");
        var shown = Rows(html, "county-table");
        var expected = await app.QueryAsync(async db =>
        {
            var open = await db.Requests.Where(r => r.State == RequestState.Open)
                .Join(db.Organisations, r => r.CountyId, o => o.Id, (r, o) => new { o.Name, r.Need, r.Urgency }).ToListAsync();
            return open.GroupBy(r => r.Name).ToDictionary(g => g.Key, g => Told([.. g.GroupBy(r => (r.Need, r.Urgency)).Select(c => c.Count())]));
        });

        Assert.Equal(expected.OrderBy(e => e.Key, StringComparer.Ordinal), shown.Select(r => KeyValuePair.Create(r[0], r[1])).OrderBy(e => e.Key, StringComparer.Ordinal));
        Assert.Contains(["Sevier County", "5 to 6"], shown);
        var needs = Rows(html, "need-table");
        Assert.Contains(["Sevier County", "Clothing", Urgency.Critical.Name(), "fewer than 3"], needs);
        Assert.Contains(["Sevier County", "Clothing", Urgency.Normal.Name(), "4"], needs);
        Assert.DoesNotContain(needs.Concat(shown), r => r[^1] is "1" or "2");
        Assert.Matches("class=\"map-county map-bucket-2\" data-fips=\"47155\"", html);
        Assert.DoesNotContain("37862", html, StringComparison.Ordinal);
        Assert.DoesNotContain(Descriptions.Ready[..30], html, StringComparison.Ordinal);

        var byZip = await anyone.GetStringAsync("/PublicMap?zip=37862");
        var byCounty = await anyone.GetStringAsync("/PublicMap?county=47155");
        Assert.Equal([["Sevier County", "5 to 6"]], Rows(byZip, "county-table"));
        Assert.Equal(Rows(byZip, "need-table"), Rows(byCounty, "need-table"));
        Assert.Contains("Showing Sevier County (it holds the ZIP 37862).", byZip, StringComparison.Ordinal);
        Assert.Contains("map-chosen\" data-fips=\"47155\"", byCounty, StringComparison.Ordinal);
        var wrongZip = await anyone.GetAsync(new Uri("/PublicMap?zip=90210", UriKind.Relative));
        Assert.Equal(HttpStatusCode.BadRequest, wrongZip.StatusCode);
        Assert.Contains("No county of Tennessee holds the ZIP 90210", await wrongZip.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task No_count_under_3_can_be_worked_out_by_subtracting_the_shown_rows_from_a_countys_total()
    {
        // Blount: 3 normal and 1 critical (4 - 3 gives the 1 back); Loudon: 1 normal and 1 critical (two rows of a total under 3
        // are 1 each); Monroe: 3 normal and 1 each of two other urgencies (5 - 3 gives 1 and 1 back).
        foreach (var (county, urgencies) in new[]
        {
            ("Blount County", new[] { Urgency.Normal, Urgency.Normal, Urgency.Normal, Urgency.Critical }),
            ("Loudon County", [Urgency.Normal, Urgency.Critical]),
            ("Monroe County", [Urgency.Normal, Urgency.Normal, Urgency.Normal, Urgency.Critical, Urgency.High]),
        })
        {
            var agency = await TestAgency.CreateAsync(app, ApprovalOption.None);
            await app.QueryAsync(db => db.Organisations.Where(o => o.Id == agency.CountyId).ExecuteUpdateAsync(s => s.SetProperty(o => o.Name, county)));
            var caseworker = new RequestsClient(await app.ClientForAsync(agency.Caseworker));
            foreach (var urgency in urgencies)
            {
                var draft = await caseworker.CreateAsync(RequestsClient.Draft(agency.CountyId) with { Urgency = urgency });
                Assert.Equal(RequestState.Open, (await caseworker.SubmitAsync(draft.Id)).State);
            }
        }

        var html = await app.CreateClient().GetStringAsync("/PublicMap");
        var totals = Rows(html, "county-table").ToDictionary(r => r[0], r => r[1]);
        Assert.Contains("Monroe County", totals.Keys);
        foreach (var county in Rows(html, "need-table").GroupBy(r => r[0]))
        {
            // Every way the hidden rows (each 1 or 2) can add up with the exact ones to what the total says.
            var exact = county.Where(r => r[^1] != "fewer than 3").Sum(r => int.Parse(r[^1], CultureInfo.InvariantCulture));
            var hidden = county.Count(r => r[^1] == "fewer than 3");
            var (low, high) = Range(totals[county.Key]);
            var ways = Enumerable.Range(0, 1 << hidden).Select(bits => Enumerable.Range(0, hidden).Select(i => 1 + ((bits >> i) & 1)).ToArray())
                .Where(w => exact + w.Sum() >= low && exact + w.Sum() <= high).ToList();
            for (var i = 0; i < hidden; i++)
            {
                Assert.True(ways.Select(w => w[i]).Distinct().Count() == 2, $"{county.Key}'s total '{totals[county.Key]}' gives a hidden count back");
            }
        }

        Assert.Contains("<title>Blount County: 4 to 5 open</title>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_map_draws_every_county_of_the_state_and_credits_the_census()
    {
        var html = await app.CreateClient().GetStringAsync("/PublicMap");

        Assert.Equal(95, MapCounty().Count(html));
        Assert.Contains("US Census Bureau (public domain)", html, StringComparison.Ordinal);
        Assert.Contains("<title>Knox County:", html, StringComparison.Ordinal);
    }

    /// <summary>What the page should say for a county whose cells (need and urgency) hold these counts.</summary>
    private static string Told(int[] cells)
    {
        var (exact, hidden) = (cells.Where(c => c >= 3).Sum(), cells.Count(c => c < 3));
        return hidden == 0 ? $"{exact}" : exact + (2 * hidden) < 3 ? "fewer than 3" : $"{exact + hidden} to {exact + (2 * hidden)}";
    }

    private static (int Low, int High) Range(string total) => total switch
    {
        "fewer than 3" => (1, 2),
        _ when total.Contains(" to ", StringComparison.Ordinal) => (int.Parse(total.Split(" to ")[0], CultureInfo.InvariantCulture), int.Parse(total.Split(" to ")[1], CultureInfo.InvariantCulture)),
        _ => (int.Parse(total, CultureInfo.InvariantCulture), int.Parse(total, CultureInfo.InvariantCulture)),
    };

    private static List<string[]> Rows(string html, string table)
    {
        var body = Regex.Match(html, $"id=\"{table}\".*?<tbody>(.*?)</tbody>", RegexOptions.Singleline, TimeSpan.FromSeconds(1)).Groups[1].Value;
        return [.. RowPattern().Matches(body).Select(m => CellPattern().Matches(m.Value).Select(c => WebUtility.HtmlDecode(c.Groups[1].Value)).ToArray())];
    }

    [GeneratedRegex("<tr>.*?</tr>", RegexOptions.Singleline, matchTimeoutMilliseconds: 1000)]
    private static partial Regex RowPattern();

    [GeneratedRegex("<t[hd][^>]*>(.*?)</t[hd]>", RegexOptions.Singleline, matchTimeoutMilliseconds: 1000)]
    private static partial Regex CellPattern();

    [GeneratedRegex("<path d=\"M[^\"]+\" class=\"map-county ", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex MapCounty();
}

public sealed class PublicMapTests_Sqlite(SqliteApp app) : PublicMapTests<SqliteApp>(app), IClassFixture<SqliteApp>;

[Trait("Tier", "Postgres")]
public sealed class PublicMapTests_Postgres(PostgresApp app) : PublicMapTests<PostgresApp>(app), IClassFixture<PostgresApp>;
