using CarePortal.Web.Data;
using CarePortal.Web.Features.Notifications.Emails;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

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
            await db.InTransactionAsync((transaction, ct) => SendOneAsync(person, transaction, ct), cancellationToken);
        }

        return people.Count;
    }

    /// <summary>Moves one person's held rows and writes their digest; a node that finds some moved already leaves it (rolls back).</summary>
    private async Task<bool> SendOneAsync(string person, IDbContextTransaction transaction, CancellationToken cancellationToken)
    {
        db.ChangeTracker.Clear();
        var held = await db.Notifications.AsNoTracking().Where(n => n.Status == NotificationStatus.Digest && n.RecipientId == person)
            .OrderBy(n => n.Id).Select(n => new { n.Id, n.Subject, n.CareRequestId }).ToListAsync(cancellationToken);
        var ids = held.Select(n => n.Id).ToList();
        // Only the node whose update moves every held row sends the digest; another node finds them moved.
        var moved = await db.Notifications.Where(n => ids.Contains(n.Id) && n.Status == NotificationStatus.Digest)
            .ExecuteUpdateAsync(s => s.SetProperty(n => n.Status, NotificationStatus.InApp), cancellationToken);
        if (moved != ids.Count || moved == 0)
        {
            return false;
        }

        var lines = string.Join("\n", held.Select(n => $"- {n.Subject} (request #{n.CareRequestId})"));
        await outbox.ToPersonAsync(person, new DailyDigestEmail(held.Count, lines), null, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return true;
    }
}

/// <summary>Sends the digests once a day at <see cref="SendAtUtcHour"/> UTC; several nodes may run it: a row moves once.</summary>
public sealed class DailyDigestService(IServiceScopeFactory scopes, TimeProvider clock, ILogger<DailyDigestService> logger)
    : Jobs.PeriodicJob(scopes, clock, logger)
{
    public const int SendAtUtcHour = 12;

    protected override string Name => "The daily digest";

    protected override TimeSpan FirstWait(DateTimeOffset now) => UntilNext(now);

    protected override async Task<TimeSpan> RunAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        await services.GetRequiredService<DailyDigest>().RunAsync(cancellationToken);
        return UntilNext(Clock.GetUtcNow());
    }

    protected override TimeSpan WaitAfterFailure(DateTimeOffset now) => UntilNext(now);

    /// <summary>Until the next <see cref="SendAtUtcHour"/>:00 UTC after <paramref name="now"/> (tomorrow's when that hour has come).</summary>
    private static TimeSpan UntilNext(DateTimeOffset now)
    {
        var next = new DateTimeOffset(now.UtcDateTime.Date.AddHours(SendAtUtcHour), TimeSpan.Zero);
        return (next <= now ? next.AddDays(1) : next) - now;
    }
}
