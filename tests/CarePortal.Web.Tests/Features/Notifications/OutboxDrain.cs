using CarePortal.Web.Data;
using CarePortal.Web.Features.Notifications;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using MimeKit;

namespace CarePortal.Web.Tests.Features.Notifications;

/// <summary>Sends everything due through a real SMTP server on loopback, by a sender of its own, as the outbox's job does.</summary>
public static class OutboxDrain
{
    /// <summary>Sends until nothing is due; returns what reached the sink addressed to <paramref name="to"/>.</summary>
    public static async Task<List<MimeMessage>> ToAsync(CarePortalApp app, SmtpSink smtp, string to)
    {
        var total = smtp.Messages().Count;
        while (true)
        {
            await using var scope = app.Services.CreateAsyncScope();
            var options = Options.Create(new MailOptions
            {
                Delivery = MailDelivery.Smtp,
                Smtp = new SmtpOptions { Host = "127.0.0.1", Port = smtp.Port, Security = MailKit.Security.SecureSocketOptions.None, Timeout = TimeSpan.FromSeconds(10) },
            });
            var sender = new OutboxSender(scope.ServiceProvider.GetRequiredService<AppDbContext>(),
                new MailTransportFactory(options, scope.ServiceProvider.GetRequiredService<DataPaths>()), options, app.Clock, NullLogger<OutboxSender>.Instance);
            var sent = await sender.SendDueAsync(CancellationToken.None);
            if (sent == 0)
            {
                break;
            }

            total += sent;
        }

        return [.. (await smtp.WaitForAsync(total)).Where(m => m.To.Mailboxes.Any(b => string.Equals(b.Address, to, StringComparison.OrdinalIgnoreCase)))];
    }
}
