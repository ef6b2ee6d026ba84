using CarePortal.Web.Features.Accounts;
using CarePortal.Web.Features.Requests;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CarePortal.Web.Features.Family;

/// <summary>
/// How the family of a request agreed to be reached for their say on the help: private to the request's agency staff (never a
/// church's), every showing recorded with the private-detail reads, erased <see cref="FamilyOptions.EraseContactAfterDays"/>
/// days after the request closes.
/// </summary>
public sealed class FamilyContact
{
    public int CareRequestId { get; set; }

    /// <summary>A mobile number in E.164; none when the family chose email, or once erased.</summary>
    public string? Phone { get; set; }

    public string? Email { get; set; }

    /// <summary><c>en</c> or <c>es</c>: the language of the family's messages and page, chosen by the caseworker with them.</summary>
    public required string Language { get; set; }

    /// <summary>When the caseworker recorded the family's consent to be asked, and who.</summary>
    public DateTimeOffset ConsentAt { get; set; }

    public required string ConsentById { get; set; }

    public DateTimeOffset? ErasedAt { get; set; }
}

/// <summary>One link sent to the family: it works once, until <see cref="ExpiresAt"/>. Its token is kept only as a hash.</summary>
public sealed class FamilyAsk
{
    public long Id { get; set; }

    public int CareRequestId { get; set; }

    /// <summary><c>text</c> or <c>email</c>.</summary>
    public required string Channel { get; set; }

    public required string Language { get; set; }

    /// <summary>SHA-256 of the link's token, hex: a copy of the table opens no link.</summary>
    public required string TokenHash { get; set; }

    public required string SentById { get; set; }

    public DateTimeOffset SentAt { get; set; }

    public DateTimeOffset ExpiresAt { get; set; }

    public DateTimeOffset? AnsweredAt { get; set; }
}

/// <summary>The family's own word on the help: outcome data beside the caseworker's, never shown to churches (but the thanks, if they choose).</summary>
public sealed class FamilyAnswer
{
    public long FamilyAskId { get; set; }

    public int CareRequestId { get; set; }

    /// <summary><c>yes</c>, <c>partly</c> or <c>no</c>.</summary>
    public required string Arrived { get; set; }

    /// <summary>1 to 5.</summary>
    public int Rating { get; set; }

    public string? Comment { get; set; }

    public bool MeetAgain { get; set; }

    /// <summary>The family chose to let the church know they said thank you.</summary>
    public bool ThankChurch { get; set; }

    public DateTimeOffset At { get; set; }
}

internal sealed class FamilyContactConfiguration : IEntityTypeConfiguration<FamilyContact>
{
    public void Configure(EntityTypeBuilder<FamilyContact> builder)
    {
        builder.ToTable("FamilyContacts");
        builder.HasKey(c => c.CareRequestId);
        builder.HasOne<CareRequest>().WithOne().HasForeignKey<FamilyContact>(c => c.CareRequestId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<AppUser>().WithMany().HasForeignKey(c => c.ConsentById).OnDelete(DeleteBehavior.Restrict);
        builder.Property(c => c.Phone).HasMaxLength(Texts.MobileNumbers.MaxE164Length);
        builder.Property(c => c.Email).HasMaxLength(256);
        builder.Property(c => c.Language).HasMaxLength(5);
        builder.HasIndex(c => c.ErasedAt);
    }
}

internal sealed class FamilyAskConfiguration : IEntityTypeConfiguration<FamilyAsk>
{
    public void Configure(EntityTypeBuilder<FamilyAsk> builder)
    {
        builder.ToTable("FamilyAsks");
        builder.HasOne<CareRequest>().WithMany().HasForeignKey(a => a.CareRequestId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<AppUser>().WithMany().HasForeignKey(a => a.SentById).OnDelete(DeleteBehavior.Restrict);
        builder.Property(a => a.Channel).HasMaxLength(10);
        builder.Property(a => a.Language).HasMaxLength(5);
        builder.Property(a => a.TokenHash).HasMaxLength(64);
        builder.HasIndex(a => a.TokenHash).IsUnique();
        builder.HasIndex(a => a.CareRequestId);
    }
}

internal sealed class FamilyAnswerConfiguration : IEntityTypeConfiguration<FamilyAnswer>
{
    public void Configure(EntityTypeBuilder<FamilyAnswer> builder)
    {
        builder.ToTable("FamilyAnswers");
        builder.HasKey(a => a.FamilyAskId);
        builder.HasOne<FamilyAsk>().WithOne().HasForeignKey<FamilyAnswer>(a => a.FamilyAskId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(a => a.Arrived).HasMaxLength(10);
        builder.Property(a => a.Comment).HasMaxLength(FamilyAnswers.CommentLength);
        builder.HasIndex(a => a.CareRequestId);
    }
}
