using CarePortal.Web.Features.Accounts;
using CarePortal.Web.Features.Churches;
using CarePortal.Web.Features.Requests;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CarePortal.Web.Features.Champions;

/// <summary>
/// A champion's offer to provide or fund one item of a request, sent to the nearest connecting church the request reaches.
/// The church claims it as its own response; the family meets the church. Funding means the champion pays a vendor directly:
/// the church records the vendor, the amount and the receipt when it delivers, never money through the platform or the family.
/// </summary>
public sealed class ChampionOffer
{
    public const int MaxVendor = 200;
    public const int MaxReceipt = 200;

    public int Id { get; set; }

    public int ChampionId { get; set; }

    public int CareRequestId { get; set; }

    public int RequestItemId { get; set; }

    public int Quantity { get; set; }

    public HelpWay Way { get; set; }

    /// <summary>The connecting church the offer went to, and how far it stands from the family.</summary>
    public int ChurchId { get; set; }

    public double Miles { get; set; }

    public ChampionOfferState State { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset? ClaimedAt { get; set; }

    public string? ClaimedById { get; set; }

    /// <summary>For a funded item: whom the champion paid, how much, and the receipt's reference (its number, or where it is filed).</summary>
    public string? Vendor { get; set; }

    public decimal? Amount { get; set; }

    public string? Receipt { get; set; }

    public DateTimeOffset? RecordedAt { get; set; }

    /// <summary>The receipt itself, when the church uploaded it: a file in the attachments' store, named by this id.</summary>
    public Guid? ReceiptFileId { get; set; }

    public string? ReceiptFileName { get; set; }

    /// <summary>What the file's bytes proved it is (<see cref="FileSignatures"/>).</summary>
    public string? ReceiptContentType { get; set; }

    public DateTimeOffset? ReceiptUploadedAt { get; set; }
}

public enum HelpWay
{
    /// <summary>The champion gives the item itself, through the church.</summary>
    Provide,

    /// <summary>The champion pays a vendor for it directly; the church collects and delivers.</summary>
    Fund,
}

public enum ChampionOfferState
{
    /// <summary>Sent to the church; its point person has not claimed it yet.</summary>
    Sent,

    /// <summary>The church took it on, as its own response to the request.</summary>
    Claimed,

    /// <summary>The church recorded the vendor, amount and receipt of a funded item.</summary>
    Recorded,
}

internal sealed class ChampionOfferConfiguration : IEntityTypeConfiguration<ChampionOffer>
{
    public void Configure(EntityTypeBuilder<ChampionOffer> builder)
    {
        builder.Property(o => o.Way).HasConversion<string>().HasMaxLength(10);
        builder.Property(o => o.State).HasConversion<string>().HasMaxLength(10);
        builder.Property(o => o.Vendor).HasMaxLength(ChampionOffer.MaxVendor);
        builder.Property(o => o.Receipt).HasMaxLength(ChampionOffer.MaxReceipt);
        builder.Property(o => o.Amount).HasPrecision(10, 2);
        builder.Property(o => o.ReceiptFileName).HasMaxLength(Attachment.FileNameLength);
        builder.Property(o => o.ReceiptContentType).HasMaxLength(100);
        builder.HasIndex(o => new { o.ChampionId, o.CreatedAt });
        builder.HasIndex(o => new { o.ChurchId, o.State });
        builder.HasOne<Champion>().WithMany().HasForeignKey(o => o.ChampionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<CareRequest>().WithMany().HasForeignKey(o => o.CareRequestId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<RequestItem>().WithMany().HasForeignKey(o => o.RequestItemId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Church>().WithMany().HasForeignKey(o => o.ChurchId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<AppUser>().WithMany().HasForeignKey(o => o.ClaimedById).OnDelete(DeleteBehavior.SetNull);
    }
}
