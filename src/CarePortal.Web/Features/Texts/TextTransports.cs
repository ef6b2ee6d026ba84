using System.Globalization;
using System.Text;
using CarePortal.Web.Features.Notifications;
using Microsoft.Extensions.Options;

namespace CarePortal.Web.Features.Texts;

/// <summary>Where the text outbox hands its messages: a pickup folder on one machine, Twilio in production.</summary>
public interface ITextTransport
{
    /// <summary>Hands the message over; answers the provider's id and first status for it.</summary>
    Task<TextReceipt> SendAsync(TextMessage message, CancellationToken cancellationToken);
}

/// <summary>What the provider said when it took a message.</summary>
public sealed record TextReceipt(string? ProviderId, string? Delivery);

/// <summary>The provider refused the message itself (a bad or unsubscribed number): trying again would not help.</summary>
public sealed class TextRefusedException(string reason) : Exception(reason);

/// <summary>
/// Writes each text as <c>text-{id}.txt</c> (its number, kind and body); a rewrite of the same message replaces its file, never
/// doubles it.
/// </summary>
public sealed class PickupFolderTextTransport(string directory) : ITextTransport
{
    public async Task<TextReceipt> SendAsync(TextMessage message, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(directory);
        var id = message.Id.ToString(CultureInfo.InvariantCulture);
        var path = Path.Combine(directory, $"text-{id}.txt");
        var temporary = path + ".tmp";
        await File.WriteAllTextAsync(temporary, $"To: {message.To}\nKind: {message.Kind}\nId: text-{id}\n\n{message.Body}\n", Encoding.UTF8, cancellationToken);
        File.Move(temporary, path, overwrite: true);
        return new TextReceipt(null, null);
    }
}

/// <summary>The configured transport, one for the process (Twilio's client keeps its connections).</summary>
public sealed class TextTransportFactory(IOptions<TextOptions> options, IOptions<MailOptions> mail, Data.DataPaths paths) : IDisposable
{
    private readonly Lazy<TwilioTextTransport> twilio = new(() => new TwilioTextTransport(options.Value.Twilio, TwilioCallbacks.StatusUrl(mail.Value)));

    public ITextTransport Open() => options.Value.Delivery == TextDelivery.Twilio ? twilio.Value : new PickupFolderTextTransport(PickupDirectory);

    public string PickupDirectory => Path.GetFullPath(options.Value.PickupDirectory, paths.DataDirectory);

    public void Dispose()
    {
        if (twilio.IsValueCreated)
        {
            twilio.Value.Dispose();
        }
    }
}
