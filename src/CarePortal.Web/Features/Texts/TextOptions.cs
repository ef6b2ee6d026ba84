using System.ComponentModel.DataAnnotations;

namespace CarePortal.Web.Features.Texts;

public enum TextDelivery
{
    /// <summary>Each text written as a file to <see cref="TextOptions.PickupDirectory"/> (one machine, no provider).</summary>
    Pickup,

    /// <summary>Each text sent through Twilio's Messages API with the account of <see cref="TextOptions.Twilio"/>.</summary>
    Twilio,
}

/// <summary>
/// How text messages leave their outbox (configuration section <c>Texts</c>), validated on start. The outbox's pace (poll
/// interval, batch, claim, retries) and whether a node sends at all are the mail outbox's (<c>Mail</c>).
/// </summary>
public sealed class TextOptions : IValidatableObject
{
    public const string Section = "Texts";

    public TextDelivery Delivery { get; set; } = TextDelivery.Pickup;

    /// <summary>Relative to the data folder.</summary>
    [Required]
    public string PickupDirectory { get; set; } = "texts";

    /// <summary>Where a number written without + and a country code is read (ISO 3166 code).</summary>
    [Required, RegularExpression("^[A-Z]{2}$", MatchTimeoutInMilliseconds = 100)]
    public string HomeRegion { get; set; } = "US";

    public TwilioOptions Twilio { get; set; } = new();

    /// <summary>How long a code sent to verify a number works.</summary>
    [Range(typeof(TimeSpan), "00:01:00", "1.00:00:00")]
    public TimeSpan CodeLifetime { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>Wrong tries before a code is spent (a new one must be sent).</summary>
    [Range(1, 20)]
    public int CodeAttempts { get; set; } = 5;

    /// <summary>The shortest wait between two codes to one person (each costs a text).</summary>
    [Range(typeof(TimeSpan), "00:00:00", "01:00:00")]
    public TimeSpan CodeResendAfter { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>At most this many notices by text to one person in a day of their zone; the rest go by email only.</summary>
    [Range(1, 1000)]
    public int DailyCap { get; set; } = 10;

    /// <summary>The quiet hours a person starts with (local time), which they may change or clear.</summary>
    public TimeOnly DefaultQuietFrom { get; set; } = new(21, 0);

    public TimeOnly DefaultQuietTo { get; set; } = new(8, 0);

    /// <summary>
    /// Signs the short links of texts (base64, 32 bytes or more), the same on every node. None: a key is made once in the
    /// pickup folder (one machine).
    /// </summary>
    public string? LinkKey { get; set; }

    /// <summary>The notices that are also texted to people who chose texts (their kinds); every other notice is email only.</summary>
    public List<string> NoticeKinds { get; set; } = [.. NoticeTexts.Kinds];

    /// <summary>The words that stop texts to a number (Twilio's opt-out keywords), start them again, and ask for help.</summary>
    public List<string> StopWords { get; set; } = ["STOP", "STOPALL", "UNSUBSCRIBE", "CANCEL", "END", "QUIT", "REVOKE", "OPTOUT"];

    public List<string> StartWords { get; set; } = ["START", "YES", "UNSTOP"];

    public List<string> HelpWords { get; set; } = ["HELP", "INFO"];

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (NoticeKinds.FirstOrDefault(k => !NoticeTexts.Kinds.Contains(k)) is { } unknown)
        {
            yield return new ValidationResult($"Texts:NoticeKinds names '{unknown}', which has no text message; known: {string.Join(", ", NoticeTexts.Kinds)}.");
        }

        if (LinkKey is { Length: > 0 } && TextLinks.KeyOf(LinkKey) is null)
        {
            yield return new ValidationResult("Texts:LinkKey must be base64 of 32 bytes or more.");
        }

        if (Delivery != TextDelivery.Twilio)
        {
            yield break;
        }

        if (string.IsNullOrWhiteSpace(LinkKey))
        {
            yield return new ValidationResult("Texts:LinkKey (base64 of 32 random bytes, the same on every node) is required to send texts through Twilio.");
        }

        if (string.IsNullOrWhiteSpace(Twilio.AccountSid) || string.IsNullOrWhiteSpace(Twilio.AuthToken))
        {
            yield return new ValidationResult("Texts:Twilio:AccountSid and Texts:Twilio:AuthToken are required to send texts through Twilio.");
        }

        if (string.IsNullOrWhiteSpace(Twilio.From) == string.IsNullOrWhiteSpace(Twilio.MessagingServiceSid))
        {
            yield return new ValidationResult("Set one of Texts:Twilio:From (a number in E.164) or Texts:Twilio:MessagingServiceSid.");
        }

        if (Twilio.ApiBaseUrl is { Length: > 0 } url && !Uri.TryCreate(url, UriKind.Absolute, out _))
        {
            yield return new ValidationResult("Texts:Twilio:ApiBaseUrl must be an absolute address.");
        }
    }
}

public sealed class TwilioOptions
{
    public string? AccountSid { get; set; }

    /// <summary>Signs the API calls and checks the signature of Twilio's callbacks.</summary>
    public string? AuthToken { get; set; }

    /// <summary>The sending number in E.164; or leave it out and name a messaging service.</summary>
    public string? From { get; set; }

    public string? MessagingServiceSid { get; set; }

    /// <summary>None in production (the package's own address); a stand-in of the provider, or a relay, otherwise.</summary>
    public string? ApiBaseUrl { get; set; }

    [Range(typeof(TimeSpan), "00:00:01", "00:10:00")]
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);
}
