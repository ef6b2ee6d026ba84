using CarePortal.Web.Features.Accounts;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CarePortal.Web.Features.Requests;

/// <summary>What a partner needs but the public must not see; every read is written to <see cref="PrivateDetailsRead"/>.</summary>
public sealed class PrivateDetails
{
    public int CareRequestId { get; set; }

    public string? DeliveryDirections { get; set; }

    /// <summary>Landlord, utility, daycare …</summary>
    public string? Payee { get; set; }

    public string? AccountNumber { get; set; }

    public decimal? AmountOwed { get; set; }

    public string? PaymentType { get; set; }

    public string? HowToPayDirectly { get; set; }

    /// <summary>Bumped on every save: a save must name the version it was read at (<see cref="PrivateDetailsConflict"/>).</summary>
    public int Version { get; set; }
}

public enum AttachmentKind
{
    Bill,
    Lease,
    Other,
}

/// <summary>The kinds as the API names them (<c>bill</c>, <c>lease</c>, <c>other</c>): a name in any case, never a number.</summary>
public static class AttachmentKinds
{
    public static IReadOnlyList<string> Names { get; } = [.. Enum.GetNames<AttachmentKind>().Select(n => n.ToLowerInvariant())];

    /// <summary>What people read: "a bill", "a lease", "another document".</summary>
    public static string Label(AttachmentKind kind) => kind switch
    {
        AttachmentKind.Bill => "a bill",
        AttachmentKind.Lease => "a lease",
        _ => "another document",
    };

    public static string Sentence { get; } = $"Say what the file is: {string.Join(", ", Names.SkipLast(1))} or {Names[^1]}.";

    public static AttachmentKind? Parse(string? value) =>
        Enum.GetValues<AttachmentKind>().Where(k => string.Equals(k.ToString(), value?.Trim(), StringComparison.OrdinalIgnoreCase))
            .Select(k => (AttachmentKind?)k).FirstOrDefault();
}

/// <summary>A PDF or image kept outside the web root under the data folder, named by its id.</summary>
public sealed class Attachment
{
    public Guid Id { get; set; }

    public int CareRequestId { get; set; }

    public AttachmentKind Kind { get; set; }

    public const int FileNameLength = 255;

    public required string FileName { get; set; }

    public required string ContentType { get; set; }

    public long Length { get; set; }

    public required string UploadedById { get; set; }

    public DateTimeOffset UploadedAt { get; set; }
}

/// <summary>The audit of private details: who read what of which request, when.</summary>
public sealed class PrivateDetailsRead
{
    public long Id { get; set; }

    public int CareRequestId { get; set; }

    public required string UserId { get; set; }

    /// <summary><c>details</c> or <c>attachment:{id}</c>.</summary>
    public required string What { get; set; }

    public DateTimeOffset At { get; set; }
}

internal sealed class PrivateDetailsConfiguration : IEntityTypeConfiguration<PrivateDetails>
{
    public void Configure(EntityTypeBuilder<PrivateDetails> builder)
    {
        builder.HasKey(p => p.CareRequestId);
        builder.HasOne<CareRequest>().WithOne().HasForeignKey<PrivateDetails>(p => p.CareRequestId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(p => p.DeliveryDirections).HasMaxLength(2000);
        builder.Property(p => p.Payee).HasMaxLength(200);
        builder.Property(p => p.AccountNumber).HasMaxLength(100);
        builder.Property(p => p.AmountOwed).HasPrecision(10, 2);
        builder.Property(p => p.PaymentType).HasMaxLength(100);
        builder.Property(p => p.HowToPayDirectly).HasMaxLength(2000);
        builder.Property(p => p.Version).IsConcurrencyToken();
    }
}

internal sealed class AttachmentConfiguration : IEntityTypeConfiguration<Attachment>
{
    public void Configure(EntityTypeBuilder<Attachment> builder)
    {
        builder.Property(a => a.FileName).HasMaxLength(Attachment.FileNameLength);
        builder.Property(a => a.ContentType).HasMaxLength(100);
        builder.HasOne<AppUser>().WithMany().HasForeignKey(a => a.UploadedById).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class PrivateDetailsReadConfiguration : IEntityTypeConfiguration<PrivateDetailsRead>
{
    public void Configure(EntityTypeBuilder<PrivateDetailsRead> builder)
    {
        builder.ToTable("PrivateDetailsReads");
        builder.Property(r => r.What).HasMaxLength(60);
        builder.HasIndex(r => r.CareRequestId);
        builder.HasOne<CareRequest>().WithMany().HasForeignKey(r => r.CareRequestId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<AppUser>().WithMany().HasForeignKey(r => r.UserId).OnDelete(DeleteBehavior.Restrict);
    }
}
