using CarePortal.Web.Features.Requests;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CarePortal.Web.Features.Churches;

/// <summary>
/// A request that became open and is not yet sent to its churches: written in the same save as the opening, deleted in the
/// same transaction as the routing (<see cref="PendingOpenings"/>), so every open request is routed exactly once, even when
/// a node dies between the two.
/// </summary>
public sealed class PendingOpening
{
    public int CareRequestId { get; set; }

    public DateTimeOffset QueuedAt { get; set; }
}

internal sealed class PendingOpeningConfiguration : IEntityTypeConfiguration<PendingOpening>
{
    public void Configure(EntityTypeBuilder<PendingOpening> builder)
    {
        builder.ToTable("PendingOpenings");
        builder.HasKey(p => p.CareRequestId);
        builder.Property(p => p.CareRequestId).ValueGeneratedNever();
        builder.HasOne<CareRequest>().WithOne().HasForeignKey<PendingOpening>(p => p.CareRequestId).OnDelete(DeleteBehavior.Cascade);
    }
}
