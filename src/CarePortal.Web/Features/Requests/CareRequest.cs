using CarePortal.Web.Features.Accounts;
using CarePortal.Web.Features.Notifications;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CarePortal.Web.Features.Requests;

/// <summary>A need of a child or family: the public part; private details and attachments live apart.</summary>
public sealed class CareRequest
{
    public int Id { get; set; }

    public int AgencyId { get; set; }

    public int RegionId { get; set; }

    /// <summary>The family's county (never an address).</summary>
    public int CountyId { get; set; }

    /// <summary>The caseworker's office; none for a county representative's own request.</summary>
    public int? OfficeId { get; set; }

    public required string CaseworkerId { get; set; }

    /// <summary>The supervisor the caseworker names as approver.</summary>
    public string? SupervisorId { get; set; }

    public required string Need { get; set; }

    public int Tier { get; set; } = 1;

    public required string Description { get; set; }

    public required string Zip { get; set; }

    public Urgency Urgency { get; set; } = Urgency.Normal;

    public RequestState State { get; set; } = RequestState.Draft;

    public ApprovalRoute Route { get; set; } = ApprovalRoute.None;

    /// <summary>Cash or gift-card exceptions: why, and what else was tried.</summary>
    public string? ExceptionReason { get; set; }

    public string? AlternativesTried { get; set; }

    public bool FamilyConsent { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset? SubmittedAt { get; set; }

    public DateTimeOffset? ReminderSentAt { get; set; }

    public DateTimeOffset? OpenedAt { get; set; }

    /// <summary>When the need must be met, from the urgency, set when the request opens.</summary>
    public DateTimeOffset? DueAt { get; set; }

    public DateTimeOffset? ClosedAt { get; set; }

    public string? NotMetReason { get; set; }

    /// <summary>What the help meant for the child, from <see cref="ChildOutcomes"/>.</summary>
    public List<string> ChildOutcomes { get; set; } = [];

    public int? Rating { get; set; }

    /// <summary>Bumped on every change, so that two nodes or two people cannot both move the same request.</summary>
    public int Version { get; set; }

    public List<RequestItem> Items { get; set; } = [];

    /// <summary>Ages, gender and sizes, for age-appropriate needs only; never names.</summary>
    public List<RequestChild> Children { get; set; } = [];

    public List<Attachment> Attachments { get; set; } = [];

    public List<RequestTransition> History { get; set; } = [];
}

public sealed class RequestItem
{
    public int Id { get; set; }

    public int CareRequestId { get; set; }

    public required string Name { get; set; }

    public int Quantity { get; set; }

    public decimal UnitValue { get; set; }

    /// <summary>What was actually given when closed partially met, so that the value stays true.</summary>
    public int? QuantityGiven { get; set; }
}

public sealed class RequestChild
{
    public int Id { get; set; }

    public int CareRequestId { get; set; }

    public int Age { get; set; }

    /// <summary><c>girl</c>, <c>boy</c> or none.</summary>
    public string? Gender { get; set; }

    /// <summary>Clothing, shoe or bed size, as the caseworker writes it.</summary>
    public string? Size { get; set; }
}

public enum Urgency
{
    Critical,
    High,
    Normal,
}

/// <summary>How long each urgency gives to meet the need.</summary>
public static class UrgencyWindows
{
    public static TimeSpan Of(Urgency urgency) => urgency switch
    {
        Urgency.Critical => TimeSpan.FromHours(24),
        Urgency.High => TimeSpan.FromHours(72),
        _ => TimeSpan.FromDays(10),
    };
}

public enum ApprovalRoute
{
    None,
    Supervisor,
    CountyRepresentative,
    RegionalManager,
}

/// <summary>The needs a request can be for, and what the help meant for the child.</summary>
public static class Needs
{
    /// <summary>The most needs a church or team lists (there are fewer needs than this: each at most once).</summary>
    public const int MaxListed = 20;

    public const string MaxListedMessage = "List at most 20 needs, each once.";

    public static IReadOnlyList<string> All { get; } =
    [
        "clothing", "baby-items", "bed", "furniture", "household", "school-supplies", "food",
        "rent", "utilities", "car-repair", "transportation", "appliance", "other",
    ];

