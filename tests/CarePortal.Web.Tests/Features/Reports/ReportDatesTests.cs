using System.Net;
using Xunit;

namespace CarePortal.Web.Tests.Features.Reports;

/// <summary>
/// A report's dates are refused with a sentence (400) when they name a year the reports cannot reach (the month axis and the
/// time zones go a year either side): never a 500, on the reports, their CSV files and the public totals, page or API.
/// </summary>
public abstract class ReportDatesTests<TApp>(TApp app) where TApp : CarePortalApp
{
    [Fact]
    public async Task Dates_far_in_the_future_or_the_past_are_refused_with_a_sentence_never_a_500()
    {
        var admin = await app.ClientForAsync(DemoPeople.AgencyAdmin);
        var anonymous = app.CreateClient();
        var wrong = new List<string>();
        foreach (var range in new[] { "from=9995-01-01&to=9995-12-31", "to=9999-12-31", "from=9999-12-01&to=9999-12-31", "from=0001-01-01&to=0001-01-31", "to=0001-01-31" })
        {
            foreach (var (who, path) in new[]
            {
                (admin, $"/api/reports?{range}"), (admin, $"/api/reports/csv/totals?{range}"), (anonymous, $"/api/reports/public?{range}"),
                (anonymous, $"/Reports/Public?{range}"), (admin, $"/Reports?{range}"),
            })
            {
                var answer = await who.GetAsync(new Uri(path, UriKind.Relative));
                var body = await answer.Content.ReadAsStringAsync();
                if (answer.StatusCode != HttpStatusCode.BadRequest || !body.Contains("between the years", StringComparison.Ordinal))
                {
                    wrong.Add($"{path}: {(int)answer.StatusCode}");
                }
            }
        }

        Assert.True(wrong.Count == 0, string.Join(Environment.NewLine, wrong));
    }
}

public sealed class ReportDatesTests_Sqlite(SqliteApp app) : ReportDatesTests<SqliteApp>(app), IClassFixture<SqliteApp>;

[Trait("Tier", "Postgres")]
public sealed class ReportDatesTests_Postgres(PostgresApp app) : ReportDatesTests<PostgresApp>(app), IClassFixture<PostgresApp>;
