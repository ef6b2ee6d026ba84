using CarePortal.Web.Features.Requests;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CarePortal.Web.Features.Reports;

/// <summary>
/// A report reads an agency's requests opened in a range: this index finds them, and on PostgreSQL carries every column the
/// report's GROUP BY needs, so that the year of a large agency is an index-only scan (docs/reports.md, the benchmark's plans).
/// </summary>
internal sealed class ReportIndexes : IEntityTypeConfiguration<CareRequest>
{
    public void Configure(EntityTypeBuilder<CareRequest> builder) =>
        builder.HasIndex(r => new { r.AgencyId, r.OpenedAt }, "IX_Requests_AgencyId_OpenedAt")
            .IncludeProperties(r => new { r.State, r.RegionId, r.CountyId, r.OfficeId, r.Need, r.Rating, r.ChildOutcomes });
}
