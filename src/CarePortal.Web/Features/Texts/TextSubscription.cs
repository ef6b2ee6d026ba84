using CarePortal.Web.Features.Accounts;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CarePortal.Web.Features.Texts;

/// <summary>
/// A person's choice to hear by text message as well as by email (<see cref="Settings"/>): a number proved theirs by a code
/// sent to it, their language, their quiet hours in their zone. Email stays the default: without a row, or until the number is
/// verified, nothing is texted. A STOP from the number (<see cref="TwilioInbound"/>) stops it until START.
/// </summary>
public sealed class TextSubscription
{
    public required string UserId { get; set; }

    /// <summary>The verified number in E.164; none until a code sent to it came back.</summary>
    public string? Phone { get; set; }

    public DateTimeOffset? VerifiedAt { get; set; }

    /// <summary><c>en</c> or <c>es</c>: the language of this person's texts.</summary>
    public string Language { get; set; } = "en";

    /// <summary>The person's own switch; their number is kept while off.</summary>
    public bool On { get; set; }

    /// <summary>When the number answered STOP (the provider's opt-out); cleared by START.</summary>
    public DateTimeOffset? StoppedAt { get; set; }

    /// <summary>The IANA zone the quiet hours are read in (the person's organisation's, when they saved).</summary>
    public string? TimeZone { get; set; }

    /// <summary>No text from this local time until <see cref="QuietTo"/> (held, sent when it ends); none: no quiet hours.</summary>
    public TimeOnly? QuietFrom { get; set; }

    public TimeOnly? QuietTo { get; set; }

    /// <summary>The number a code was last sent to, waiting for that code.</summary>
    public string? PendingPhone { get; set; }

    /// <summary>SHA-256 of the person, the number and the code, hex: the table holds no code.</summary>
    public string? CodeHash { get; set; }

    public DateTimeOffset? CodeSentAt { get; set; }

    public DateTimeOffset? CodeExpiresAt { get; set; }

    /// <summary>Wrong codes typed for the pending code; at <see cref="TextOptions.CodeAttempts"/> it is spent.</summary>
    public int CodeAttempts { get; set; }

    /// <summary>Whether texts go to this person now (the time of day aside).</summary>
    public bool Texting => On && Phone is not null && VerifiedAt is not null && StoppedAt is null;
}

internal sealed class TextSubscriptionConfiguration : IEntityTypeConfiguration<TextSubscription>
{
    public void Configure(EntityTypeBuilder<TextSubscription> builder)
    {
        builder.ToTable("TextSubscriptions");
        builder.HasKey(s => s.UserId);
        builder.HasOne<AppUser>().WithOne().HasForeignKey<TextSubscription>(s => s.UserId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(s => s.Phone).HasMaxLength(MobileNumbers.MaxE164Length);
        builder.Property(s => s.PendingPhone).HasMaxLength(MobileNumbers.MaxE164Length);
        builder.Property(s => s.Language).HasMaxLength(5);
        builder.Property(s => s.TimeZone).HasMaxLength(64);
        builder.Property(s => s.CodeHash).HasMaxLength(64);
        builder.Ignore(s => s.Texting);
        builder.HasIndex(s => s.Phone);
    }
}

/// <summary>
/// A message the provider brought us from a phone (STOP, START, HELP …), kept by the provider's id so that a message posted
/// twice (a retry, or a replay) is acted on once.
/// </summary>
public sealed class InboundText
{
    /// <summary>Twilio's <c>MessageSid</c>.</summary>
    public required string ProviderId { get; set; }

    public required string From { get; set; }

    /// <summary>What it was taken for: <c>stop</c>, <c>start</c>, <c>help</c> or <c>other</c> (its words are not kept).</summary>
    public required string Command { get; set; }

    public DateTimeOffset At { get; set; }
}

internal sealed class InboundTextConfiguration : IEntityTypeConfiguration<InboundText>
{
    public void Configure(EntityTypeBuilder<InboundText> builder)
    {
        builder.ToTable("InboundTexts");
        builder.HasKey(t => t.ProviderId);
        builder.Property(t => t.ProviderId).HasMaxLength(64);
        builder.Property(t => t.From).HasMaxLength(MobileNumbers.MaxE164Length);
        builder.Property(t => t.Command).HasMaxLength(10);
        builder.HasIndex(t => t.At);
    }
}
