using CarePortal.Web.Features.Accounts;
using CarePortal.Web.Features.Churches;
using CarePortal.Web.Features.Offers;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CarePortal.Web.Features.Champions;

/// <summary>
/// A community responder (issue #19 item 2): a person, or an organisation (a business, school or civic group) acting through
/// one person's account, who offers to provide or fund items of requests near them. Such offers go to a connecting church,
/// which leads with the family: a champion never meets the family nor reads its private details.
/// </summary>
public sealed class Champion
{
    public const int MaxName = 200;
    public const int MaxDeclineReason = 1000;

    public int Id { get; set; }

    public required string Name { get; set; }

    public ChampionKind Kind { get; set; }

    /// <summary>The account that acts for the champion (an organisation's contact).</summary>
    public required string PersonId { get; set; }

    public required string Zip { get; set; }

    /// <summary>The ZIP's centroid (<see cref="ZipCentroids"/>).</summary>
    public double Latitude { get; set; }

    public double Longitude { get; set; }

    /// <summary>How far from their ZIP they will help.</summary>
    public double RadiusMiles { get; set; }

    public ChampionStatus Status { get; set; }

    /// <summary>Why a platform admin declined, as the champion was told.</summary>
    public string? DeclineReason { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public GeoPoint Location => new(Latitude, Longitude);
}

public enum ChampionKind
{
    Individual,
    Business,
    School,
    CivicGroup,
}

public enum ChampionStatus
{
    /// <summary>Registered; waits for a platform admin. Offers nothing yet.</summary>
    Pending,
    Approved,
    Declined,
}

internal sealed class ChampionConfiguration : IEntityTypeConfiguration<Champion>
{
    public void Configure(EntityTypeBuilder<Champion> builder)
    {
        builder.Property(c => c.Name).HasMaxLength(Champion.MaxName);
        builder.Property(c => c.Zip).HasMaxLength(10);
        builder.Property(c => c.DeclineReason).HasMaxLength(Champion.MaxDeclineReason);
        builder.Property(c => c.Kind).HasConversion<string>().HasMaxLength(12);
        builder.Property(c => c.Status).HasConversion<string>().HasMaxLength(10);
        builder.Ignore(c => c.Location);
        builder.HasIndex(c => c.PersonId).IsUnique();
        builder.HasIndex(c => c.Status);
        builder.HasOne<AppUser>().WithMany().HasForeignKey(c => c.PersonId).OnDelete(DeleteBehavior.Restrict);
        // A champion's standing offers (Offers' rows, which name no champion type: the relationship is declared from this side).
        builder.HasMany<ChurchOffer>().WithOne().HasForeignKey(o => o.ChampionId).OnDelete(DeleteBehavior.Cascade);
    }
}
