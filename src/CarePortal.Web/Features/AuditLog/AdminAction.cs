using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CarePortal.Web.Features.AuditLog;

/// <summary>
/// One change an admin made (an agency onboarded, a setting changed, a church paused), for the audit log: who, when, what,
/// and on which organisation, person or request. <see cref="Detail"/> says what changed in plain words, never private details.
/// </summary>
public sealed class AdminAction
{
    public long Id { get; set; }

    public DateTimeOffset At { get; set; }

    /// <summary>Who did it.</summary>
    public required string UserId { get; set; }

    /// <summary>A stable word for the kind of change: <c>agency-onboarded</c>, <c>church-paused</c>.</summary>
    public required string Action { get; set; }

    public int? OrganisationId { get; set; }

    /// <summary>The person the change was about (invited, deactivated), when there is one.</summary>
    public string? SubjectUserId { get; set; }

    public int? CareRequestId { get; set; }

    public required string Detail { get; set; }
}

internal sealed class AdminActionConfiguration : IEntityTypeConfiguration<AdminAction>
{
    public const int MaxDetail = 1000;

    public void Configure(EntityTypeBuilder<AdminAction> builder)
    {
        builder.Property(a => a.UserId).HasMaxLength(450);
        builder.Property(a => a.SubjectUserId).HasMaxLength(450);
        builder.Property(a => a.Action).HasMaxLength(60);
        builder.Property(a => a.Detail).HasMaxLength(MaxDetail);
        builder.HasIndex(a => a.At);
        builder.HasIndex(a => new { a.OrganisationId, a.At });
        builder.HasIndex(a => new { a.UserId, a.At });
    }
}
