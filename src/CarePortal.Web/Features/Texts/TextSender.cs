using CarePortal.Web.Data;
using CarePortal.Web.Features.Notifications;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CarePortal.Web.Features.Texts;

/// <summary>
/// Sends the text outbox once across every node, as <c>OutboxSender</c> sends emails: a batch of due rows is claimed in one
/// atomic statement with a token of its own, sent, and each row marked sent or put back with a later next attempt (doubling
/// each time). A message the provider refuses outright is given up at once. The pace is the mail outbox's (<see cref="MailOptions"/>).
/// </summary>
public sealed partial class TextSender(AppDbContext db, TextTransportFactory transports, IOptions<MailOptions> options, TimeProvider clock, ILogger<TextSender> logger)
{
    /// <summary>Sends one batch of due texts; returns how many were sent.</summary>
    public async Task<int> SendDueAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var token = Guid.NewGuid().ToString("N");
        var now = clock.GetUtcNow();
        if (await OutboxClaims.ClaimTextsAsync(db, token, now, now + settings.ClaimFor, settings.BatchSize, cancellationToken) == 0)
        {
            return 0;
        }

        var rows = await db.TextMessages.AsNoTracking().Where(t => t.ClaimToken == token).OrderBy(t => t.Id).ToListAsync(cancellationToken);
        var transport = transports.Open();
        var sent = 0;
        foreach (var row in rows)
        {
            TextReceipt receipt;
            try
            {
                receipt = await transport.SendAsync(row, cancellationToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                await FailAsync(row, token, e, settings);
                continue;
            }

            // Not cancellable: once the provider has the text, the row must say so. The body goes; the number stays for its reports.
            await db.TextMessages.Where(t => t.Id == row.Id && t.ClaimToken == token).ExecuteUpdateAsync(s => s
                .SetProperty(t => t.Status, TextStatus.Sent)
                .SetProperty(t => t.Body, (string?)null)
                .SetProperty(t => t.SentAt, clock.GetUtcNow())
                .SetProperty(t => t.ProviderId, receipt.ProviderId)
                .SetProperty(t => t.Delivery, receipt.Delivery)
                .SetProperty(t => t.ClaimToken, (string?)null)
                .SetProperty(t => t.ClaimedUntil, (DateTimeOffset?)null)
                .SetProperty(t => t.LastError, (string?)null), CancellationToken.None);
            sent++;
        }

        return sent;
    }

    private async Task FailAsync(TextMessage row, string token, Exception error, MailOptions settings)
    {
        // The claim counted this attempt already.
        var attempts = row.Attempts;
        var giveUp = error is TextRefusedException || attempts >= settings.MaxAttempts;
        var next = clock.GetUtcNow() + settings.RetryAfter * Math.Pow(2, Math.Min(attempts - 1, 20));
        // The provider's code or the error's type only: a message may quote the number.
        var reason = error is TextRefusedException refused ? refused.Message : error.GetType().Name;
        await db.TextMessages.Where(t => t.Id == row.Id && t.ClaimToken == token).ExecuteUpdateAsync(s => s
            .SetProperty(t => t.Status, giveUp ? TextStatus.Failed : TextStatus.Pending)
            .SetProperty(t => t.NextAttemptAt, giveUp ? (DateTimeOffset?)null : next)
            .SetProperty(t => t.Body, t => giveUp ? null : t.Body)
            .SetProperty(t => t.ClaimToken, (string?)null)
            .SetProperty(t => t.ClaimedUntil, (DateTimeOffset?)null)
            .SetProperty(t => t.LastError, reason), CancellationToken.None);
        CouldNotSend(logger, row.Id, attempts, reason, giveUp);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Text {Id} not sent (attempt {Attempts}, {Reason}); gave up: {GaveUp}.")]
    private static partial void CouldNotSend(ILogger logger, long id, int attempts, string reason, bool gaveUp);
}

/// <summary>Runs <see cref="TextSender"/> on every node that runs the mail outbox; after a full batch it goes on at once.</summary>
public sealed class TextOutboxService(IServiceScopeFactory scopes, IOptions<MailOptions> options, TimeProvider clock, ILogger<TextOutboxService> logger)
    : Jobs.PeriodicJob(scopes, clock, logger)
{
    protected override string Name => "The text outbox";

    protected override async Task<TimeSpan> RunAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var sent = await services.GetRequiredService<TextSender>().SendDueAsync(cancellationToken);
        return sent < options.Value.BatchSize ? options.Value.PollInterval : TimeSpan.Zero;
    }

    protected override TimeSpan WaitAfterFailure(DateTimeOffset now) => options.Value.PollInterval;
}
