using CarePortal.Web.Data;
using CarePortal.Web.Features.Notifications.Emails;
using CarePortal.Web.Features.Requests;
using Microsoft.EntityFrameworkCore;

namespace CarePortal.Web.Features.Notifications;

/// <summary>
/// Church leaders drown in email: a person who chose the digest gets the day's new requests in one email. Held rows
/// (status <c>digest</c>) become in-app notices, and one digest email per person goes through the outbox, in one transaction.
/// </summary>
public sealed class DailyDigest(AppDbContext db, Outbox outbox)
{
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var people = await db.Notifications.Where(n => n.Status == NotificationStatus.Digest && n.RecipientId != null)
            .Select(n => n.RecipientId!).Distinct().ToListAsync(cancellationToken);
        foreach (var person in people)
        {
            // The strategy tries the whole transaction again when PostgreSQL drops the connection midway.
            await db.Database.CreateExecutionStrategy().ExecuteAsync(() => SendOneAsync(person, cancellationToken));
        }

        return people.Count;
    }

    private async Task SendOneAsync(string person, CancellationToken cancellationToken)
    {
        db.ChangeTracker.Clear();
        var held = await db.Notifications.AsNoTracking().Where(n => n.Status == NotificationStatus.Digest && n.RecipientId == person)
            .OrderBy(n => n.Id).Select(n => new { n.Id, n.Subject, n.CareRequestId }).ToListAsync(cancellationToken);
        var ids = held.Select(n => n.Id).ToList();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        // Only the node whose update moves every held row sends the digest; another node finds them moved.
        var moved = await db.Notifications.Where(n => ids.Contains(n.Id) && n.Status == NotificationStatus.Digest)
            .ExecuteUpdateAsync(s => s.SetProperty(n => n.Status, NotificationStatus.InApp), cancellationToken);
        if (moved != ids.Count || moved == 0)
        {
            return;
        }

        var lines = string.Join("\n", held.Select(n => $"- {n.Subject} (request #{n.CareRequestId})"));
        await outbox.ToPersonAsync(person, new DailyDigestEmail(held.Count, lines), null, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }
}

/// <summary>Sends the digests once a day at <see cref="SendAtUtcHour"/> UTC; several nodes may run it: a row moves once.</summary>
public sealed partial class DailyDigestService(IServiceScopeFactory scopes, TimeProvider clock, ILogger<DailyDigestService> logger) : BackgroundService
{
    public const int SendAtUtcHour = 12;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            var now = clock.GetUtcNow();
            var next = new DateTimeOffset(now.UtcDateTime.Date.AddHours(SendAtUtcHour), TimeSpan.Zero);
            if (next <= now)
            {
                next = next.AddDays(1);
            }

            await Task.Delay(next - now, clock, stoppingToken);
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                await scope.ServiceProvider.GetRequiredService<DailyDigest>().RunAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                CouldNotRun(logger, e);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The daily digest could not run; trying again tomorrow.")]
    private static partial void CouldNotRun(ILogger logger, Exception exception);
}
