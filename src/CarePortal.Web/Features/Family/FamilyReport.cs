using System.Globalization;
using System.Security.Claims;
using CarePortal.Web.Data;
using CarePortal.Web.Features.Organisations;
using CarePortal.Web.Features.Reports;
using CarePortal.Web.Features.Requests;
using Microsoft.EntityFrameworkCore;

namespace CarePortal.Web.Features.Family;

/// <summary>
/// The family's say in the reports (<see cref="IReportTables"/>), for the agency's and the platform's people only: families
/// asked and who answered (by the day the link was sent, in its agency's zone; for a church, the requests it responded to), what they said of the help, and their ratings beside the caseworker's.
/// </summary>
public sealed class FamilyReport(AppDbContext db) : IReportTables
{
    public async Task<IReadOnlyList<ReportTable>> TablesAsync(ClaimsPrincipal user, ReportScope scope, ReportFilter filter, ImpactReport report, CancellationToken ct)
    {
        if (!scope.Platform && scope.Organisations.Count == 0)
        {
            return [];
        }

        var requests = Filtered(scope.Platform ? db.Requests : RequestAccess.AgencyReadable(db, user), filter);
        // The filter's days are each agency's days: a day either side in UTC, then each link's day read in its agency's zone.
        var wide = (From: new DateTimeOffset(filter.From.AddDays(-1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero),
            To: new DateTimeOffset(filter.To.AddDays(2).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero));
        var sent = await db.Set<FamilyAsk>().Where(a => a.SentAt >= wide.From && a.SentAt < wide.To)
            .Join(requests, a => a.CareRequestId, r => r.Id, (a, r) => new { a.Id, a.CareRequestId, a.SentAt, r.AgencyId }).ToListAsync(ct);
        var agencies = sent.Select(a => a.AgencyId).Distinct().ToList();
        var zones = await db.Organisations.Where(o => agencies.Contains(o.Id)).ToDictionaryAsync(o => o.Id, o => AgencyTimeZone.Of(o.TimeZone), ct);
        var asked = sent.Where(a => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(a.SentAt, zones[a.AgencyId]).DateTime) is var day
            && day >= filter.From && day <= filter.To).ToList();
        var families = asked.Select(a => a.CareRequestId).Distinct().Count();
        var askIds = asked.Select(a => a.Id).ToList();
        var answers = await db.Set<FamilyAnswer>().Where(f => askIds.Contains(f.FamilyAskId))
            .Select(f => new { f.CareRequestId, f.Arrived, f.Rating, f.MeetAgain, f.ThankChurch }).ToListAsync(ct);
        var answered = answers.Select(a => a.CareRequestId).Distinct().Count();
        string Count(long n) => ReportTables.Count(n);
        IReadOnlyList<string> Row(string what, long n) => [what, Count(n)];
        var said = new ReportTable("family", "The family's say", ["", "Families"],
        [
            Row("Asked how the help was", families),
            Row("Answered", answered),
            ["Share who answered", ReportTables.Share(families == 0 ? null : (double)answered / families)],
            Row("Said all the help arrived", answers.Count(a => a.Arrived == "yes")),
            Row("Said some of it arrived", answers.Count(a => a.Arrived == "partly")),
            Row("Said it did not arrive", answers.Count(a => a.Arrived == "no")),
            Row("Would like to meet the people again", answers.Count(a => a.MeetAgain)),
            Row("Chose to say thank you to the church", answers.Count(a => a.ThankChurch)),
        ]);
        var ratings = new ReportTable("family-ratings", "Ratings: the caseworker's and the family's", ["Rating", "Caseworker", "Family"],
            [.. Enumerable.Range(1, 5).Reverse().Select(r => (IReadOnlyList<string>)[r.ToString(CultureInfo.InvariantCulture),
                Count(report.Ratings.FirstOrDefault(t => t.Key == r.ToString(CultureInfo.InvariantCulture))?.Requests ?? 0),
                Count(answers.Count(a => a.Rating == r))])]);
        return families == 0 ? [] : [said, ratings];
    }

    private IQueryable<CareRequest> Filtered(IQueryable<CareRequest> requests, ReportFilter filter)
    {
        if (filter.Church is { } church)
        {
            // As every report reads a church filter: the requests that church responded to.
            requests = requests.Where(r => db.ChurchResponses.Any(c => c.CareRequestId == r.Id && c.ChurchId == church));
        }

        if (filter.Agency is { } agency)
        {
            requests = requests.Where(r => r.AgencyId == agency);
        }

        if (filter.Region is { } region)
        {
            requests = requests.Where(r => r.RegionId == region);
        }

        if (filter.County is { } county)
        {
            requests = requests.Where(r => r.CountyId == county);
        }

        if (filter.Office is { } office)
        {
            requests = requests.Where(r => r.OfficeId == office);
        }

        return filter.Need is { } need ? requests.Where(r => r.Need == need) : requests;
    }
}
