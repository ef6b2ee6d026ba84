using CarePortal.Web.Data;
using CarePortal.Web.Features.Observability;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using MimeKit;

namespace CarePortal.Web.Features.Notifications;

/// <summary>
/// Sends the outbox once across every node: a batch of due rows is claimed in one atomic statement with a token of its own
/// (PostgreSQL skips rows another node has locked; SQLite has one writer at a time), sent, and each row marked sent or put back
/// with a later next attempt (doubling each time). A sender that dies leaves its rows claimed until the claim runs out.
/// </summary>
public sealed partial class OutboxSender(AppDbContext db, MailTransportFactory transports, IOptions<MailOptions> options, TimeProvider clock, ILogger<OutboxSender> logger,
    CarePortalMetrics? metrics = null)
{
    /// <summary>Sends one batch of due emails; returns how many were sent.</summary>
    public async Task<int> SendDueAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var token = Guid.NewGuid().ToString("N");
        var claimed = await ClaimAsync(token, settings, cancellationToken);
        if (claimed == 0)
        {
            return 0;
        }

        var rows = await db.Notifications.AsNoTracking().Where(n => n.ClaimToken == token).OrderBy(n => n.Id).ToListAsync(cancellationToken);
        var sent = 0;
        await using var transport = transports.Open();
        foreach (var row in rows)
        {
            try
            {
                await transport.SendAsync(Message(row, settings), cancellationToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                await FailAsync(row, token, e, settings);
                continue;
            }

            // Not cancellable: once the server has the email, the row must say so. The body goes (its set-password and
            // approval links stay in the recipient's mailbox only); status, Message-Id (the row's id) and attempts stay.
            await db.Notifications.Where(n => n.Id == row.Id && n.ClaimToken == token).ExecuteUpdateAsync(s => s
                .SetProperty(n => n.Status, NotificationStatus.Sent)
                .SetProperty(n => n.HtmlBody, (string?)null)
                .SetProperty(n => n.TextBody, (string?)null)
                .SetProperty(n => n.SentAt, clock.GetUtcNow())
                .SetProperty(n => n.ClaimToken, (string?)null)
                .SetProperty(n => n.ClaimedUntil, (DateTimeOffset?)null)
                .SetProperty(n => n.LastError, (string?)null), CancellationToken.None);
            sent++;
        }

        metrics?.EmailsSent(sent);
        return sent;
    }

    private Task<int> ClaimAsync(string token, MailOptions settings, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        return OutboxClaims.ClaimAsync(db, token, now, now + settings.ClaimFor, settings.BatchSize, cancellationToken);
    }

    private async Task FailAsync(Notification row, string token, Exception error, MailOptions settings)
    {
        // The claim counted this attempt already.
        var attempts = row.Attempts;
        var giveUp = attempts >= settings.MaxAttempts;
        var next = clock.GetUtcNow() + settings.RetryAfter * Math.Pow(2, Math.Min(attempts - 1, 20));
        // The error's type only: a server's message may quote the address.
        var reason = error is MailKit.Net.Smtp.SmtpCommandException smtp ? $"SMTP {(int)smtp.StatusCode}" : error.GetType().Name;
        await db.Notifications.Where(n => n.Id == row.Id && n.ClaimToken == token).ExecuteUpdateAsync(s => s
            .SetProperty(n => n.Status, giveUp ? NotificationStatus.Failed : NotificationStatus.Pending)
            .SetProperty(n => n.NextAttemptAt, giveUp ? (DateTimeOffset?)null : next)
            .SetProperty(n => n.ClaimToken, (string?)null)
            .SetProperty(n => n.ClaimedUntil, (DateTimeOffset?)null)
            .SetProperty(n => n.LastError, reason), CancellationToken.None);
        CouldNotSend(logger, row.Id, attempts, reason, giveUp);
    }

    /// <summary>The Message-ID is the notice's own, so a receiver can recognise the same notice.</summary>
    internal static MimeMessage Message(Notification row, MailOptions settings)
    {
        var message = new MimeMessage();
        message.From.Add(new MailboxAddress(settings.FromName, settings.From));
        message.To.Add(MailboxAddress.Parse(row.RecipientEmail ?? throw new InvalidOperationException("Only rows with an address are claimed.")));
        message.Subject = row.Subject ?? row.Kind;
        message.MessageId = $"notification-{row.Id}@careportal";
        message.Date = row.CreatedAt;
        message.Headers.Add("X-CarePortal-Notification", row.Id.ToString(System.Globalization.CultureInfo.InvariantCulture));
        message.Body = new BodyBuilder { HtmlBody = row.HtmlBody, TextBody = row.TextBody }.ToMessageBody();
        return message;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Notification {Id} not sent (attempt {Attempts}, {Reason}); gave up: {GaveUp}.")]
    private static partial void CouldNotSend(ILogger logger, long id, int attempts, string reason, bool gaveUp);
}

/// <summary>Runs <see cref="OutboxSender"/> on every node; after a full batch it goes on at once, else it waits a poll interval.</summary>
public sealed class OutboxService(IServiceScopeFactory scopes, IOptions<MailOptions> options, TimeProvider clock, ILogger<OutboxService> logger)
    : Jobs.PeriodicJob(scopes, clock, logger)
{
    protected override string Name => "The outbox";

    protected override async Task<TimeSpan> RunAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var sent = await services.GetRequiredService<OutboxSender>().SendDueAsync(cancellationToken);
        return sent < options.Value.BatchSize ? options.Value.PollInterval : TimeSpan.Zero;
    }

    protected override TimeSpan WaitAfterFailure(DateTimeOffset now) => options.Value.PollInterval;
}
