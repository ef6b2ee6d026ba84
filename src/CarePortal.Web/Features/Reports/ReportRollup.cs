using CarePortal.Web.Features.Requests;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CarePortal.Web.Features.Reports;

/// <summary>
/// The facts of one agency's local month summed in advance, for the summary statement (docs/reports.md, "The monthly rollup").
/// Two kinds of row: by region, county, office, need and state (<see cref="Rated"/> false), and met requests by region, county,
/// office, state, rating and outcomes (<see cref="Rated"/> true), so that an office's or a county's report can read them too.
/// </summary>
public sealed class RollupRow
{
    public long Id { get; set; }

    public int AgencyId { get; set; }

    /// <summary>The local month in the agency's time zone, yyyy-MM (the report's month label).</summary>
    public required string Month { get; set; }

    public bool Rated { get; set; }

    public int RegionId { get; set; }

    public int CountyId { get; set; }

    public int OfficeId { get; set; }

    /// <summary>None on a rated row.</summary>
    public string? Need { get; set; }

    public RequestState State { get; set; }

    public int? Rating { get; set; }

    /// <summary>None on an unrated row.</summary>
    public string? ChildOutcomes { get; set; }

    public long Requests { get; set; }

    public long Children { get; set; }

    public long Cents { get; set; }
}

/// <summary>A month whose <see cref="RollupRow"/>s were built, and in which time zone; it is read only while no <see cref="StaleFact"/> falls in it.</summary>
public sealed class RollupMonth
{
    public int AgencyId { get; set; }

    public required string Month { get; set; }

    /// <summary>The zone the month's boundaries were made in: after the agency changes its zone, a report no longer matches the month.</summary>
    public required string TimeZone { get; set; }

    public DateTimeOffset BuiltAt { get; set; }
}

/// <summary>
/// A fact of an agency was rewritten, counted at <see cref="CountedAt"/> (its value before and after the change): written in the
/// same transaction as the facts (<see cref="RequestFactsSql.Refresh"/>), so the month it falls in is no longer read from the rollup.
/// </summary>
public sealed class StaleFact
{
    public long Id { get; set; }

    public int AgencyId { get; set; }

    public DateTimeOffset CountedAt { get; set; }
}

internal sealed class RollupRowConfiguration : IEntityTypeConfiguration<RollupRow>
{
    public void Configure(EntityTypeBuilder<RollupRow> builder)
    {
        builder.ToTable("RollupRows");
        builder.Property(r => r.Month).HasMaxLength(7);
        builder.Property(r => r.Need).HasMaxLength(30);
        builder.Property(r => r.ChildOutcomes).HasMaxLength(500);
        builder.HasIndex(r => new { r.AgencyId, r.Month })
            .IncludeProperties(r => new { r.Rated, r.RegionId, r.CountyId, r.OfficeId, r.Need, r.State, r.Rating, r.ChildOutcomes, r.Requests, r.Children, r.Cents });
    }
}

internal sealed class RollupMonthConfiguration : IEntityTypeConfiguration<RollupMonth>
{
    public void Configure(EntityTypeBuilder<RollupMonth> builder)
    {
        builder.ToTable("RollupMonths");
        builder.HasKey(m => new { m.AgencyId, m.Month });
        builder.Property(m => m.Month).HasMaxLength(7);
        builder.Property(m => m.TimeZone).HasMaxLength(64);
    }
}

internal sealed class StaleFactConfiguration : IEntityTypeConfiguration<StaleFact>
{
    public void Configure(EntityTypeBuilder<StaleFact> builder)
    {
        builder.ToTable("StaleFacts");
        builder.HasIndex(s => new { s.AgencyId, s.CountedAt });
    }
}
