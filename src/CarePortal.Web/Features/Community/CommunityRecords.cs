using CarePortal.Web.Features.Accounts;
using CarePortal.Web.Features.Requests;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CarePortal.Web.Features.Community;

/// <summary>A church person follows a request that reached their church: told by email when it is answered, paused, resumed or closed.</summary>
public sealed class RequestFollow
{
    public long Id { get; set; }

    public int CareRequestId { get; set; }

    public required string UserId { get; set; }

    /// <summary>The church through which the person reads the request (the first of theirs it reached).</summary>
    public int ChurchId { get; set; }

    public DateTimeOffset At { get; set; }
}

/// <summary>A church person commits to pray for a request: counted for the caseworker and the churches, once per person.</summary>
public sealed class PrayerCommitment
{
    public long Id { get; set; }

    public int CareRequestId { get; set; }

    public required string UserId { get; set; }

    public int ChurchId { get; set; }

    public DateTimeOffset At { get; set; }
}

/// <summary>
/// The public page of a request's public part: its address carries a random token (never the request's id), one per request,
/// answered only while the request is open.
/// </summary>
public sealed class PublicLink
{
    public int Id { get; set; }

    public int CareRequestId { get; set; }

    /// <summary>128 random bits, base64url: the only way to the page.</summary>
    public required string Token { get; set; }

    public required string CreatedById { get; set; }

    public DateTimeOffset At { get; set; }
}

internal sealed class RequestFollowConfiguration : IEntityTypeConfiguration<RequestFollow>
{
    public void Configure(EntityTypeBuilder<RequestFollow> builder)
    {
        builder.HasIndex(f => new { f.CareRequestId, f.UserId }).IsUnique();
        builder.HasIndex(f => f.UserId);
        builder.HasOne<CareRequest>().WithMany().HasForeignKey(f => f.CareRequestId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<AppUser>().WithMany().HasForeignKey(f => f.UserId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class PrayerCommitmentConfiguration : IEntityTypeConfiguration<PrayerCommitment>
{
    public void Configure(EntityTypeBuilder<PrayerCommitment> builder)
    {
        builder.HasIndex(p => new { p.CareRequestId, p.UserId }).IsUnique();
        builder.HasOne<CareRequest>().WithMany().HasForeignKey(p => p.CareRequestId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<AppUser>().WithMany().HasForeignKey(p => p.UserId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class PublicLinkConfiguration : IEntityTypeConfiguration<PublicLink>
{
    public void Configure(EntityTypeBuilder<PublicLink> builder)
    {
        builder.Property(l => l.Token).HasMaxLength(32);
        builder.HasIndex(l => l.Token).IsUnique();
        builder.HasIndex(l => l.CareRequestId).IsUnique();
        builder.HasOne<CareRequest>().WithMany().HasForeignKey(l => l.CareRequestId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<AppUser>().WithMany().HasForeignKey(l => l.CreatedById).OnDelete(DeleteBehavior.Restrict);
    }
}
