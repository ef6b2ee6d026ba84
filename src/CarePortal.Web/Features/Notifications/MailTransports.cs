using MailKit.Net.Smtp;
using Microsoft.Extensions.Options;
using MimeKit;

namespace CarePortal.Web.Features.Notifications;

/// <summary>Where the outbox hands its emails: a pickup folder on one machine, an SMTP server in production.</summary>
public interface IMailTransport : IAsyncDisposable
{
    Task SendAsync(MimeMessage message, CancellationToken cancellationToken);
}

/// <summary>Writes each email as <c>{message id}.eml</c>; a rewrite of the same notice replaces its file, never doubles it.</summary>
public sealed class PickupFolderTransport(string directory) : IMailTransport
{
    public async Task SendAsync(MimeMessage message, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(directory);
        var path = Path.Combine(directory, (message.MessageId ?? Guid.NewGuid().ToString("N")).Replace('@', '_') + ".eml");
        var temporary = path + ".tmp";
        await message.WriteToAsync(temporary, cancellationToken);
        File.Move(temporary, path, overwrite: true);
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}

/// <summary>One SMTP connection per batch, opened on the first email.</summary>
public sealed class SmtpTransport(SmtpOptions options) : IMailTransport
{
    private readonly SmtpClient client = new() { Timeout = (int)options.Timeout.TotalMilliseconds };

    public async Task SendAsync(MimeMessage message, CancellationToken cancellationToken)
    {
        if (!client.IsConnected)
        {
            await client.ConnectAsync(options.Host, options.Port, options.Security, cancellationToken);
            if (!string.IsNullOrEmpty(options.UserName))
            {
                await client.AuthenticateAsync(options.UserName, options.Password ?? "", cancellationToken);
            }
        }

        await client.SendAsync(message, cancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        if (client.IsConnected)
        {
            try
            {
                await client.DisconnectAsync(quit: true);
            }
            catch (Exception e) when (e is IOException or MailKit.ProtocolException or SmtpCommandException)
            {
                // The emails were accepted already; a failed goodbye changes nothing.
            }
        }

        client.Dispose();
    }
}

/// <summary>Opens the configured transport for one batch.</summary>
public sealed class MailTransportFactory(IOptions<MailOptions> options, Data.DataPaths paths)
{
    public IMailTransport Open() => options.Value.Delivery == MailDelivery.Smtp
        ? new SmtpTransport(options.Value.Smtp)
        : new PickupFolderTransport(PickupDirectory);

    public string PickupDirectory => Path.GetFullPath(options.Value.PickupDirectory, paths.DataDirectory);
}
