using System.Linq.Expressions;
using CarePortal.Web.Data;
using CarePortal.Web.Features.Accounts;
using CarePortal.Web.Features.Organisations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CarePortal.Web.Features.Requests;

/// <summary>
/// An agency's background-check approval of a church person, which lets them read and answer the agency's tier-2 (relational)
/// requests (<see cref="ChurchAccess.TierLets"/>): current from its grant until <see cref="ExpiresAt"/> or until withdrawn.
/// A new grant is a new row; a withdrawn or expired one stays for the record.
/// </summary>
public sealed class ResponderApproval
{
    public int Id { get; set; }

    public int AgencyId { get; set; }

    /// <summary>The church person approved.</summary>
    public required string UserId { get; set; }

    /// <summary>The day the background check was done.</summary>
    public DateOnly CheckedOn { get; set; }

    /// <summary>The day the approval ends (as the agency says it), and the moment that day begins in the agency's time zone.</summary>
    public DateOnly ExpiresOn { get; set; }

    public DateTimeOffset ExpiresAt { get; set; }

    public required string ApprovedById { get; set; }

    public DateTimeOffset ApprovedAt { get; set; }

    public DateTimeOffset? WithdrawnAt { get; set; }

    public string? WithdrawnById { get; set; }

    /// <summary>
    /// The one condition of an approval holding at a moment: not withdrawn and not yet expired. Queries inline it
    /// (<see cref="Holding"/>, <see cref="ChurchAccess.TierLets"/>); <see cref="IsCurrent"/> runs it on a loaded row.
    /// </summary>
    public static readonly Expression<Func<ResponderApproval, DateTimeOffset, bool>> HoldsAt = (a, now) => a.WithdrawnAt == null && a.ExpiresAt > now;

    private static readonly Func<ResponderApproval, DateTimeOffset, bool> Holds = HoldsAt.Compile();

    public bool IsCurrent(DateTimeOffset now) => Holds(this, now);

    /// <summary>The approvals that hold at <paramref name="now"/> (<see cref="HoldsAt"/>).</summary>
    public static IQueryable<ResponderApproval> Holding(IQueryable<ResponderApproval> approvals, DateTimeOffset now) =>
        approvals.Where(Splice.Expand<Func<ResponderApproval, bool>>(a => HoldsAt.Inline(a, now)));
}

internal sealed class ResponderApprovalConfiguration : IEntityTypeConfiguration<ResponderApproval>
{
    public void Configure(EntityTypeBuilder<ResponderApproval> builder)
    {
        builder.HasIndex(a => new { a.UserId, a.AgencyId });
        builder.HasIndex(a => new { a.AgencyId, a.ApprovedAt });
        builder.HasOne<Organisation>().WithMany().HasForeignKey(a => a.AgencyId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<AppUser>().WithMany().HasForeignKey(a => a.UserId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<AppUser>().WithMany().HasForeignKey(a => a.ApprovedById).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<AppUser>().WithMany().HasForeignKey(a => a.WithdrawnById).OnDelete(DeleteBehavior.Restrict);
    }
}
