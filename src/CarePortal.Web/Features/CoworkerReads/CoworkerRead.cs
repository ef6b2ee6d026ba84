using CarePortal.Web.Features.Accounts;
using CarePortal.Web.Features.Requests;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CarePortal.Web.Features.CoworkerReads;

/// <summary>A caseworker asked a coworker of the same office to read a draft before it is submitted.</summary>
public sealed class CoworkerRead
{
    public const int NoteLength = 2000;

    public int Id { get; set; }

    public int CareRequestId { get; set; }

    public required string AskedById { get; set; }

    public required string ReaderId { get; set; }

    public DateTimeOffset AskedAt { get; set; }

    /// <summary>When the coworker marked it read; none while it waits.</summary>
    public DateTimeOffset? ReadAt { get; set; }

    /// <summary>The coworker's note to the caseworker, if any.</summary>
    public string? Note { get; set; }
}

internal sealed class CoworkerReadConfiguration : IEntityTypeConfiguration<CoworkerRead>
{
    public void Configure(EntityTypeBuilder<CoworkerRead> builder)
    {
        builder.ToTable("CoworkerReads");
        builder.Property(r => r.Note).HasMaxLength(CoworkerRead.NoteLength);
        builder.HasOne<CareRequest>().WithMany().HasForeignKey(r => r.CareRequestId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<AppUser>().WithMany().HasForeignKey(r => r.AskedById).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<AppUser>().WithMany().HasForeignKey(r => r.ReaderId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(r => new { r.ReaderId, r.ReadAt });
        builder.HasIndex(r => r.CareRequestId);
    }
}
