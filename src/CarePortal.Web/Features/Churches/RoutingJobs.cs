using CarePortal.Web.Data;
using CarePortal.Web.Features.Notifications;
using CarePortal.Web.Features.Notifications.Emails;
using CarePortal.Web.Features.Requests;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CarePortal.Web.Features.Churches;

/// <summary>
/// Applies <see cref="RoutingOptions.Due"/> to every open request: escalates once, closes as not met, reminds to close, and
/// tells the caseworker each time, in the same transaction as the change.
/// </summary>
public sealed class RoutingJobs(AppDbContext db, ChurchRouter router, Outbox outbox, ClosingNotices closing, IOptions<RoutingOptions> options, TimeProvider clock)
{
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var ids = await db.RequestRoutings.Where(r => !r.Done).Select(r => r.CareRequestId).ToListAsync(cancellationToken);
        var changed = 0;
        foreach (var id in ids)
        {
            db.ChangeTracker.Clear();
            try
            {
                changed += await StepAsync(id, cancellationToken) ? 1 : 0;
            }
            catch (DbUpdateException)
            {
                // Another node moved it first (the request's version, or a recipient row already there).
            }
        }

        return changed;
    }

    private async Task<bool> StepAsync(int id, CancellationToken cancellationToken)
    {
        var routing = await db.RequestRoutings.SingleAsync(r => r.CareRequestId == id, cancellationToken);
        var request = await db.Requests.Include(r => r.Items).Include(r => r.Children).AsSplitQuery().SingleAsync(r => r.Id == id, cancellationToken);
        if (request.State is not (RequestState.Open or RequestState.Paused))
        {
            routing.Done = true;
            await db.SaveChangesAsync(cancellationToken);
            return false;
        }

        var now = clock.GetUtcNow();
        var due = options.Value.Due(routing.OpenedAt, request.Urgency, routing.FirstResponseAt, routing.Escalated, routing.RemindersSent, now);
        switch (due.Step)
        {
            case RoutingStep.Escalate when request.State == RequestState.Open:
                routing.Escalated = true;
                var more = await router.EscalateAsync(request, cancellationToken);
                await outbox.ToPersonAsync(request.CaseworkerId, new RequestEscalatedEmail(id, request.Need, more), id, cancellationToken);
                break;
            case RoutingStep.CloseNotMet:
                var days = (int)options.Value.CloseNotMetAfter(request.Urgency).TotalDays;
                RequestStateMachine.Apply(request, RequestAction.CloseNotMet, RequestState.ClosedNotMet, null, now, $"No church responded within {days} days.");
                request.NotMetReason = $"No church responded within {days} days.";
                request.ClosedAt = now;
                routing.Done = true;
                await outbox.ToPersonAsync(request.CaseworkerId, new RequestClosedNotMetEmail(id, request.Need, days), id, cancellationToken);
                await closing.ClosingAsync(request, cancellationToken);
                break;
            case RoutingStep.RemindToClose when request.State is RequestState.Open or RequestState.Paused:
                routing.RemindersSent = due.Reminder;
                routing.Done = due.Reminder >= options.Value.RemindToCloseAfter.Count;
                await outbox.ToPersonAsync(request.CaseworkerId, new RemindToCloseEmail(id, request.Need, due.Reminder), id, cancellationToken);
                break;
            default:
                return false;
        }

        // Two nodes at once: the routing row's version lets only the first save.
        routing.Version++;
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }
}

/// <summary>Runs <see cref="RoutingJobs"/> (and the connections' follow-ups) every few minutes on the injected clock.</summary>
public sealed class RoutingService(IServiceScopeFactory scopes, TimeProvider clock, ILogger<RoutingService> logger)
    : Jobs.PeriodicJob(scopes, clock, logger)
{
    public static readonly TimeSpan Interval = TimeSpan.FromMinutes(5);

    protected override string Name => "Church routing";

    protected override async Task<TimeSpan> RunAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        // Openings a node queued but did not route (it stopped, or its batch failed), in a scope of their own.
        await RunAloneAsync(sweep => sweep.GetRequiredService<PendingOpenings>().RouteAllAsync(cancellationToken));
        await services.GetRequiredService<RoutingJobs>().RunAsync(cancellationToken);
        await services.GetRequiredService<ConnectionFollowUps>().RunAsync(cancellationToken);
        return Interval;
    }

    protected override TimeSpan WaitAfterFailure(DateTimeOffset now) => Interval;
}
