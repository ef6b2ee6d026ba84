using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CarePortal.Web.Features.Texts;

/// <summary>
/// The text-message outbox: one row per message, written in the same transaction as the change that causes it and sent once
/// across every node by <see cref="TextSender"/> (claimed atomically, retried with backoff), as emails are. The body goes once
/// the provider has it (its links stay on the recipient's phone only); the provider's delivery reports are kept.
/// </summary>
public sealed class TextMessage
{
    public long Id { get; set; }

    /// <summary>What the message is for (<c>family-ask</c> …), for counts and the operator, never its content.</summary>
    public required string Kind { get; set; }

    /// <summary>The number in E.164 (<c>+16155550143</c>), as <see cref="MobileNumbers"/> stores it.</summary>
    public required string To { get; set; }

    public string? Body { get; set; }

    /// <summary>The request the message is about, if any.</summary>
    public int? CareRequestId { get; set; }

    public string Status { get; set; } = TextStatus.Pending;

    public int Attempts { get; set; }

    public DateTimeOffset? NextAttemptAt { get; set; }

    /// <summary>The token of the sender that claimed the row, until <see cref="ClaimedUntil"/>; then another may take it.</summary>
    public string? ClaimToken { get; set; }

    public DateTimeOffset? ClaimedUntil { get; set; }

    /// <summary>Why the last attempt failed (the provider's error code, never the message or the number).</summary>
    public string? LastError { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset? SentAt { get; set; }

    /// <summary>The provider's id for the message (Twilio's <c>SM…</c> sid), which its delivery reports name.</summary>
    public string? ProviderId { get; set; }

    /// <summary>The provider's last word on it: <c>queued</c>, <c>sent</c>, <c>delivered</c>, <c>undelivered</c>, <c>failed</c>.</summary>
    public string? Delivery { get; set; }

    public DateTimeOffset? DeliveryAt { get; set; }
}

public static class TextStatus
{
    public const string Pending = "pending";

    public const string Sending = "sending";

    public const string Sent = "sent";

    /// <summary>Gave up: after the last retry, or at once when the provider refused the message itself (a bad number).</summary>
    public const string Failed = "failed";
}

internal sealed class TextMessageConfiguration : IEntityTypeConfiguration<TextMessage>
{
    public void Configure(EntityTypeBuilder<TextMessage> builder)
    {
        builder.Property(t => t.Kind).HasMaxLength(40);
        builder.Property(t => t.To).HasMaxLength(MobileNumbers.MaxE164Length);
        builder.Property(t => t.Body).HasMaxLength(TextOutbox.MaxBodyLength);
        builder.Property(t => t.Status).HasMaxLength(10);
        builder.Property(t => t.ClaimToken).HasMaxLength(40);
        builder.Property(t => t.LastError).HasMaxLength(100);
        builder.Property(t => t.ProviderId).HasMaxLength(64);
        builder.Property(t => t.Delivery).HasMaxLength(20);
        builder.HasIndex(t => new { t.Status, t.NextAttemptAt });
        builder.HasIndex(t => t.ClaimToken);
        builder.HasIndex(t => t.ProviderId);
        builder.HasIndex(t => new { t.To, t.CreatedAt });
    }
}
