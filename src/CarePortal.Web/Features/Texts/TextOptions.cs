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

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Delivery != TextDelivery.Twilio)
        {
            yield break;
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
