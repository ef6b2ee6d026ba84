using CarePortal.Web.Features.Organisations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CarePortal.Web.Features.Accounts;

/// <summary>A person holds a role in an organisation; one person may hold several.</summary>
public sealed class Membership
{
    public int Id { get; set; }

    public required string UserId { get; set; }

    public AppUser? User { get; set; }

    public int OrganisationId { get; set; }

    public Organisation? Organisation { get; set; }

    public required string Role { get; set; }
}

internal sealed class MembershipConfiguration : IEntityTypeConfiguration<Membership>
{
    public void Configure(EntityTypeBuilder<Membership> builder)
    {
        builder.Property(m => m.Role).HasMaxLength(40);
        builder.HasIndex(m => new { m.UserId, m.OrganisationId, m.Role }).IsUnique();
        builder.HasOne(m => m.User).WithMany().HasForeignKey(m => m.UserId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(m => m.Organisation).WithMany().HasForeignKey(m => m.OrganisationId).OnDelete(DeleteBehavior.Cascade);
    }
}
