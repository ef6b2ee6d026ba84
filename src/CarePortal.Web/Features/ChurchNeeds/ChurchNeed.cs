using CarePortal.Web.Features.Accounts;
using CarePortal.Web.Features.Organisations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CarePortal.Web.Features.ChurchNeeds;

/// <summary>
/// A need a church knows of itself (not an agency's request), posted by its needs leader to its own people: seen by that church
/// alone, never by another church or an agency, and counted apart in the church's reports.
/// </summary>
public sealed class ChurchNeed
{
    public const int DescriptionLength = 2000;
    public const int NoteLength = 2000;
    public const int MaxQuantity = 1000;

    public int Id { get; set; }

    public int ChurchId { get; set; }

    /// <summary>The team it is posted to; none: the whole church.</summary>
    public int? TeamId { get; set; }

    public required string PostedById { get; set; }

    public required string Need { get; set; }

    public int Quantity { get; set; }

    /// <summary>What the church's people read, reviewed as a caseworker's public description is.</summary>
    public required string Description { get; set; }

    /// <summary>For the church's leaders only; each view recorded (<see cref="ChurchNeedNoteRead"/>).</summary>
    public string? PrivateNote { get; set; }

    public DateTimeOffset PostedAt { get; set; }

    public DateTimeOffset? MetAt { get; set; }

    public string? MetById { get; set; }

    public bool Met => MetAt is not null;
}

/// <summary>A church person says "I can help" with one of their church's needs: once per person.</summary>
public sealed class ChurchNeedResponse
{
    public long Id { get; set; }

    public int ChurchNeedId { get; set; }

    public required string UserId { get; set; }

    public DateTimeOffset At { get; set; }
}

/// <summary>A leader read a need's private note: who and when, as every read of private details is recorded.</summary>
public sealed class ChurchNeedNoteRead
{
    public long Id { get; set; }

    public int ChurchNeedId { get; set; }

    public required string UserId { get; set; }

    public DateTimeOffset At { get; set; }
}

internal sealed class ChurchNeedConfiguration : IEntityTypeConfiguration<ChurchNeed>
{
    public void Configure(EntityTypeBuilder<ChurchNeed> builder)
    {
        builder.Property(n => n.Need).HasMaxLength(30);
        builder.Property(n => n.Description).HasMaxLength(ChurchNeed.DescriptionLength);
        builder.Property(n => n.PrivateNote).HasMaxLength(ChurchNeed.NoteLength);
        builder.Ignore(n => n.Met);
        builder.HasIndex(n => new { n.ChurchId, n.PostedAt });
        builder.HasOne<Organisation>().WithMany().HasForeignKey(n => n.ChurchId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Organisation>().WithMany().HasForeignKey(n => n.TeamId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne<AppUser>().WithMany().HasForeignKey(n => n.PostedById).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<AppUser>().WithMany().HasForeignKey(n => n.MetById).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class ChurchNeedResponseConfiguration : IEntityTypeConfiguration<ChurchNeedResponse>
{
    public void Configure(EntityTypeBuilder<ChurchNeedResponse> builder)
    {
        builder.HasIndex(r => new { r.ChurchNeedId, r.UserId }).IsUnique();
        builder.HasOne<ChurchNeed>().WithMany().HasForeignKey(r => r.ChurchNeedId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<AppUser>().WithMany().HasForeignKey(r => r.UserId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class ChurchNeedNoteReadConfiguration : IEntityTypeConfiguration<ChurchNeedNoteRead>
{
    public void Configure(EntityTypeBuilder<ChurchNeedNoteRead> builder)
    {
        builder.HasIndex(r => r.ChurchNeedId);
        builder.HasOne<ChurchNeed>().WithMany().HasForeignKey(r => r.ChurchNeedId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<AppUser>().WithMany().HasForeignKey(r => r.UserId).OnDelete(DeleteBehavior.Restrict);
    }
}
