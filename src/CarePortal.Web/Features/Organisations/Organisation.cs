using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CarePortal.Web.Features.Organisations;

/// <summary>Agency → region → county → office, church → team, and the platform itself: one tree.</summary>
public sealed class Organisation
{
    public int Id { get; set; }

    public required string Name { get; set; }

    public OrganisationKind Kind { get; set; }

    public int? ParentId { get; set; }

    public Organisation? Parent { get; set; }

    /// <summary>Agencies only: how the agency's requests are approved.</summary>
    public ApprovalOption? ApprovalOption { get; set; }

    /// <summary>Agencies only: the IANA time zone its business days and report months are counted in.</summary>
    public string? TimeZone { get; set; }

    /// <summary>Agencies only: whether a coworker must read a draft before it is submitted.</summary>
    public CoworkerReadPolicy CoworkerReadPolicy { get; set; }

    /// <summary>Agencies only, with <see cref="CoworkerReadPolicy.NewCaseworkers"/>: how many first requests need a read.</summary>
    public int CoworkerReadFirstRequests { get; set; } = 3;

    /// <summary>Agencies only: glossary additions for the reviewer (the reviewer's glossary JSON), checked by its loader.</summary>
    public string? ReviewGlossary { get; set; }

    /// <summary>Agencies only: need templates that add or replace the reviewer's (its need-templates JSON), checked by its loader.</summary>
    public string? ReviewNeedTemplates { get; set; }

    /// <summary>Agencies only: paused by a platform admin (<see cref="PausedAgencies"/> says what it stops).</summary>
    public bool Paused { get; set; }

    /// <summary>Agencies only: who a tier-3 request (becoming a foster or adoptive family) is emailed to instead of churches.</summary>
    public string? InformationContactName { get; set; }

    /// <summary>Agencies only: the information contact's email address (<see cref="InformationContactName"/>).</summary>
    public string? InformationContactEmail { get; set; }

    /// <summary>Churches and offices: where they are, for matching by distance later.</summary>
    public string? Zip { get; set; }
}

public enum OrganisationKind
{
    Platform,
    Agency,
    Region,
    County,
    Office,
    Church,
    Team,
}

/// <summary>Who approves a request a caseworker submits (PRODUCT.md, Approval).</summary>
public enum ApprovalOption
{
    NamedSupervisor,
    CountyRepresentative,
    None,
}

/// <summary>Whether an agency asks for a coworker's read of a draft before it is submitted.</summary>
public enum CoworkerReadPolicy
{
    Off,
    NewCaseworkers,
    All,
}

internal sealed class OrganisationConfiguration : IEntityTypeConfiguration<Organisation>
{
    public void Configure(EntityTypeBuilder<Organisation> builder)
    {
        builder.Property(o => o.Name).HasMaxLength(200);
        builder.Property(o => o.Zip).HasMaxLength(10);
        builder.Property(o => o.TimeZone).HasMaxLength(64);
        builder.Property(o => o.InformationContactName).HasMaxLength(SetInformationContact.NameLength);
        builder.Property(o => o.InformationContactEmail).HasMaxLength(SetInformationContact.EmailLength);
        builder.Property(o => o.CoworkerReadPolicy).HasConversion<string>().HasMaxLength(20).HasDefaultValue(CoworkerReadPolicy.Off);
        builder.Property(o => o.CoworkerReadFirstRequests).HasDefaultValue(3);
        builder.HasOne(o => o.Parent).WithMany().HasForeignKey(o => o.ParentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(o => new { o.Kind, o.ParentId });
    }
}
