using CarePortal.Web.Features.Accounts;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CarePortal.Web.Features.Notifications;

/// <summary>
/// The outbox: a notice written in the same transaction as the change that causes it. A row with an email is sent once by
/// <c>OutboxSender</c> (claimed atomically, retried with backoff); a row without one is an in-app notice only.
/// </summary>
public sealed class Notification
{
    public long Id { get; set; }

    /// <summary>The request the notice is about; none for notices about a church or a person.</summary>
    public int? CareRequestId { get; set; }

    public required string Kind { get; set; }

    /// <summary>The person to tell; none means the request's approvers.</summary>
    public string? RecipientId { get; set; }

    public string? RecipientEmail { get; set; }

    public string? Subject { get; set; }

    public string? HtmlBody { get; set; }

    public string? TextBody { get; set; }

    public string Status { get; set; } = NotificationStatus.InApp;

    public int Attempts { get; set; }

    public DateTimeOffset? NextAttemptAt { get; set; }

    /// <summary>The token of the sender that claimed the row, until <see cref="ClaimedUntil"/>; then another may take it.</summary>
    public string? ClaimToken { get; set; }

    public DateTimeOffset? ClaimedUntil { get; set; }

    /// <summary>Why the last attempt failed (the transport's message, never the email's content).</summary>
    public string? LastError { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset? SentAt { get; set; }

    /// <summary>Where the notice leads, relative to the site (the email's own link); none leads to its request.</summary>
    public string? Link { get; set; }

    /// <summary>When its recipient marked it read in the notice list; none while unread.</summary>
    public DateTimeOffset? ReadAt { get; set; }
}

public static class NotificationStatus
{
    /// <summary>Shown in the app, not emailed (no address, or the person turned email off).</summary>
    public const string InApp = "in-app";

    public const string Pending = "pending";

    public const string Sending = "sending";

    public const string Sent = "sent";

    /// <summary>Gave up after the last retry.</summary>
    public const string Failed = "failed";

    /// <summary>Held for the person's daily digest.</summary>
    public const string Digest = "digest";
}

internal sealed class NotificationConfiguration : IEntityTypeConfiguration<Notification>
{
    public void Configure(EntityTypeBuilder<Notification> builder)
    {
        builder.Property(n => n.Kind).HasMaxLength(40);
        builder.Property(n => n.RecipientEmail).HasMaxLength(256);
        builder.Property(n => n.Subject).HasMaxLength(300);
        builder.Property(n => n.Status).HasMaxLength(10).HasDefaultValue(NotificationStatus.InApp);
        builder.Property(n => n.ClaimToken).HasMaxLength(40);
        builder.Property(n => n.LastError).HasMaxLength(500);
        builder.HasIndex(n => n.SentAt);
        builder.HasIndex(n => new { n.Status, n.NextAttemptAt });
        builder.HasIndex(n => n.ClaimToken);
        builder.Property(n => n.Link).HasMaxLength(300);
        // The header's unread count and the notice list: one person's rows, unread first.
        builder.HasIndex(n => new { n.RecipientId, n.ReadAt });
    }
}

/// <summary>A person's choice of how they hear from CarePortal (the unsubscribe / preferences link of every email).</summary>
public sealed class NotificationPreference
{
    public required string UserId { get; set; }

    public AppUser? User { get; set; }

    /// <summary>No email at all: notices stay in the app.</summary>
    public bool EmailOff { get; set; }

    /// <summary>New requests come once a day in one email instead of one email each.</summary>
    public bool DailyDigest { get; set; }
}

internal sealed class NotificationPreferenceConfiguration : IEntityTypeConfiguration<NotificationPreference>
{
    public void Configure(EntityTypeBuilder<NotificationPreference> builder)
    {
        builder.HasKey(p => p.UserId);
        builder.HasOne(p => p.User).WithMany().HasForeignKey(p => p.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}
