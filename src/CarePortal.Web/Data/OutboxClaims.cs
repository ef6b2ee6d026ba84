using CarePortal.Web.Features.Notifications;
using CarePortal.Web.Features.Texts;
using Microsoft.EntityFrameworkCore;

namespace CarePortal.Web.Data;

/// <summary>Claims a batch of due outbox rows for one sender, in one atomic statement, so that every node may send.</summary>
public static class OutboxClaims
{
    /// <summary>
    /// Marks up to <paramref name="batch"/> due rows (pending and due, or claimed by a sender whose claim ran out) as sending
    /// with <paramref name="token"/> until <paramref name="until"/>, counting an attempt; answers how many it claimed.
    /// </summary>
    public static async Task<int> ClaimAsync(AppDbContext db, string token, DateTimeOffset now, DateTimeOffset until, int batch, CancellationToken cancellationToken)
    {
        if (db.Database.IsNpgsql())
        {
            return await ClaimOnPostgresAsync(db, "Notifications", token, now, until, batch, cancellationToken);
        }

        // SQLite runs one writing statement at a time, so one UPDATE both chooses and claims.
        var due = db.Notifications
            .Where(n => (n.Status == NotificationStatus.Pending && (n.NextAttemptAt == null || n.NextAttemptAt <= now))
                || (n.Status == NotificationStatus.Sending && n.ClaimedUntil < now))
            .OrderBy(n => n.Id).Take(batch).Select(n => n.Id);
        return await db.Notifications.Where(n => due.Contains(n.Id)).ExecuteUpdateAsync(s => s
            .SetProperty(n => n.Status, NotificationStatus.Sending)
            .SetProperty(n => n.ClaimToken, token)
            .SetProperty(n => n.ClaimedUntil, until)
            .SetProperty(n => n.Attempts, n => n.Attempts + 1), cancellationToken);
    }

    /// <summary>The same claim on the text-message outbox (<see cref="TextMessage"/>).</summary>
    public static async Task<int> ClaimTextsAsync(AppDbContext db, string token, DateTimeOffset now, DateTimeOffset until, int batch, CancellationToken cancellationToken)
    {
        if (db.Database.IsNpgsql())
        {
            return await ClaimOnPostgresAsync(db, "TextMessages", token, now, until, batch, cancellationToken);
        }

        var due = db.TextMessages
            .Where(t => (t.Status == TextStatus.Pending && (t.NextAttemptAt == null || t.NextAttemptAt <= now))
                || (t.Status == TextStatus.Sending && t.ClaimedUntil < now))
            .OrderBy(t => t.Id).Take(batch).Select(t => t.Id);
        return await db.TextMessages.Where(t => due.Contains(t.Id)).ExecuteUpdateAsync(s => s
            .SetProperty(t => t.Status, TextStatus.Sending)
            .SetProperty(t => t.ClaimToken, token)
            .SetProperty(t => t.ClaimedUntil, until)
            .SetProperty(t => t.Attempts, t => t.Attempts + 1), cancellationToken);
    }

    /// <summary>Both outboxes share their columns and statuses; rows another node has locked are skipped, not waited for.</summary>
    private static Task<int> ClaimOnPostgresAsync(AppDbContext db, string table, string token, DateTimeOffset now, DateTimeOffset until, int batch, CancellationToken cancellationToken) =>
        db.Database.ExecuteSqlRawAsync(PostgresClaim.Replace("{table}", table, StringComparison.Ordinal),
            [new Npgsql.NpgsqlParameter("token", token), new Npgsql.NpgsqlParameter("until", until),
                new Npgsql.NpgsqlParameter("now", now), new Npgsql.NpgsqlParameter("batch", batch)], cancellationToken);

    private const string PostgresClaim = """
        UPDATE "{table}" SET "Status" = 'sending', "ClaimToken" = @token, "ClaimedUntil" = @until, "Attempts" = "Attempts" + 1
        WHERE "Id" IN (
            SELECT "Id" FROM "{table}"
            WHERE ("Status" = 'pending' AND ("NextAttemptAt" IS NULL OR "NextAttemptAt" <= @now))
               OR ("Status" = 'sending' AND "ClaimedUntil" < @now)
            ORDER BY "Id" LIMIT @batch
            FOR UPDATE SKIP LOCKED)
        """;
}
