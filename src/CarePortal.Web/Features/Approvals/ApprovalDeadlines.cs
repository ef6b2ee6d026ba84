using CarePortal.Web.Data;
using CarePortal.Web.Features.Notifications;
using CarePortal.Web.Features.Notifications.Emails;
using CarePortal.Web.Features.Organisations;
using CarePortal.Web.Features.Requests;
using Microsoft.EntityFrameworkCore;

namespace CarePortal.Web.Features.Approvals;

/// <summary>A request not approved within 4 business days (in its agency's time zone) expires as not approved, after one reminder at 3.</summary>
public sealed class ApprovalDeadlines(AppDbContext db, ApprovalNotices notices, Outbox outbox, TimeProvider clock)
{
    public const int ReminderAfterBusinessDays = 3;
    public const int ExpireAfterBusinessDays = 4;

    /// <summary>Sends due reminders and expires overdue requests; returns how many requests it changed.</summary>
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var waiting = await db.Requests.Where(r => r.State == RequestState.AwaitingApproval && r.SubmittedAt != null)
            .Select(r => r.Id).ToListAsync(cancellationToken);
        var changed = 0;
        foreach (var id in waiting)
        {
            if (await TryMoveAsync(id, now, cancellationToken))
            {
                changed++;
            }
        }

        return changed;
    }

    /// <summary>Saves each request alone: when another node moved it first, its change wins and this one is dropped.</summary>
    private async Task<bool> TryMoveAsync(int id, DateTimeOffset now, CancellationToken cancellationToken)
    {
        db.ChangeTracker.Clear();
        var request = await db.Requests.SingleAsync(r => r.Id == id, cancellationToken);
        if (request.State != RequestState.AwaitingApproval)
        {
            return false;
        }

        var submitted = request.SubmittedAt!.Value;
        var zone = AgencyTimeZone.Of(await db.Organisations.Where(o => o.Id == request.AgencyId).Select(o => o.TimeZone).SingleOrDefaultAsync(cancellationToken));
        if (now >= BusinessDays.Add(submitted, ExpireAfterBusinessDays, zone))
        {
            RequestStateMachine.Apply(request, RequestAction.Expire, RequestState.ExpiredNotApproved, null, now, "Not approved within 4 business days.");
            request.ClosedAt = now;
            await outbox.ToPersonAsync(request.CaseworkerId, new RequestExpiredEmail(request.Id, request.Need, ExpireAfterBusinessDays), request.Id, cancellationToken);
        }
        else if (request.ReminderSentAt is null && now >= BusinessDays.Add(submitted, ReminderAfterBusinessDays, zone))
        {
            request.ReminderSentAt = now;
            await notices.RemindAsync(request, cancellationToken);
        }
        else
        {
            return false;
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return false;
        }
    }

    /// <summary>Adds whole business days in UTC (see <see cref="BusinessDays"/> for an agency's own calendar).</summary>
    public static DateTimeOffset AddBusinessDays(DateTimeOffset start, int days) => BusinessDays.Add(start, days, TimeZoneInfo.Utc);
}

/// <summary>Runs <see cref="ApprovalDeadlines"/> every few minutes on the injected clock.</summary>
public sealed class ApprovalDeadlineService(IServiceScopeFactory scopes, TimeProvider clock, ILogger<ApprovalDeadlineService> logger)
    : Jobs.PeriodicJob(scopes, clock, logger)
{
    public static readonly TimeSpan Interval = TimeSpan.FromMinutes(5);

    protected override string Name => "Approval deadlines";

    protected override async Task<TimeSpan> RunAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        await services.GetRequiredService<ApprovalDeadlines>().RunAsync(cancellationToken);
        return Interval;
    }

    protected override TimeSpan WaitAfterFailure(DateTimeOffset now) => Interval;
}
