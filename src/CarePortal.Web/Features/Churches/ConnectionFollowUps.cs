using CarePortal.Web.Data;
using CarePortal.Web.Features.Notifications;
using CarePortal.Web.Features.Notifications.Emails;
using Microsoft.EntityFrameworkCore;

namespace CarePortal.Web.Features.Churches;

/// <summary>At 30, 90 and 180 days after a connection began, asks the caseworker whether the child is still safely home.</summary>
public sealed class ConnectionFollowUps(AppDbContext db, Outbox outbox, TimeProvider clock)
{
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var open = await db.Connections.AsNoTracking()
            .Where(c => c.EndedOn == null && c.FollowUpsSent < Connection.FollowUpDays.Count)
            .Join(db.Requests, c => c.CareRequestId, r => r.Id, (c, r) => new { c.Id, c.CareRequestId, c.ChurchId, c.Kind, c.StartedOn, c.FollowUpsSent, r.CaseworkerId })
            .Join(db.Organisations, x => x.ChurchId, o => o.Id, (x, o) => new { x.Id, x.CareRequestId, x.Kind, x.StartedOn, x.FollowUpsSent, x.CaseworkerId, Church = o.Name })
            .ToListAsync(cancellationToken);
        var asked = 0;
        foreach (var connection in open)
        {
            var due = Connection.FollowUpDays.Count(d => today >= connection.StartedOn.AddDays(d));
            if (due <= connection.FollowUpsSent)
            {
                continue;
            }

            // The strategy tries the whole transaction again when PostgreSQL drops the connection midway.
            if (await db.Database.CreateExecutionStrategy().ExecuteAsync(() => AskAsync(connection.Id, connection.FollowUpsSent, due,
                    connection.CaseworkerId, new FollowUpEmail(connection.CareRequestId, Connection.FollowUpDays[due - 1], connection.Church, connection.Kind),
                    connection.CareRequestId, cancellationToken)))
            {
                asked++;
            }
        }

        return asked;
    }

    private async Task<bool> AskAsync(int connectionId, int sent, int due, string caseworkerId, FollowUpEmail email, int requestId, CancellationToken cancellationToken)
    {
        db.ChangeTracker.Clear();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        // Only the node that moves the count asks; the question goes in the same transaction.
        var moved = await db.Connections.Where(c => c.Id == connectionId && c.FollowUpsSent == sent)
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.FollowUpsSent, due), cancellationToken);
        if (moved == 0)
        {
            return false;
        }

        await outbox.ToPersonAsync(caseworkerId, email, requestId, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return true;
    }
}
