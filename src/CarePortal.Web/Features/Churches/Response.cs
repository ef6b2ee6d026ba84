using CarePortal.Web.Features.Accounts;
using CarePortal.Web.Features.Requests;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CarePortal.Web.Features.Churches;

/// <summary>A relationship that goes on after the need was met (mentoring, meals, rides, further help).</summary>
public sealed class Connection
{
    public static readonly IReadOnlyList<string> Kinds = ["mentoring", "meals", "rides", "further-help"];

    public static readonly IReadOnlyList<int> FollowUpDays = [30, 90, 180];

    public int Id { get; set; }

    public int CareRequestId { get; set; }

    public int ChurchId { get; set; }

    public required string Kind { get; set; }

    public DateOnly StartedOn { get; set; }

    public DateOnly? EndedOn { get; set; }

    public string? Note { get; set; }

    public required string RecordedById { get; set; }

    public DateTimeOffset RecordedAt { get; set; }

    /// <summary>How many of the 30/90/180-day questions have gone to the caseworker.</summary>
    public int FollowUpsSent { get; set; }
}

/// <summary>The caseworker's answer to the 30, 90 or 180-day question about a connection.</summary>
public sealed class FollowUpAnswer
{
    public long Id { get; set; }

    public int ConnectionId { get; set; }

    /// <summary>30, 90 or 180.</summary>
    public int Days { get; set; }

    public bool StillSafelyHome { get; set; }

    public bool ConnectionGoesOn { get; set; }

    public string? Note { get; set; }

    public required string AnsweredById { get; set; }

    public DateTimeOffset AnsweredAt { get; set; }
}

internal sealed class ChurchResponseConfiguration : IEntityTypeConfiguration<ChurchResponse>
{
    public void Configure(EntityTypeBuilder<ChurchResponse> builder)
    {
        builder.Property(r => r.Message).HasMaxLength(2000);
        builder.HasIndex(r => new { r.CareRequestId, r.ChurchId });
        builder.HasOne<CareRequest>().WithMany().HasForeignKey(r => r.CareRequestId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Church>().WithMany().HasForeignKey(r => r.ChurchId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<AppUser>().WithMany().HasForeignKey(r => r.UserId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class ItemClaimConfiguration : IEntityTypeConfiguration<ItemClaim>
{
    public void Configure(EntityTypeBuilder<ItemClaim> builder)
    {
        builder.HasIndex(c => new { c.RequestItemId, c.ChurchId }).IsUnique();
        builder.HasIndex(c => c.CareRequestId);
        builder.HasOne<RequestItem>().WithMany().HasForeignKey(c => c.RequestItemId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Church>().WithMany().HasForeignKey(c => c.ChurchId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<AppUser>().WithMany().HasForeignKey(c => c.UserId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class ResponderAssignmentConfiguration : IEntityTypeConfiguration<ResponderAssignment>
{
    public void Configure(EntityTypeBuilder<ResponderAssignment> builder)
    {
        builder.HasKey(a => new { a.CareRequestId, a.UserId });
        builder.HasOne<CareRequest>().WithMany().HasForeignKey(a => a.CareRequestId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<AppUser>().WithMany().HasForeignKey(a => a.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class RequestMessageConfiguration : IEntityTypeConfiguration<RequestMessage>
{
    public void Configure(EntityTypeBuilder<RequestMessage> builder)
    {
        builder.Property(m => m.Body).HasMaxLength(4000);
        builder.HasIndex(m => new { m.CareRequestId, m.ChurchId });
        builder.HasOne<CareRequest>().WithMany().HasForeignKey(m => m.CareRequestId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<AppUser>().WithMany().HasForeignKey(m => m.AuthorId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class ConnectionConfiguration : IEntityTypeConfiguration<Connection>
{
    public void Configure(EntityTypeBuilder<Connection> builder)
    {
        builder.Property(c => c.Kind).HasMaxLength(20);
        builder.Property(c => c.Note).HasMaxLength(2000);
        builder.HasIndex(c => c.CareRequestId);
        builder.HasIndex(c => c.ChurchId);
        builder.HasOne<CareRequest>().WithMany().HasForeignKey(c => c.CareRequestId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Church>().WithMany().HasForeignKey(c => c.ChurchId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<AppUser>().WithMany().HasForeignKey(c => c.RecordedById).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class DeliveryConfiguration : IEntityTypeConfiguration<Delivery>
{
    public void Configure(EntityTypeBuilder<Delivery> builder)
    {
        builder.Property(d => d.Note).HasMaxLength(2000);
        builder.HasIndex(d => new { d.CareRequestId, d.ChurchId });
        builder.HasOne<CareRequest>().WithMany().HasForeignKey(d => d.CareRequestId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Church>().WithMany().HasForeignKey(d => d.ChurchId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<AppUser>().WithMany().HasForeignKey(d => d.UserId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class FollowUpAnswerConfiguration : IEntityTypeConfiguration<FollowUpAnswer>
{
    public void Configure(EntityTypeBuilder<FollowUpAnswer> builder)
    {
        builder.Property(a => a.Note).HasMaxLength(2000);
        builder.HasIndex(a => new { a.ConnectionId, a.Days }).IsUnique();
        builder.HasOne<Connection>().WithMany().HasForeignKey(a => a.ConnectionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<AppUser>().WithMany().HasForeignKey(a => a.AnsweredById).OnDelete(DeleteBehavior.Restrict);
    }
}