    /// <summary>Needs for which children's ages, gender and sizes are asked (and needed before submission).</summary>
    public static IReadOnlyList<string> AgeAppropriate { get; } = ["clothing", "baby-items", "bed", "school-supplies"];

    public static IReadOnlyList<string> Genders { get; } = ["girl", "boy"];

    /// <summary>Needs that cannot be submitted without a copy of the bill or lease.</summary>
    public static IReadOnlyList<string> NeedingBill { get; } = ["rent", "utilities"];

    public static IReadOnlyList<string> ChildOutcomes { get; } =
    [
        "kept-safely-at-home", "returned-home", "placement-kept-stable", "youth-aging-out-supported", "other",
    ];

    /// <summary>A child outcome in plain words, for pages and emails.</summary>
    public static string ChildOutcomeLabel(string outcome) => outcome switch
    {
        "kept-safely-at-home" => "kept safely at home",
        "returned-home" => "returned home",
        "placement-kept-stable" => "placement kept stable",
        "youth-aging-out-supported" => "youth aging out supported",
        "other" => "other",
        _ => outcome.Replace('-', ' '),
    };
}

internal sealed class CareRequestConfiguration : IEntityTypeConfiguration<CareRequest>
{
    public void Configure(EntityTypeBuilder<CareRequest> builder)
    {
        builder.ToTable("Requests");
        builder.Property(r => r.Need).HasMaxLength(30);
        builder.Property(r => r.Description).HasMaxLength(RequestLimits.DescriptionLength);
        builder.Property(r => r.Zip).HasMaxLength(10);
        builder.Property(r => r.ExceptionReason).HasMaxLength(2000);
        builder.Property(r => r.AlternativesTried).HasMaxLength(2000);
        builder.Property(r => r.NotMetReason).HasMaxLength(2000);
        builder.Property(r => r.ChildOutcomes).HasMaxLength(500).HasConversion(
            v => string.Join(',', v),
            v => v.Split(',', StringSplitOptions.RemoveEmptyEntries).ToList(),
            new Microsoft.EntityFrameworkCore.ChangeTracking.ValueComparer<List<string>>(
                (a, b) => a!.SequenceEqual(b!), v => v.Aggregate(0, (h, s) => HashCode.Combine(h, s.GetHashCode(StringComparison.Ordinal))), v => v.ToList()));
        builder.Property(r => r.Version).IsConcurrencyToken();
        builder.HasIndex(r => new { r.State, r.CountyId });
        builder.HasIndex(r => r.CaseworkerId);
        builder.HasOne<AppUser>().WithMany().HasForeignKey(r => r.CaseworkerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<AppUser>().WithMany().HasForeignKey(r => r.SupervisorId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(r => r.Items).WithOne().HasForeignKey(i => i.CareRequestId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(r => r.Children).WithOne().HasForeignKey(c => c.CareRequestId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(r => r.Attachments).WithOne().HasForeignKey(a => a.CareRequestId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(r => r.History).WithOne().HasForeignKey(t => t.CareRequestId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany<Notification>().WithOne().HasForeignKey(n => n.CareRequestId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class RequestItemConfiguration : IEntityTypeConfiguration<RequestItem>
{
    public void Configure(EntityTypeBuilder<RequestItem> builder)
    {
        builder.Property(i => i.Name).HasMaxLength(RequestLimits.ItemNameLength);
        builder.Property(i => i.UnitValue).HasPrecision(10, 2);
    }
}

internal sealed class RequestChildConfiguration : IEntityTypeConfiguration<RequestChild>
{
    public void Configure(EntityTypeBuilder<RequestChild> builder)
    {
        builder.ToTable("RequestChildren");
        builder.Property(c => c.Gender).HasMaxLength(10);
        builder.Property(c => c.Size).HasMaxLength(40);
    }
}

public static class RequestLimits
{
    public const int DescriptionLength = 4000;
    public const int ItemCount = 50;
    public const int ItemNameLength = 200;
    public const int ChildCount = 12;
    public const decimal ItemValue = 10_000m;
}
