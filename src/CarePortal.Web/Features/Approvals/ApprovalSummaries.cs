using CarePortal.Review;
using CarePortal.Web.Data;
using CarePortal.Web.Features.Organisations;
using CarePortal.Web.Features.Requests;
using Microsoft.EntityFrameworkCore;

namespace CarePortal.Web.Features.Approvals;

/// <summary>
/// What an approver weighs at a glance, for the queue page and the home: who wrote the request and when, the business
/// days left before it expires (on the agency's calendar), its items and total, what the reviewer finds, the bill.
/// </summary>
public sealed class ApprovalSummaries(AppDbContext db, DescriptionReview review, TimeProvider clock)
{
    /// <param name="requests">Waiting requests with their items and attachments loaded.</param>
    public async Task<Dictionary<int, ApprovalSummary>> OfAsync(IReadOnlyList<CareRequest> requests, TimeZoneInfo viewerZone, CancellationToken ct)
    {
        var writers = requests.Select(r => r.CaseworkerId).Distinct().ToList();
        var agencies = requests.Select(r => r.AgencyId).Distinct().ToList();
        var names = await db.Users.AsNoTracking().Where(u => writers.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName, ct);
        var zones = await db.Organisations.AsNoTracking().Where(o => agencies.Contains(o.Id)).Select(o => new { o.Id, o.TimeZone }).ToDictionaryAsync(o => o.Id, o => AgencyTimeZone.Of(o.TimeZone), ct);
        var now = clock.GetUtcNow();
        var results = await review.ReviewAllAsync(requests, ct);
        return requests.ToDictionary(r => r.Id, r =>
        {
            var zone = zones.GetValueOrDefault(r.AgencyId) ?? TimeZoneInfo.Utc;
            var submitted = r.SubmittedAt ?? r.CreatedAt;
            var deadline = BusinessDays.Add(submitted, ApprovalDeadlines.ExpireAfterBusinessDays, zone);
            var findings = results[r.Id].Findings;
            return new ApprovalSummary(
                r.Id, RequestNames.NeedName(r.Need), names.GetValueOrDefault(r.CaseworkerId) ?? "A caseworker", LocalTime.Describe(submitted, viewerZone),
                DaysLeft(now, deadline, zone), LocalTime.Describe(deadline, viewerZone),
                r.Items.Sum(i => i.Quantity), r.Items.Sum(i => i.Quantity * i.UnitValue),
                findings.Count(f => f.Severity == Severity.Blocker), findings.Count(f => f.Severity == Severity.Warning),
                Needs.NeedingBill.Contains(r.Need), r.Attachments.Any(a => a.Kind is AttachmentKind.Bill or AttachmentKind.Lease),
                r.ExceptionReason is not null);
        });
    }

    /// <summary>Whole business days from now until the deadline, on the agency's calendar.</summary>
    private static int DaysLeft(DateTimeOffset now, DateTimeOffset deadline, TimeZoneInfo zone)
    {
        var days = 0;
        while (days < ApprovalDeadlines.ExpireAfterBusinessDays && BusinessDays.Add(now, days + 1, zone) <= deadline)
        {
            days++;
        }

        return days;
    }
}

public sealed record ApprovalSummary(
    int Id, string Need, string Writer, string Submitted, int BusinessDaysLeft, string Expires, int Items, decimal Total,
    int Blockers, int Warnings, bool NeedsBill, bool HasBill, bool IsException)
{
    public string TotalText => "$" + Total.ToString("#,0.00", System.Globalization.CultureInfo.InvariantCulture);

    public string TimeLeft => BusinessDaysLeft == 0 ? "Expires today" : $"{BusinessDaysLeft} business day{(BusinessDaysLeft == 1 ? "" : "s")} left";

    public string Verdict => Blockers > 0 ? $"{Blockers} blocking finding{(Blockers == 1 ? "" : "s")}" : Warnings > 0 ? $"{Warnings} warning{(Warnings == 1 ? "" : "s")} to weigh" : "Reads well";

    public string Bill => HasBill ? "Bill attached" : NeedsBill ? "Bill missing" : "No bill needed";
}
