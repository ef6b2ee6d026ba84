using System.Globalization;
using CarePortal.Web.Features.Accounts;
using CarePortal.Web.Features.Organisations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CarePortal.Web.Features.People;

/// <summary>
/// An invitation an agency admin sent: to whom, which role at which places, when. It is pending until its owner holds the role
/// there or its link expires; a revoked one stays, so that its link opens nothing (<see cref="RevokedInvitations"/>).
/// </summary>
public sealed class Invitation
{
    public int Id { get; set; }

    public int AgencyId { get; set; }

    public required string UserId { get; set; }

    public required string Role { get; set; }

    /// <summary>The places the role is offered at, as <see cref="Key"/> writes them.</summary>
    public required string Places { get; set; }

    public DateTimeOffset SentAt { get; set; }

    public DateTimeOffset? RevokedAt { get; set; }

    /// <summary>One way to write a set of places (ascending ids, comma-separated), whatever order the form or the link gave them in.</summary>
    public static string Key(IEnumerable<int> places) => string.Join(',', places.Distinct().Order().Select(p => p.ToString(CultureInfo.InvariantCulture)));

    public IReadOnlyList<int> PlaceIds => [.. Places.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(p => int.Parse(p, CultureInfo.InvariantCulture))];
}

internal sealed class InvitationConfiguration : IEntityTypeConfiguration<Invitation>
{
    public void Configure(EntityTypeBuilder<Invitation> builder)
    {
        builder.ToTable("Invitations");
        builder.Property(i => i.Role).HasMaxLength(40);
        builder.Property(i => i.Places).HasMaxLength(400);
        builder.HasIndex(i => new { i.AgencyId, i.SentAt });
        builder.HasIndex(i => new { i.UserId, i.Role });
        builder.HasOne<AppUser>().WithMany().HasForeignKey(i => i.UserId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Organisation>().WithMany().HasForeignKey(i => i.AgencyId).OnDelete(DeleteBehavior.Cascade);
    }
}
