using System.ComponentModel.DataAnnotations;

namespace CarePortal.Web.Features.Notifications;

public enum MailDelivery
{
    /// <summary>Each email written as an .eml file to <see cref="MailOptions.PickupDirectory"/> (one machine, no mail server).</summary>
    Pickup,

    /// <summary>Each email sent through the SMTP server of <see cref="MailOptions.Smtp"/>.</summary>
    Smtp,
}

/// <summary>How emails leave the outbox (configuration section <c>Mail</c>), validated on start.</summary>
public sealed class MailOptions
{
    public const string Section = "Mail";

    public MailDelivery Delivery { get; set; } = MailDelivery.Pickup;

    /// <summary>Relative to the data folder.</summary>
    [Required]
    public string PickupDirectory { get; set; } = "mail";

    [Required, EmailAddress]
    public string From { get; set; } = "careportal@localhost";

    [Required]
    public string FromName { get; set; } = "CarePortal";

    /// <summary>The site's public address, for the links in emails.</summary>
    [Required, Url]
    public string SiteUrl { get; set; } = "http://localhost:5080";

    /// <summary>Whether this node runs the outbox sender (every node may: they share the work safely).</summary>
    public bool SendInBackground { get; set; } = true;

    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(10);

    [Range(1, 1000)]
    public int BatchSize { get; set; } = 50;

    /// <summary>How long a sender holds the rows it claimed; a sender that died is replaced after this.</summary>
    [Range(typeof(TimeSpan), "00:00:10", "01:00:00")]
    public TimeSpan ClaimFor { get; set; } = TimeSpan.FromMinutes(5);

    [Range(1, 30)]
    public int MaxAttempts { get; set; } = 8;

    /// <summary>The wait after the first failure; it doubles with each further failure.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan RetryAfter { get; set; } = TimeSpan.FromMinutes(1);

    public SmtpOptions Smtp { get; set; } = new();
}

public sealed class SmtpOptions
{
    public string Host { get; set; } = "localhost";

    [Range(1, 65535)]
    public int Port { get; set; } = 25;

    /// <summary><c>None</c>, <c>StartTls</c>, <c>StartTlsWhenAvailable</c>, <c>SslOnConnect</c> or <c>Auto</c> (MailKit's SecureSocketOptions).</summary>
    public MailKit.Security.SecureSocketOptions Security { get; set; } = MailKit.Security.SecureSocketOptions.StartTlsWhenAvailable;

    public string? UserName { get; set; }

    public string? Password { get; set; }

    [Range(typeof(TimeSpan), "00:00:01", "00:10:00")]
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);
}
