using CarePortal.Web.Features.Accounts;
using CarePortal.Web.Features.Churches;
using CarePortal.Web.Features.Requests;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CarePortal.Web.Features.Offers;

/// <summary>
/// A standing offer ("we have a spare crib", "rides on Saturdays") of a church or of an approved champion: a need it can meet,
/// where, how many and until when. A new request for the same need near it tells the offerer, and the caseworker writing one
/// sees it; a church claims a request as any response, a champion offers through a connecting church, and what is committed
/// comes off <see cref="Quantity"/> (the offer closes at none).
/// </summary>
public sealed class ChurchOffer
{
    public const int MaxQuantity = 1000;

    public int Id { get; set; }

    /// <summary>The church that offers; null for a champion's offer.</summary>
    public int? ChurchId { get; set; }

    /// <summary>
    /// The approved champion that offers (Champions' row, reached through <see cref="IOfferingChampions"/>); null for a church's.
    /// Exactly one of the two is set.
    /// </summary>
    public int? ChampionId { get; set; }

    /// <summary>One of <see cref="Needs.All"/>, as a request's need.</summary>
    public required string Need { get; set; }

    /// <summary>What exactly, in a few words ("crib", "rides on Saturdays"); shown to caseworkers with the church's name.</summary>
    public required string Item { get; set; }

    /// <summary>The ZIP it is offered from, when not the church's own.</summary>
    public string? Zip { get; set; }

    /// <summary>Where it is offered from: the ZIP's centroid, or the church's.</summary>
    public double Latitude { get; set; }

    public double Longitude { get; set; }

    /// <summary>How many are left to give.</summary>
    public int Quantity { get; set; }

    /// <summary>The last day it may be matched (in UTC days).</summary>
    public DateOnly ExpiresOn { get; set; }

    public OfferState State { get; set; } = OfferState.Open;

    public required string CreatedById { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>Bumped on every change, so that two commitments at once cannot both take the last one.</summary>
    public int Version { get; set; }

    public GeoPoint Location => new(Latitude, Longitude);

    public bool IsOpenOn(DateOnly day) => State == OfferState.Open && Quantity > 0 && ExpiresOn >= day;
}

public enum OfferState
{
    Open,

    /// <summary>Taken back by the church.</summary>
    Withdrawn,

    /// <summary>Every one given: commitments took its quantity to none.</summary>
    Given,
}

/// <summary>A new request that matched an offer when it opened: its church was told, and its commitment to it counts against the offer first.</summary>
public sealed class OfferMatch
{
    public long Id { get; set; }

    public int OfferId { get; set; }

    public int CareRequestId { get; set; }

    public double Miles { get; set; }

    public DateTimeOffset At { get; set; }
}

internal sealed class ChurchOfferConfiguration : IEntityTypeConfiguration<ChurchOffer>
{
    public void Configure(EntityTypeBuilder<ChurchOffer> builder)
    {
        builder.Property(o => o.Need).HasMaxLength(40);
        builder.Property(o => o.Item).HasMaxLength(RequestLimits.ItemNameLength);
        builder.Property(o => o.Zip).HasMaxLength(10);
        builder.Property(o => o.State).HasConversion<string>().HasMaxLength(20);
        builder.Property(o => o.Version).IsConcurrencyToken();
        builder.Ignore(o => o.Location);
        builder.HasIndex(o => new { o.Need, o.State, o.ExpiresOn });
        builder.HasIndex(o => o.ChurchId);
        builder.HasIndex(o => o.ChampionId);
        builder.ToTable(t => t.HasCheckConstraint("CK_ChurchOffer_OneOfferer", "(\"ChurchId\" IS NULL) <> (\"ChampionId\" IS NULL)"));
        builder.HasOne<Church>().WithMany().HasForeignKey(o => o.ChurchId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<AppUser>().WithMany().HasForeignKey(o => o.CreatedById).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class OfferMatchConfiguration : IEntityTypeConfiguration<OfferMatch>
{
    public void Configure(EntityTypeBuilder<OfferMatch> builder)
    {
        builder.HasIndex(m => new { m.OfferId, m.CareRequestId }).IsUnique();
        builder.HasIndex(m => m.CareRequestId);
        builder.HasOne<ChurchOffer>().WithMany().HasForeignKey(m => m.OfferId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<CareRequest>().WithMany().HasForeignKey(m => m.CareRequestId).OnDelete(DeleteBehavior.Cascade);
    }
}
