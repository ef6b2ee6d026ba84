using CarePortal.Web.Features.Accounts;
using CarePortal.Web.Features.Organisations;
using CarePortal.Web.Features.Requests;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CarePortal.Web.Features.Churches;

/// <summary>A ministry partner's settings; its id is its organisation's (kind Church), which holds its name, teams and people.</summary>
public sealed class Church
{
    /// <summary>Churches may ask for requests from at most this far (a county's radius is bounded the same way).</summary>
    public const double MaxRadiusMiles = 100;

    public int Id { get; set; }

    public Organisation? Organisation { get; set; }

    public required string Zip { get; set; }

    /// <summary>The street address people come to, as the point person writes it (public, like the church's name).</summary>
    public string? Address { get; set; }

    /// <summary>A few sentences the church says of itself on its profile page.</summary>
    public string? About { get; set; }

    /// <summary>The ZIP's centroid (<see cref="ZipCentroids"/>).</summary>
    public double Latitude { get; set; }

    public double Longitude { get; set; }

    /// <summary>The church's own radius; when set it wins over the county's, larger or smaller.</summary>
    public double? RadiusMiles { get; set; }

    /// <summary>The needs served, stored as <c>,bed,clothing,</c> so that SQL can ask for one.</summary>
    public string Needs { get; set; } = ",";

    public bool Paused { get; set; }

    /// <summary>Opted in as a connecting church: it takes champions' offers for requests near it and leads with the family.</summary>
    public bool Connecting { get; set; }

    /// <summary>Approved and not switched off by a platform admin.</summary>
    public bool Active { get; set; }

    public ChurchStatus Status { get; set; }

    public required string PointPersonId { get; set; }

    /// <summary>Why a platform admin declined the application, as the applicant was told (<see cref="ChurchText.MaxDeclineReason"/> characters at most).</summary>
    public string? DeclineReason { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public IReadOnlyList<string> NeedsServed
    {
        get => Needs.Split(',', StringSplitOptions.RemoveEmptyEntries);
        set => Needs = "," + string.Join(',', value.Distinct().Order(StringComparer.Ordinal)) + ",";
    }
}

public enum ChurchStatus
{
    /// <summary>Applied on its own; waits for a platform admin.</summary>
    Applied,
    Approved,
    Declined,
}

/// <summary>A county's reach, set by its regional manager (defaults in <see cref="CountySetting.Default"/>).</summary>
public sealed class CountySetting
{
    public static readonly CountyReach Default = new(15, 5);

    public int CountyId { get; set; }

    public double RadiusMiles { get; set; }

    public int Churches { get; set; }

    /// <summary>How far an escalated request goes; null: <see cref="RoutingOptions.EscalationRadiusFactor"/> times <see cref="RadiusMiles"/>.</summary>
    public double? EscalationRadiusMiles { get; set; }

    /// <summary>How many more churches an escalated request goes to; null: <see cref="Churches"/> again.</summary>
    public int? EscalationChurches { get; set; }
}

/// <summary>Where an open request stands with the churches: what the routing service has done and what is left.</summary>
public sealed class RequestRouting
{
    public int CareRequestId { get; set; }

    public DateTimeOffset OpenedAt { get; set; }

    public bool Escalated { get; set; }

    public DateTimeOffset? FirstResponseAt { get; set; }

    public int RemindersSent { get; set; }

    /// <summary>Nothing more is due (closed, or every reminder sent).</summary>
    public bool Done { get; set; }

    public int Version { get; set; }
}

/// <summary>A team's choice of which of its members get which requests (team leaders always get them).</summary>
public sealed class TeamSetting
{
    public int TeamId { get; set; }

    /// <summary>Whether the team's responders get new requests by email at all.</summary>
    public bool MembersGetRequests { get; set; }

    /// <summary>The needs its members get, as <c>,meals,food,</c>; empty means every need the church serves.</summary>
    public string Needs { get; set; } = ",";
}

internal sealed class ChurchConfiguration : IEntityTypeConfiguration<Church>
{
    public void Configure(EntityTypeBuilder<Church> builder)
    {
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.HasOne(c => c.Organisation).WithOne().HasForeignKey<Church>(c => c.Id).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<AppUser>().WithMany().HasForeignKey(c => c.PointPersonId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(c => c.Zip).HasMaxLength(10);
        builder.Property(c => c.Address).HasMaxLength(ChurchText.MaxAddress);
        builder.Property(c => c.About).HasMaxLength(ChurchText.MaxAbout);
        builder.Property(c => c.DeclineReason).HasMaxLength(ChurchText.MaxDeclineReason);
        builder.Property(c => c.Needs).HasMaxLength(300);
        builder.Property(c => c.Status).HasConversion<string>().HasMaxLength(10);
        builder.Ignore(c => c.NeedsServed);
        builder.HasIndex(c => new { c.Active, c.Paused, c.Latitude });
    }
}

internal sealed class CountySettingConfiguration : IEntityTypeConfiguration<CountySetting>
{
    public void Configure(EntityTypeBuilder<CountySetting> builder)
    {
        builder.HasKey(c => c.CountyId);
        builder.HasOne<Organisation>().WithOne().HasForeignKey<CountySetting>(c => c.CountyId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class RequestRecipientConfiguration : IEntityTypeConfiguration<RequestRecipient>
{
    public void Configure(EntityTypeBuilder<RequestRecipient> builder)
    {
        builder.HasIndex(r => new { r.CareRequestId, r.ChurchId }).IsUnique();
        builder.HasIndex(r => r.ChurchId);
        builder.HasOne<CareRequest>().WithMany().HasForeignKey(r => r.CareRequestId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Church>().WithMany().HasForeignKey(r => r.ChurchId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class RequestRoutingConfiguration : IEntityTypeConfiguration<RequestRouting>
{
    public void Configure(EntityTypeBuilder<RequestRouting> builder)
    {
        builder.ToTable("RequestRoutings");
        builder.HasKey(r => r.CareRequestId);
        builder.HasIndex(r => r.Done);
        builder.Property(r => r.Version).IsConcurrencyToken();
        builder.HasOne<CareRequest>().WithOne().HasForeignKey<RequestRouting>(r => r.CareRequestId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class TeamSettingConfiguration : IEntityTypeConfiguration<TeamSetting>
{
    public void Configure(EntityTypeBuilder<TeamSetting> builder)
    {
        builder.HasKey(t => t.TeamId);
        builder.Property(t => t.Needs).HasMaxLength(300);
        builder.HasOne<Organisation>().WithOne().HasForeignKey<TeamSetting>(t => t.TeamId).OnDelete(DeleteBehavior.Cascade);
    }
}
